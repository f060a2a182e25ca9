"""Session 40: outsiders' cell requests (requests-20) as development data.

- a containment cycle the text was misread into is walked once, never branched through until a hang
  (``cell._parents``);
- a place phrase whose own object is a word nesy does not draw, before a verb or a new subject ("a cell in my
  slide showed a nucleus", "In the drawing you can see 6 chloroplasts") places nothing: the things named
  after the verb are not its object (``grammar._own_object``, ``grammar_fronted.mark_fronted_locations``);
- a bare "inside" after "X with a Y" restates that Y is in X;
- a pronoun beside which things lie ("around it", "next to it") is the last thing named that can share their
  place, never one shut inside another;
- a magnification factor ("× 1500", "a magnification of 400") is no count;
- misspelt science words: a tie broken by sound ("nucleous" → nucleus), a dropped double letter of a drawn
  noun ("cel" → cell) — never a real word into another science word;
- palisade / spongy mesophyll cells are plant cells.
"""
from __future__ import annotations

import threading
from collections import Counter

import pytest

from nesy.errors import InputError
from nesy.pipeline import parse
from nesy.types import Relation, SceneGraph, Entity


def _read(text: str):
    sg = parse(text, allow_unknown=True, domain="cell")
    kind = {e.id: e.kind for e in sg.entities}
    return Counter(kind.values()), {(r.kind, kind[r.source], kind[r.target]) for r in sg.relations}, sg


def test_containment_cycle_is_walked_once():
    from nesy.domains.cell import _parents
    ents = tuple(Entity(id=i, kind=k) for i, k in (("c", "cell"), ("n", "nucleus"), ("v", "vacuole"),
                                                    ("m1", "mitochondrion"), ("m2", "mitochondrion")))
    rels = []
    for o in ("n", "v", "m1", "m2"):
        rels += [Relation("inside", o, "c"), Relation("inside", "c", o)]
    scene = SceneGraph(domain="cell", text="", entities=ents, relations=tuple(rels))
    out: dict = {}
    t = threading.Thread(target=lambda: out.setdefault("p", _parents(scene)), daemon=True)
    t.start()
    t.join(10)
    assert "p" in out, "_parents did not finish on a containment cycle"


@pytest.mark.parametrize("text,counts", [
    ("A plant cell in my slide showed two chloroplasts and a nucleus.", {"chloroplast": 2, "nucleus": 1}),
    ("An onion cell in your micrograph displayed a nucleus and a vacuole.", {"nucleus": 1, "vacuole": 1}),
    ("In the drawing you can see 6 chloroplasts, 1 nucleus and 1 vacuole.",
     {"chloroplast": 6, "nucleus": 1, "vacuole": 1}),
    ("Within the image we see 2 mitochondria and 1 nucleus.", {"mitochondrion": 2, "nucleus": 1}),
])
def test_unread_place_before_a_verb_places_nothing(text, counts):
    c, rels, _ = _read(text)
    assert all(c[k] == n for k, n in counts.items()) and c["cell"] == 1
    # each thing lies in the cell, and the cell in none of them, nor one in another
    assert {r for r in rels if r[0] == "inside"} == {("inside", k, "cell") for k in counts}


@pytest.mark.parametrize("text,rel", [
    ("A nucleus in a swollen cell.", ("inside", "nucleus", "cell")),
    ("Two nucleoli in the dividing nucleus.", ("inside", "nucleolus", "nucleus")),
    ("Inside the nucleus, 2 nucleoli.", ("inside", "nucleolus", "nucleus")),
    ("The mitochondria in the cell, drawn large, and a nucleus.", ("inside", "mitochondrion", "cell")),
])
def test_place_phrase_with_its_object_unchanged(text, rel):
    _, rels, _ = _read(text)
    assert rel in rels


