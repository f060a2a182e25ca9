"""The chat around a request (nesy.parse.chat): unread words about the speaker, the audience, the occasion,
politeness, tolerance or what is asked are recorded as no content, with why; a content clause beside them
stays not drawn. The unread words are given to ``account`` as a science's grammar would leave them."""
from __future__ import annotations

import pytest

from nesy.parse.account import account
from nesy.parse.chat import ASKED, GREETING, INSTRUCTION, KEEPER, OCCASION, SPEAKER, TOLERANCE
from nesy.types import Span


def _split(text: str, unread: list[str], science: str):
    spans = []
    for w in unread:
        a = text.index(w)
        spans.append(Span(a, a + len(w), w))
    acc = account(text, spans, science)
    nd = " | ".join(n.text for n in acc.not_drawn)
    nc = {n.text: n.why for n in acc.no_content}
    return nd, nc, acc


def _chat_words(nc: dict[str, str]) -> str:
    return " ".join(nc)


@pytest.mark.parametrize("text, chat, content, science, why", [
    # greetings, thanks, politeness
    ("Hey! A cell with two centrosomes.", ["Hey"], ["centrosomes"], "cell", GREETING),
    ("A hexagon with a circumcircle and a gnomon, thx", ["thx"], ["gnomon"], "geometry", GREETING),
    ("Hello there: a cubic cell with a dopant. Cheers!", ["Hello", "Cheers"], ["dopant"], "crystal", GREETING),
    ("pls draw a DFA with a trap state", ["pls"], ["trap"], "automata", GREETING),
])
def test_greetings_are_no_content(text, chat, content, science, why):
    nd, nc, _ = _split(text, chat + content, science)
    for w in chat:
        assert w not in nd and any(w in k for k in nc), (nd, nc)
    assert why in nc.values()
    for w in content:
        assert w in nd


@pytest.mark.parametrize("text, chat, content, science", [
    ("My pupils always mix this up. A cell with a centrosome.", ["pupils", "mix"], ["centrosome"], "cell"),
    ("A 2 kg block on a slope with a pulley; the learners get lost otherwise.", ["learners", "lost"],
     ["pulley"], "mechanics"),
    ("We discussed this yesterday, so draw a cell with a basal body.", ["discussed"], ["basal"], "cell"),
    ("I'm revising for finals and need a hexagon with a gnomon.", ["revising"], ["gnomon"], "geometry"),
])
def test_speaker_and_audience_clauses_are_no_content(text, chat, content, science):
    nd, nc, _ = _split(text, chat + content, science)
    for w in chat:
        assert w not in nd and any(w in k for k in nc), (nd, nc)
    assert SPEAKER in nc.values()
    for w in content:
        assert w in nd


@pytest.mark.parametrize("text, chat, content, science", [
    ("For Friday's biochemistry seminar I'd like a cell with a centrosome.", ["biochemistry"], ["centrosome"],
     "cell"),
    ("It's for a Year 12 mock exam: a hexagon with a gnomon.", ["mock"], ["gnomon"], "geometry"),
    ("For my discrete maths workshop: a DFA with a trap state.", ["discrete", "maths"], ["trap"], "automata"),
    ("A cubic cell with a dopant, for our chemistry homework.", ["chemistry"], ["dopant"], "crystal"),
])
def test_occasion_phrases_are_no_content(text, chat, content, science):
    nd, nc, _ = _split(text, chat + content, science)
    for w in chat:
        assert w not in nd and any(w in k for k in nc), (nd, nc)
    assert OCCASION in nc.values()
    for w in content:
        assert w in nd


@pytest.mark.parametrize("text, chat, content, science", [
    ("Straight rays are okay. Add a prism.", ["okay"], ["prism"], "optics"),
    ("A cell with a centrosome; colour is optional.", ["optional"], ["centrosome"], "cell"),
    ("Label the sides if possible, but that's not required - whatever, a hexagon with a gnomon. "
     "Rough circles are acceptable.", ["acceptable"], ["gnomon"], "geometry"),
])
def test_tolerance_predicates_are_no_content(text, chat, content, science):
    nd, nc, _ = _split(text, chat + content, science)
    for w in chat:
        assert w not in nd and any(w in k for k in nc), (nd, nc)
    assert TOLERANCE in nc.values()
    for w in content:
        assert w in nd


@pytest.mark.parametrize("text, chat, content, science", [
    ("Draw the unit cell with a dopant and calculate how many atoms it holds.", ["many", "holds"], ["dopant"],
     "crystal"),
    ("Sketch the block with a pulley and then determine how fast it slides.", ["fast", "slides"], ["pulley"],
     "mechanics"),
    ("Draw the lens with a prism and find where the image forms.", ["forms"], ["prism"], "optics"),
])
def test_asked_clauses_after_and_are_no_content(text, chat, content, science):
    nd, nc, _ = _split(text, chat + content, science)
    for w in chat:
        assert w not in nd and any(w in k for k in nc), (nd, nc)
    assert ASKED in nc.values()
    for w in content:
        assert w in nd


