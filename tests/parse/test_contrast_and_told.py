"""A contrast after a comma keeps the clause's subject ("the vesicles are in the cytoplasm, not in the nucleus"),
and a verb of telling before a question word asks ("…, then state how many organelles lie outside the nucleus")."""
from __future__ import annotations

import pytest

from nesy.parse.asked import asked_clauses
from nesy.pipeline import parse


def _count(scene, kind):
    return sum(1 for e in scene.entities if e.kind == kind)


def _outside(scene, a_kind, b_kind):
    kinds = {e.id: e.kind for e in scene.entities}
    said = [r for r in scene.relations if kinds.get(r.source) == a_kind and kinds.get(r.target) == b_kind]
    # the contrast is read (a relation from its phrase), and it puts the thing outside, never inside
    return any(r.kind in ("outside", "disjoint") and "not" in r.span.text for r in said) \
        and not any(r.kind == "inside" for r in said)


@pytest.mark.parametrize("text,kind", [
    ("A cell with a nucleus and 5 ribosomes; the ribosomes are in the cytoplasm, not in the nucleus.", "ribosome"),
    ("A cell with a nucleus and two lysosomes. The lysosomes lie in the cell, not inside the nucleus.", "lysosome"),
    ("A cell with a nucleus, 2 mitochondria and 3 vesicles; the mitochondria and vesicles are all in the cytoplasm, "
     "not in the nucleus.", "vesicle"),
])
def test_a_contrast_after_a_comma_keeps_the_subject(text, kind):
    scene = parse(text, domain="cell")
    assert _count(scene, "nucleus") == 1 and _count(scene, kind) >= 2
    assert _outside(scene, kind, "nucleus")


@pytest.mark.parametrize("sentence,asked", [
    ("Draw the cell with its nucleus, then state how many organelles lie outside the nucleus.",
     "state how many organelles lie outside the nucleus."),
    ("Draw two resistors in series and tell me what the total resistance is.", None),   # no boundary before "and"
    ("Sketch the orbits; say which planet is the fastest.", "say which planet is the fastest."),
    ("Draw the lens, and explain why the image is virtual.", "explain why the image is virtual."),
])
def test_a_verb_of_telling_before_a_question_word_asks(sentence, asked):
    got = [sentence[a:b] for a, b in asked_clauses(sentence)]
    assert got == ([asked] if asked else [])


@pytest.mark.parametrize("text,kind,n", [
    ("A cell with 4 ribosomes and three times as many vesicles as ribosomes.", "vesicle", 12),
    ("A plant cell with half as many chloroplasts as ribosomes and 8 ribosomes.", "chloroplast", 4),
    ("A cell has two lysosomes and twice as many mitochondria as lysosomes.", "mitochondrion", 4),
])
def test_a_count_relative_to_a_stated_count_is_that_many(text, kind, n):
    from nesy.pipeline import generate
    res = generate(text, domain="cell", controls=False)
    assert res.passed and _count(res.scene, kind) == n


def test_a_relative_count_without_its_base_is_refused_naming_it():
    from nesy.errors import InputError
    from nesy.pipeline import generate
    with pytest.raises(InputError, match="twice as many mitochondria as lysosomes"):
        generate("A cell with twice as many mitochondria as lysosomes.", domain="cell", controls=False)
