"""A subset symbol between classes named in capitals ("Squares ⊂ Rectangles ⊂ Parallelograms") is set notation:
the text is a set diagram's, even when its class names and the words around them are another science's
(shape names, "parallel sides"). Capital letters alone ("AB ⊂ P", "D ∈ BC") stay a geometry text's."""
from __future__ import annotations

import pytest

from nesy.domains.sets_kind import asks_for_sets
from nesy.registry import detect_domain


@pytest.mark.parametrize("text", [
    "Squares ⊂ Rectangles ⊂ Parallelograms",
    "Draw Mammals ⊆ Vertebrates ⊆ Animals, please",
    "Primes⊂Integers",
])
def test_subset_symbol_between_named_classes_asks_for_sets(text):
    assert asks_for_sets(text)


@pytest.mark.parametrize("text", [
    "Line AB ⊂ plane P; point D ∈ BC",
    "Let S ⊂ T",               # single letters: left to the other evidence
    "a square ⊂ symbol",       # lower-case words name no classes
])
def test_symbols_between_letters_or_lower_case_words_do_not(text):
    assert not asks_for_sets(text)


def test_a_quiz_key_in_set_notation_with_shape_words_is_a_sets_text():
    # the words ("exactly one pair of parallel sides", "diagram") are geometry's; the notation is set theory's
    text = ("Correct diagram: Squares ⊂ Rectangles ⊂ Parallelograms. Trapezoids (exactly one pair of parallel "
            "sides) share nothing with Parallelograms.")
    assert detect_domain(text).key == "sets"
