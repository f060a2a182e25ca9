"""A sets word problem drawn as a textbook draws it (issue 12): the universe rectangle round every curve,
named U with the total in its corner; each region's count in its region; the answer to the question asked
in a caption line under the figure, said to be derived — no legend panel of data. Set names that are
letters are italic (variables), words and numbers upright; every figure still verified from its pixels."""
from __future__ import annotations

import pytest

WORD = ("In a class of 30 students, 18 play football, 12 play chess and 5 play both. How many play neither? "
        "Draw the Venn diagram.")


def _gen(text: str, **kw):
    from nesy.pipeline import generate
    return generate(text, domain="sets", controls=False, timeout_s=120, **kw)


@pytest.fixture(scope="module")
def word():
    return _gen(WORD)


def test_universe_frame_counts_and_caption(word):
    from nesy.domains.sets_count_draw import FRAME_ID
    lay = word.layout
    assert word.passed
    assert lay.legend == ()                                   # no key panel beside the figure
    frame = lay.shape(FRAME_ID)
    assert frame.kind == "rect" and frame.stroke == "#000000"
    fx0, fy0, fx1, fy1 = frame.box
    for s in lay.shapes:                                      # every curve and count inside the universe
        if s.id != FRAME_ID:
            x0, y0, x1, y1 = s.box
            assert fx0 < x0 and fy0 < y0 and x1 < fx1 and y1 < fy1, s.id
    texts = [lb.text for lb in lay.labels]
    assert "U" in texts and "(30 students)" in texts
    assert next(lb for lb in lay.labels if lb.text == "U").italic
    # the region counts are written in the figure, the answer only in the caption, marked as derived
    assert {"13", "5", "7"} <= set(texts)
    cap = lay.extra("caption")
    assert cap == ["Answer (derived by inclusion–exclusion): How many play neither? 5"]
    assert not any("total" in t or "only:" in t for t in texts)
    svg = word.rendering.svg
    assert 'font-style="italic"' in svg and "How many play neither? 5" in svg


def test_word_problem_without_question_has_no_caption():
    r = _gen("In a class of 30 students, 18 play football, 12 play chess and 5 play both. Draw the Venn diagram.")
    assert r.passed and r.layout.extra("caption") is None
    assert any(lb.text == "(30 students)" for lb in r.layout.labels)


def test_italic_only_for_variables():
    from nesy.render.typography import is_variable
    assert all(is_variable(n) for n in ("A", "B2", "x", "U", "q0", "x_1", "A′"))
    assert not any(is_variable(n) for n in ("Football", "7", "AB", "", None, "13"))


def test_same_text_same_bytes(word):
    again = _gen(WORD)
    assert again.rendering.png == word.rendering.png


def test_universe_names_what_the_total_counts_three_sets():
    r = _gen("In a group of 40 people, 25 like tea and 20 like coffee. Draw a Venn diagram.")
    assert r.passed and any(lb.text == "(40 people)" for lb in r.layout.labels)
    r3 = _gen("Of 50 students, 20 study French, 25 study Spanish and 15 study German; 8 study French and Spanish, "
              "6 French and German, 7 Spanish and German, and 3 study all three. How many study none of them?")
    assert r3.passed and any(lb.text == "(50 students)" for lb in r3.layout.labels)
    assert r3.layout.extra("caption") == ["Answer (derived by inclusion–exclusion): How many study none of them? 8"]
