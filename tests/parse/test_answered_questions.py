"""A yes/no question about where something goes, answered in the next turn, is read as the answer's statement
(requests-17 cell-09: "Should the centrioles be inside the nucleus?" / "no, outside it, in the cytoplasm near the
nucleus" was refused: "'outside' has no subject nesy can tell")."""
from __future__ import annotations

from nesy.pipeline import parse


def _rels(text: str) -> set[tuple[str, str, str]]:
    g = parse(text, allow_unknown=True)
    return {(r.kind, r.source.rstrip("0123456789"), r.target.rstrip("0123456789")) for r in g.relations}


CHAT = ("[14:02] Customer: hi, I need a figure for my kid's project: one cell, one nucleus and two centrioles\n"
        "[14:03] Agent: Happy to help! Should the centrioles be inside the nucleus?\n"
        "[14:03] Customer: no, outside it, in the cytoplasm near the nucleus\n"
        "[14:04] Agent: Got it, anything else?\n"
        "[14:04] Customer: nope thats all")


def test_no_and_a_place_says_that_place_of_the_questions_subject():
    rels = _rels(CHAT)
    assert ("outside", "centriole", "nucleus") in rels
    assert ("inside", "centriole", "nucleus") not in rels


def test_the_answered_question_is_recorded_as_no_content():
    g = parse(CHAT, allow_unknown=True)
    assert any("Should the centrioles be inside the nucleus?" in s.text for s in g.ignored)


def test_a_bare_no_denies_the_place():
    rels = _rels("Teacher: Draw a cell with a nucleus and three mitochondria.\n"
                 "Student: Should the mitochondria be inside the nucleus?\nTeacher: No.\nStudent: OK.")
    assert ("outside", "mitochondrion", "nucleus") in rels


def test_yes_says_the_place():
    assert ("adjacent", "nucleus", "vacuole") in _rels(
        "Me: a plant cell with a nucleus and a vacuole\nBot: Should the nucleus be next to the vacuole?\nMe: yes\n"
        "Bot: done")
    assert ("inside", "P", "Q") in _rels("Me: two sets P and Q\nBot: Should P be inside Q?\nMe: yes, exactly\nBot: ok")


def test_a_question_nobody_answers_with_yes_or_no_is_left_alone():
    rels = _rels("Me: two sets P and Q\nBot: Should P be inside Q?\nMe: P and Q overlap.\nBot: ok")
    assert ("inside", "P", "Q") not in rels


def test_a_wh_question_is_no_yes_no_question():
    from nesy.parse.answers import answered_questions
    from nesy.parse.markup import normalize
    edits, _ = answered_questions(normalize("Me: Where is the picture on the screen?\nYou: no, behind it\n"))
    assert edits == []
