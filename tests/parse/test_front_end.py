"""The shared front end on phrasing people write around the science: caption labels, the task and
audience words around a request, misspellings that hide the science, counts before singular nouns."""
from __future__ import annotations

import pytest

from nesy.errors import InputError
from nesy.parse.markup import normalize
from nesy.pipeline import parse


@pytest.mark.parametrize("text, plain", [
    ("Figure 6: Widefield micrograph", "Figure: Widefield micrograph"),
    ("Fig. 3. A lens", "Figure. A lens"),
    ("FIGURE S1 | cells", "Figure | cells"),
    ("Some text. Figure 2b: a cell", "Some text. Figure: a cell"),
    ("Figure 1 (a): a cell", "Figure: a cell"),
])
def test_caption_label_is_the_figure_word(text, plain):
    n = normalize(text)
    assert n.text == plain
    # the figure word maps back to the whole label the user wrote, number included
    i = n.text.index("Figure")
    a, b = n.span(i, i + len("Figure"))
    assert text[a:b].lower().startswith("fig") and any(ch.isdigit() for ch in text[a:b])


@pytest.mark.parametrize("text", ["a figure 3 cm wide", "draw figure 2 of the paper with 3 nuclei"])
def test_a_number_after_figure_elsewhere_is_kept(text):
    assert normalize(text).text == text


@pytest.mark.parametrize("text, kind, n", [
    ("Figure 6: Widefield fluorescence micrograph showing 30 nuclei (DAPI, 40× objective).", "nucleus", 30),
    ("Fig. 2 — a DAPI-stained field with 7 nuclei", "nucleus", 7),
    ("Figure 5: A 9 V cell in series with a 220 Ω resistor and a 470 nF capacitor.", "resistor", 1),
])
def test_caption_number_counts_nothing(text, kind, n):
    scene = parse(text)
    assert sum(1 for e in scene.entities if e.kind == kind) == n
    assert not scene.not_drawn


@pytest.mark.parametrize("text, science, fixed", [
    ("fluorecence image with 9 nucleii", "microscopy", {"fluorecence": "fluorescence", "nucleii": "nuclei"}),
    ("a convex lense with focal lenght 10 cm and an object 25 cm away", "optics", {"lense": "lens"}),
])
def test_misspellings_that_hide_the_science_are_corrected_and_reported(text, science, fixed):
    scene = parse(text, allow_unknown=True)
    assert scene.domain == science
    got = {c.text: c.read_as for c in scene.corrections}
    for wrong, right in fixed.items():
        assert got.get(wrong) == right
        at = text.index(wrong)
        assert any(c.start == at and c.end == at + len(wrong) for c in scene.corrections)


def test_figure_nouns_do_not_hide_a_science_its_words_claim_clearly():
    scene = parse("generate fluorescence microscope picture with fifty nuclei")
    assert scene.domain == "microscopy"
    assert sum(1 for e in scene.entities if e.kind == "nucleus") == 50


@pytest.mark.parametrize("text", [
    "For my biology lecture: a plant cell with a nucleus and 3 chloroplasts.",
    "Design a DFA that accepts the binary strings ending in 1.",
    "A synthetic fluorescence image with 15 nuclei for testing my segmentation pipeline.",
    "Ground-truth test image: 25 DAPI nuclei on a dark background, with instance labels.",
    "a cell with a nucleus and ribosomes (say 10 of them) outside the nucleus",
])
def test_task_and_audience_words_carry_no_content(text):
    scene = parse(text)
    assert not scene.not_drawn, scene.not_drawn


def test_a_stated_background_is_the_modality_it_implies():
    assert parse("25 nuclei on a black background", domain="microscopy").attr("modality") == "fluorescence"
    assert parse("25 nuclei on a white background", domain="microscopy").attr("modality") == "ihc"
    with pytest.raises(InputError, match="one modality per image"):
        parse("an H&E image of 10 nuclei on a dark background")


@pytest.mark.parametrize("text, values", [
    ("a 3 V battery and three resistor 1 ohm, 2 ohm, 3 ohm all in series", [1.0, 2.0, 3.0]),
    ("a 9 V battery with two 100 Ω resistor in parallel", [100.0, 100.0]),
])
def test_a_count_before_a_singular_kind_counts_it(text, values):
    scene = parse(text)
    got = sorted(dict(e.attributes)["value"] for e in scene.entities if e.kind == "resistor")
    assert got == values


