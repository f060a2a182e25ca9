"""requests-12 sets-09 (verified but wrong), own phrasings: a sentence that opens with a verb of needing and names
the figure ("Need the Venn diagram for the report, with C, P and B drawn inside U.") asks for the figure and says
what it shows — it was blanked as a question, its subsets lost and the figure verified without them; ", with X and
Y drawn inside U" opens clauses of their own; a set brought in unnamed ("a class of 30 students") and named later
by a definite phrase of the same noun ("Universe U = the whole class") is one set; and the verifier reads the
text's plainly stated subsets a second time on the drawn regions (``sets_stated.stated_subset_checks``)."""
from __future__ import annotations

import json

import pytest

from nesy.parse.account import questions
from nesy.pipeline import generate, parse, verify_image


def _rels(text: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    sc = parse(text, allow_unknown=True)
    return ({e.name or e.id for e in sc.entities if e.kind == "set"},
            {(r.kind, r.source, r.target) for r in sc.relations})


@pytest.mark.parametrize("text,inner,outer", [
    ("A and B overlap. Need the Venn diagram for the handout, with A and B drawn inside U.", "AB", "U"),
    ("Universe E. Sets X and Y are disjoint. Need a sketch, with X and Y placed within E.", "XY", "E"),
    ("M overlaps N. I need the diagram, with M and N shown inside the universal set S.", "MN", "S"),
    ("Requires a figure for the slides, with F, G and H drawn inside W. F overlaps G; G overlaps H.", "FGH", "W"),
])
def test_a_request_for_the_figure_keeps_what_it_says(text, inner, outer):
    _sets, rels = _rels(text)
    assert all(("inside", x, outer) in rels for x in inner)


@pytest.mark.parametrize("text,universe", [
    ("We surveyed a group of 40 people. Let U be the whole group. A and B overlap, and both are inside U.", "U"),
    ("Survey of a class of 30 students. Universe U = the whole class. C and P overlap; C and P are inside U.", "U"),
    ("Asked: a team of 11 players. W is the entire team. F and G overlap, with F and G inside W.", "W"),
])
def test_a_set_brought_in_unnamed_and_named_later_is_one_set(text, universe):
    sets, rels = _rels(text)
    assert universe in sets and not any(s.startswith("set") for s in sets)


def test_the_items_figure_draws_the_subsets_inside_the_universe():
    r = generate("Universe U = the whole class. C = students taking chemistry, P = students taking physics, "
                 "B = students taking biology. C and P overlap; B overlaps C. "
                 "Need the Venn diagram for the report, with C, P and B drawn inside U.", timeout_s=120)
    assert r.passed
    rels = {(x.kind, x.source, x.target) for x in r.scene.relations}
    assert {("inside", s, "U") for s in "CPB"} <= rels
    st = [c for c in r.verdict.checks if c.law == "stated_subset"]
    assert len(st) == 3 and all(c.passed for c in st)


def test_a_denial_by_nobody_is_read_by_the_definitions_words_never_dropped():
    # "nobody takes both biology and physics" names the sets by their definitions' words ("B = students taking
    # biology"): read as B and P disjoint (session 32: the words of "NAME = words" definitions name their sets);
    # before, it was refused — never drawn without it (session 31)
    sg = parse("Universe U = the whole class. C = students taking chemistry, P = students taking physics, "
               "B = students taking biology. C and P overlap; B overlaps C; nobody takes both biology and physics.",
               allow_unknown=True)
    rels = {(r.kind, frozenset((r.source, r.target))) for r in sg.relations}
    assert ("outside", frozenset("BP")) in rels


def test_negative_a_need_to_compute_is_still_a_question():
    t = "A and B overlap. Need to find how many elements lie in A."
    assert [t[a:b] for a, b in questions(t)] == ["Need to find how many elements lie in A."]
    t = "A and B overlap. Need the number of elements in A."
    assert questions(t)


def test_negative_a_definite_noun_of_another_kind_merges_nothing():
    sets, _ = _rels("Survey of a class of 30 students. U is the whole school. A and B overlap, both inside U.")
    assert "U" in sets and any(s.startswith("set") for s in sets)   # the class is not the school


def test_the_verifier_fails_a_stated_subset_the_drawing_does_not_show(tmp_path):
    r = generate("Sets A, B and U. A and B overlap.", out_dir=tmp_path / "fig", timeout_s=120)
    sc = json.loads((tmp_path / "fig" / "scene.json").read_text())
    sc["text"] = "Sets A, B and U. A and B overlap, with A and B drawn inside U."
    (tmp_path / "scene.json").write_text(json.dumps(sc))
    v = verify_image(tmp_path / "fig" / "figure.png", tmp_path / "scene.json")
    st = [c for c in v.checks if c.law == "stated_subset"]
    assert len(st) == 2 and not any(c.passed for c in st) and not v.passed
    # a question, a negation or a condition states nothing: not checked
    for said in ("Is A inside U?", "Neither A nor B is inside U.", "If A is inside U, shade it."):
        sc["text"] = "Sets A, B and U. A and B overlap. " + said
        (tmp_path / "scene.json").write_text(json.dumps(sc))
        assert not [c for c in verify_image(tmp_path / "fig" / "figure.png", tmp_path / "scene.json").checks
                    if c.law == "stated_subset"], said
