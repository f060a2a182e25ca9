"""One cell named several times (requests-9 cell-01, -02, -09: two or three cells drawn for one, nuclei added
across mentions, verified), a count relative to another member's count (cell-03), a contrast with another
figure that is no absence (cell-04), and a sentence's "it" after a sentence adverb (cell-08). Own phrasings,
none an acceptance sentence."""
from __future__ import annotations

from collections import Counter

import pytest

from nesy.errors import InputError
from nesy.pipeline import parse


def _scene(text: str):
    return parse(text, domain="cell", allow_unknown=True)


def _kinds(text: str) -> Counter:
    return Counter(e.kind for e in _scene(text).entities)


# ---- a stated number of one cell bounds the mentions it counts
@pytest.mark.parametrize("text, want", [
    # a type word, then a part of it in brackets, then an apposition with the total
    ("Draw the cell body (perikaryon) of one motor neuron, shown as a single cell, with a nucleus and three "
     "mitochondria.", {"cell": 1, "nucleus": 1, "mitochondrion": 3}),
    # a type word, then "the one … cell" as a summary
    ("Sketch an erythrocyte. It has no nucleus, so just the one empty cell.", {"cell": 1, "nucleus": 0}),
    ("Could you draw a sickle cell for me? It lacks mitochondria; only one cell please.",
     {"cell": 1, "mitochondrion": 0}),
    # a generic plural about the kind, then the one cell to draw
    ("Red blood cells lack a nucleus; draw only one red blood cell.", {"cell": 1, "nucleus": 0}),
    # a definition ("is one cell"), then "a single cell" to draw: the vague count gives way to the stated one
    ("A muscle fiber is one long cell with many nuclei. Draw a single cell with 5 nuclei.",
     {"cell": 1, "nucleus": 5}),
    ("An osteoclast is a single big cell with several nuclei; please draw one cell with 3 nuclei and 2 lysosomes.",
     {"cell": 1, "nucleus": 3, "lysosome": 2}),
    # the same count said of both mentions is the same things
    ("A neuron with 2 mitochondria, drawn as one cell with 2 mitochondria.", {"cell": 1, "mitochondrion": 2}),
])
def test_one_stated_cell_is_drawn_once(text, want):
    k = _kinds(text)
    for kind, n in want.items():
        assert k[kind] == n, (kind, k)


def test_the_organelles_of_the_merged_mentions_all_lie_in_the_one_cell():
    s = _scene("A muscle fiber is one long cell with many nuclei. Draw a single cell with 5 nuclei and 2 "
               "mitochondria.")
    (cell,) = [e.id for e in s.entities if e.kind == "cell"]
    held = Counter(next(e.kind for e in s.entities if e.id == r.source)
                   for r in s.relations if r.kind == "inside" and r.target == cell)
    assert held == {"nucleus": 5, "mitochondrion": 2}
    # "many" is made exact by the count: no longer a word left out
    assert "many" not in [n.text for n in s.not_drawn]


@pytest.mark.parametrize("text", [
    "A neuron with 2 mitochondria, drawn as one cell with 5 mitochondria.",
    "A hepatocyte has 2 nuclei. Draw it as a single cell with 3 nuclei.",
])
def test_two_different_counts_for_the_one_cell_are_refused_naming_both(text):
    with pytest.raises(InputError, match=r"are said of the same cell") as e:
        _scene(text)
    assert sum(p in str(e.value) for p in ("2 mitochondria", "5 mitochondria", "2 nuclei", "3 nuclei")) == 2


@pytest.mark.parametrize("text, cells", [
    # "one" is the determiner of its own mention where the text tells the cells apart
    ("one cell with a nucleus and one cell with two mitochondria", 2),
    ("a single plant cell next to an animal cell", 2),
    ("Draw one cell with a nucleus and another cell with a vacuole.", 2),
    ("Two cells: one cell with a nucleus, one cell with three ribosomes.", 2),
    ("a plant cell and one animal cell", 2),
    # no stated number: left as the grammar reads it
    ("a plant cell, an animal cell", 2),
])
def test_cells_the_text_tells_apart_stay_apart(text, cells):
    assert _kinds(text)["cell"] == cells


def test_a_total_of_one_cell_with_cells_told_apart_is_refused_naming_them():
    with pytest.raises(InputError, match=r"'Just one cell' at 0-13 states one cell, but 'a plant cell'"):
        _scene("Just one cell, please: a plant cell next to an animal cell.")


# ---- a count relative to another member's count ("as the left one")
@pytest.mark.parametrize("text, per_cell", [
    ("Two cells side by side: the top cell has 2 mitochondria, and the bottom cell has three times as many "
     "mitochondria as the top one.", [2, 6]),
    ("Draw two cells. The first has 3 lysosomes; the second has twice as many lysosomes as the first.", [3, 6]),
    ("Two cells next to each other. The right cell has 4 vesicles and the left cell has half as many vesicles "
     "as the cell on the right.", [2, 4]),
])
def test_a_count_relative_to_another_members_count(text, per_cell):
    s = _scene(text)
    kind = {e.id: e.kind for e in s.entities}
    cells = [e.id for e in s.entities if e.kind == "cell"]
    per = sorted(sum(1 for r in s.relations if r.kind == "inside" and r.target == c and kind[r.source] != "cell")
                 for c in cells)
    assert per == sorted(per_cell)


def test_a_relative_count_whose_member_count_is_not_told_is_refused():
    with pytest.raises(InputError, match="as the other one' at .* gives more than once"):
        _scene("Three cells: the first has 2 nuclei, the second has 3 nuclei, and the third has twice as many nuclei "
               "as the other one.")


# ---- a contrast with another figure states no absence where the text asks for that kind
@pytest.mark.parametrize("text, kind, n", [
    ("A plant cell, but not the standard one with a big vacuole; it has three little vacuoles and a nucleus.",
     "vacuole", 3),
    ("Draw an animal cell, unlike the usual picture with a huge nucleus: give it two small nuclei.", "nucleus", 2),
])
def test_a_contrast_is_no_absence_of_what_the_text_then_asks_for(text, kind, n):
    s = _scene(text)
    assert Counter(e.kind for e in s.entities)[kind] == n
    assert not any(e.attr("absent") for e in s.entities)
    assert not [n.text for n in s.not_drawn if n.text in ("unlike", "standard")]


def test_a_contrast_whose_kind_is_never_asked_for_stays_an_absence():
    s = _scene("A plant cell, not the usual one with a vacuole.")
    assert [a["kind"] for e in s.entities for a in (e.attr("absent") or [])] == ["vacuole"]


# ---- "it" opening a sentence after a sentence adverb is the one cell named
@pytest.mark.parametrize("text", [
    "Please draw one cell which has a nucleus, and a nucleolus in the nucleus. Also it have 3 lysosome.",
    "Draw a cell with a nucleus. Additionally, it contains 3 lysosomes.",
])
def test_it_after_a_sentence_adverb_is_the_cell(text):
    s = _scene(text)
    kind = {e.id: e.kind for e in s.entities}
    assert {kind[r.target] for r in s.relations if r.kind == "inside" and kind[r.source] == "lysosome"} == {"cell"}
    assert Counter(kind.values())["lysosome"] == 3