def test_a_text_with_nothing_of_a_crystal_is_refused_naming_the_sciences():
    # "ball-and-stick model" sends it to crystal, which finds no structure, formula or element in it
    from nesy.errors import OutOfScopeError
    with pytest.raises(OutOfScopeError, match="nesy draws: astronomy"):
        parse("Render a rotating 3-D ball-and-stick model of the caffeine molecule.")


@pytest.mark.parametrize("text, n", [
    ("A test image for my nucleus segmentation pipeline: 50 nuclei on a dark background.", 50),
    ("Confocal slice through a cell monolayer showing 15 nuclei stained with DAPI.", 15),
])
def test_a_kind_word_modifying_an_image_word_is_no_entity(text, n):
    # "nucleus segmentation", "cell monolayer": the kind of image, not one more nucleus or a cell
    scene = parse(text, domain="microscopy", allow_unknown=True)
    assert sum(1 for e in scene.entities if e.kind == "nucleus") == n
    assert not any(e.kind == "cell" for e in scene.entities)


@pytest.mark.parametrize("text, kind, n", [
    ("For my Year 9 biology slides I need a plant cell with six chloroplasts.", "chloroplast", 6),
    ("Grade 7 worksheet: a cell with 3 mitochondria", "mitochondrion", 3),
    ("Problem 2.3: a cell with two nuclei", "nucleus", 2),
    ("Lesson 4 - an animal cell containing 5 lysosomes", "lysosome", 5),
    ("Question 5b) Draw 4 nuclei, Hoechst 33342 stained, in a fluorescence micrograph", "nucleus", 4),
    ("Alexa Fluor 488 labelled micrograph of 9 nuclei", "nucleus", 9),
])
def test_a_course_label_or_dye_number_counts_nothing(text, kind, n):
    scene = parse(text, allow_unknown=True)   # a dye the science does not know is listed, never counted
    assert sum(1 for e in scene.entities if e.kind == kind) == n


@pytest.mark.parametrize("text", ["a table 2 m long", "lab 3 m wide", "class 3 sets"])
def test_a_number_before_a_unit_or_after_class_is_kept(text):
    assert normalize(text).text == text


@pytest.mark.parametrize("text", ["Schematic of a generic animal cell with a nucleus",
                                  "a simplified, idealised plant cell with a nucleus",
                                  "a stylized animal cell with one nucleus (representative)"])
def test_words_about_how_general_the_figure_is_carry_no_content(text):
    scene = parse(text)
    assert scene.domain == "cell" and not scene.not_drawn


def test_a_misspelt_number_word_is_corrected():
    scene = parse("Draw thre sets P, Q and R, where P and Q overlap.", domain="sets")
    assert [c.read_as for c in scene.corrections] == ["three"]
    assert sum(1 for e in scene.entities if e.kind == "set") == 3


@pytest.mark.parametrize("text, science", [
    ("Given A={a,b,c}, B={a,b,c,d,e} and C={x,y}, draw A, B and C in one diagram.", "sets"),
    ("Let P = {2, 3, 5, 7} and E = {2, 4, 6}.", "sets"),
    ("M = (Q, Σ, δ, q0, F) with Q = {q0, q1, q2}, Σ = {a, b}, F = {q2}, δ(q0,a)=q1, δ(q1,b)=q2", "automata"),
    ("Fake DAPI picture with only one single nucleus in the center, please.", "microscopy"),
    ("Image of 40 HeLa nuclei with realistic camera noise", "microscopy"),
])
def test_notation_and_imaging_words_name_their_science(text, science):
    from nesy.registry import detect_domain
    assert detect_domain(normalize(text).text).key == science


def test_three_d_is_no_lens_power():
    # "3-D" is three-dimensional, not 3 dioptres: the caffeine model is no optics text
    from nesy.errors import OutOfScopeError
    with pytest.raises(OutOfScopeError):
        parse("Render a rotating 3-D ball-and-stick model of the caffeine molecule.")