@pytest.mark.parametrize("text", [
    "A cell with a nucleus with a nucleolus inside, and two mitochondria.",
    "Draw a cell containing a nucleus that has one nucleolus within, plus three lysosomes.",
    "A cell with a centrosome with two centrioles inside, and a nucleus holding one nucleolus.",
])
def test_bare_inside_restates_with(text):
    c, rels, _ = _read(text)
    assert c["nucleolus"] == 1 and ("inside", "nucleolus", "nucleus") in rels
    assert not any(r[0] == "inside" and r[1] == "cell" for r in rels)


@pytest.mark.parametrize("text,k", [
    ("A cell whose nucleus has one nucleolus; three lysosomes sit next to it.", "lysosome"),
    ("Draw a cell whose nucleus contains a nucleolus. Five vesicles lie close to it.", "vesicle"),
    ("A cell with a nucleus holding a nucleolus. Two peroxisomes are beside it.", "peroxisome"),
])
def test_pronoun_beside_is_a_thing_that_can_share_the_place(text, k):
    _, rels, _ = _read(text)
    assert ("adjacent", k, "nucleus") in rels and ("adjacent", k, "nucleolus") not in rels


def test_pronoun_beside_a_nucleolus_inside_stays():
    _, rels, _ = _read("A nucleus with two nucleoli near it.")
    assert ("adjacent", "nucleolus", "nucleus") in rels


@pytest.mark.parametrize("text,k,n", [
    ("A cell is drawn at a magnification of 1500. It has 6 chloroplasts.", "chloroplast", 6),
    ("A cell is drawn at × 1500. It has 3 vacuoles.", "vacuole", 3),
    ("The drawing is magnified by 2000. The cell has 2 nuclei.", "nucleus", 2),
])
def test_magnification_is_no_count(text, k, n):
    c, _, sg = _read(text)
    assert c[k] == n
    assert any(any(ch.isdigit() for ch in d.text) for d in sg.not_drawn)


def test_bare_large_number_still_refused():
    with pytest.raises(InputError):
        parse("A cell with 5 mitochondria. 1500.", allow_unknown=True, domain="cell")


def test_float_is_a_placing_verb():
    c, rels, sg = _read("A cell with a nucleus. Three lysosomes float in the cytoplasm.")
    assert c["lysosome"] == 3 and not sg.not_drawn


@pytest.mark.parametrize("text,k,n", [
    ("draw one cel containing a nucleous and 2 lysosomes", "lysosome", 2),
    ("a cel with a nucleous and four ribosomes", "ribosome", 4),
    ("two cels, each with a nucleous", "nucleus", 2),
])
def test_misspelt_cell_and_nucleus(text, k, n):
    sg = parse(text, allow_unknown=True)
    c = Counter(e.kind for e in sg.entities)
    assert c[k] == n and c["nucleus"] >= 1 and not sg.not_drawn


def test_real_words_never_corrected_by_doubling():
    from nesy.parse.spelling import corrections
    for w in ("met", "rot", "filed", "gods", "planed"):
        assert corrections(w, [(0, len(w))], "cell", doubled=True) == []


@pytest.mark.parametrize("noun", ["palisade mesophyll cell", "spongy mesophyll cell"])
def test_mesophyll_cells_are_plant_cells(noun):
    sg = parse(f"A {noun} with four chloroplasts and a nucleus.", allow_unknown=True, domain="cell")
    cell = next(e for e in sg.entities if e.kind == "cell")
    assert cell.attr("type") == "plant" and not sg.not_drawn


@pytest.mark.parametrize("text", [
    "Two cells, each with one nucleus. If the parent cell had 46 chromosomes, how many does each one get?",
    "A cell with a nucleus, three mitochondria and two lysosomes. Suppose the cell has 23 genes.",
    "Two cells with a nucleus and four ribosomes each. If the cell had 8 plasmids, how many would each get?",
])
def test_count_with_its_own_unread_noun_is_not_elided(text):
    c, _, sg = _read(text)
    assert c["nucleus"] >= 1 and any(d.text[:1].isdigit() for d in sg.not_drawn)


def test_elided_count_still_filled():
    c, _, _ = _read("Two cells: the left one has 2 mitochondria and the right one has 4.")
    assert c["mitochondrion"] == 6