@pytest.mark.parametrize("text, unread", [
    ("Please keep the two cells apart.", ["keep"]),
    ("Keep them clearly separate, please.", ["Keep"]),
    ("We should keep the nuclei apart.", ["keep"]),
])
def test_keep_with_its_complement_read_is_no_content(text, unread):
    nd, nc, _ = _split(text, unread, "cell")
    assert nd == "" and KEEPER in nc.values(), (nd, nc)


@pytest.mark.parametrize("text, unread, science", [
    # a clause of the speaker that names a concept, a number or a relation is content
    ("I put 3 nucleoli beside it.", ["put", "beside"], "cell"),
    ("I know the nucleus holds nucleoli.", ["holds"], "cell"),
    ("I'd like a scale bar.", ["scale", "bar"], "cell"),
    ("We need synthetic data that looks crowded.", ["synthetic", "data"], "microscopy"),
    ("My students think the Moon is larger than the Sun.", ["larger"], "astronomy"),
    # an occasion phrase that names the science's concept, a purpose that is not an occasion
    ("For a poster on mitochondria, a cell.", ["poster", "mitochondria"], "cell"),
    ("For contrast, add a halo around the nucleus.", ["contrast", "halo"], "cell"),
    # a negated tolerance, "leave … out", an asked clause stating a number, the addressee's request
    ("The blur is not fine.", ["blur", "fine"], "microscopy"),
    ("Leave the other organelles out.", ["Leave", "out"], "cell"),
    ("Draw the cell and calculate how many of its 4 mitochondria touch.", ["many", "touch"], "cell"),
    ("Could you draw a halo around it?", ["halo"], "cell"),
])
def test_content_stays_not_drawn(text, unread, science):
    nd, nc, _ = _split(text, unread, science)
    for w in unread:
        if w not in ("Leave",):
            assert w not in _chat_words(nc), (w, nd, nc)
    assert any(w in nd for w in unread) and "out" not in _chat_words(nc)


@pytest.mark.parametrize("text, unread", [
    ("A cell, they're round.", ["they're"]),
    ("That's a cell; it's round and I'm done.", ["That's", "it's", "I'm"]),
    ("We'd like a cell.", ["We'd"]),
])
def test_a_pronoun_and_its_verb_in_one_word_is_a_function_word(text, unread):
    nd, _, acc = _split(text, unread, "cell")
    assert nd == "" and {s.text for s in acc.ignored} >= set(unread)


def test_not_a_contraction_of_a_pronoun_stays():
    nd, _, _ = _split("Thursday's cell isn't round.", ["Thursday's", "isn't"], "cell")
    assert "Thursday's" in nd and "isn't" in nd


def test_pipeline_records_chat_with_its_reason():
    from nesy.pipeline import parse
    scene = parse("Hi! I'm teaching on Monday and my students always forget this: draw one cell with a "
                  "nucleus and two mitochondria, please.", domain="cell", allow_unknown=True)
    assert not scene.not_drawn
    assert {n.why for n in scene.no_content} >= {GREETING, SPEAKER}
    again = type(scene).from_dict(scene.to_dict())
    assert again.no_content == scene.no_content


@pytest.mark.parametrize("text, verb, science", [
    ("Draw 12 nuclei. Then add a scale bar.", "add", "microscopy"),
    ("Draw 12 nuclei and add a scale bar.", "add", "microscopy"),
    ("Draw a cell with a nucleus. Please add four mitochondria.", "add", "cell"),
    ("Draw the Sun and Earth. Also add Mars.", "add", "astronomy"),
])
def test_an_instruction_verb_whose_object_was_read_is_no_content(text, verb, science):
    # only the verb is unread: the science read its object
    nd, nc, _ = _split(text, [verb], science)
    assert nd == "" and nc.get(verb) == INSTRUCTION, (nd, nc)


@pytest.mark.parametrize("text, unread, science", [
    # its own argument says where: "to A" is membership the object alone does not state
    ("Draw the sets A and B overlapping and add x to A only.", ["add"], "sets"),
    ("Draw a converging lens. Add an object 25 cm away.", ["Add"], "optics"),
    # a negation or an auxiliary: what the verb says is not what its object names
    ("Draw a cell with a nucleus. Don't add mitochondria.", ["add"], "cell"),
    # its object was not read whole: the content word stays not drawn, and so does the verb
    ("Draw a cell with a nucleus. Then add a flux capacitor.", ["add", "flux capacitor"], "cell"),
])
def test_an_instruction_with_more_than_its_read_object_stays_not_drawn(text, unread, science):
    nd, nc, _ = _split(text, unread, science)
    assert unread[0] in nd and INSTRUCTION not in nc.values(), (nd, nc)
