"""Session 40: a self-repair's repeated words ("begin with 1 - sorry, begin with 0") must repeat the words before the
reparandum; words that repeat nothing leave the item to the readers after this one (requests-16 cell-10, "2 Golgi
stacks... no, sorry, only 1 Golgi", regressed to a refusal in the corpus comparison)."""
from __future__ import annotations


def test_words_before_a_repair_that_repeat_nothing_leave_it_to_the_other_readers():
    # "no, sorry, only 1 Golgi": "only" repeats no word before "2 Golgi stacks" — read as before (1 Golgi),
    # never refused as a self-correction nesy cannot match
    from collections import Counter

    from nesy.pipeline import parse
    s = parse("a fibroblast with a nucleus and 2 Golgi stacks... no, sorry, only 1 Golgi.", allow_unknown=True)
    assert Counter(e.kind for e in s.entities)["golgi"] == 1
