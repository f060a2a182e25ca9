"""Reading what people write about cells (issue 9): named cell types and the laws on a cell's type,
generic statements, stated absence (checked from the pixels), asides after a noun, and list joiners.
Each mechanism is tested with several phrasings of its kind, none of them the acceptance sentence."""
from __future__ import annotations

import io
from collections import Counter

import numpy as np
import pytest
from PIL import Image, ImageDraw

from nesy.errors import UnsatisfiableError


def _parse(text: str):
    from nesy.pipeline import parse
    return parse(text, domain="cell", allow_unknown=True)


def _kinds(scene) -> dict[str, int]:
    return dict(Counter(e.kind for e in scene.entities))


def _cells(scene):
    return [e for e in scene.entities if e.kind == "cell"]


def _solve(scene):
    from nesy.registry import get_domain
    return get_domain("cell").solve(scene, timeout_s=60)


# ---- named cell types carry their type; the type's laws refuse what such a cell never has

@pytest.mark.parametrize("text, typ, name", [
    ("Draw a neuron with a nucleus and 3 mitochondria", "animal", "neuron"),
    ("Sketch two guard cells, each with 4 chloroplasts", "plant", "guard cell"),
    ("An erythrocyte beside a macrophage", "animal", None),
    ("One yeast cell with a vacuole", "fungal", "yeast cell"),
    ("a bacterial cell with ribosomes", "prokaryotic", None),
    ("Show an E. coli cell containing 6 ribosomes", "prokaryotic", "e. coli"),
    ("a fibroblast containing an ER", "animal", "fibroblast"),
])
def test_named_cell_types_are_cells_of_their_type(text, typ, name):
    sc = _parse(text)
    cells = _cells(sc)
    assert cells and all(c.attr("type") == typ for c in cells), [dict(c.attributes) for c in cells]
    assert not any(name and u.text.lower() in name.split() for u in sc.unknown)


@pytest.mark.parametrize("text, bad", [
    ("Draw a prokaryotic cell containing a nucleus", {"a nucleus"}),
    ("A bacterium has two mitochondria and a Golgi apparatus", {"two mitochondria", "a Golgi apparatus"}),
    ("an E. coli cell with a nucleus", {"a nucleus"}),
    ("Sketch a neuron that contains 3 chloroplasts", {"3 chloroplasts"}),
    ("An animal cell with a cell wall, a nucleus and 2 mitochondria", {"cell wall"}),
    ("a yeast cell with 2 chloroplasts", {"2 chloroplasts"}),
    ("Archaea: draw one archaeon holding a lysosome", {"a lysosome"}),
])
def test_a_cell_types_laws_refuse_what_it_never_has(text, bad):
    with pytest.raises(UnsatisfiableError) as ei:
        _solve(_parse(text))
    said = {p["text"] for p in ei.value.phrases}
    assert bad <= said, said
    assert ei.value.laws and all(l["source"] for l in ei.value.laws)
    assert {p["text"] for p in ei.value.fix} == bad


@pytest.mark.parametrize("text", [
    "A bacterium with a ribosome and a nucleoid",
    "a prokaryotic cell with 5 ribosomes",
    "a plant cell with a cell wall, 3 chloroplasts and a central vacuole",
    "a eukaryotic cell with a nucleus and 2 mitochondria",
    "a hepatocyte with a nucleus, 4 mitochondria and a smooth ER",
])
def test_what_a_cell_type_has_still_draws(text):
    lay = _solve(_parse(text))
    assert lay.shapes


# ---- generic statements describe kinds: the counted request says how many are drawn

@pytest.mark.parametrize("text, want", [
    ("Neurons are packed with mitochondria. Draw one neuron with 4 mitochondria and a nucleus.",
     {"cell": 1, "mitochondrion": 4, "nucleus": 1}),
    ("Muscle cells (myocytes) are full of mitochondria. Sketch a single myocyte with 6 mitochondria.",
     {"cell": 1, "mitochondrion": 6}),
    ("Plant cells have chloroplasts. Draw one guard cell with 2 chloroplasts.", {"cell": 1, "chloroplast": 2}),
    ("Hepatocytes contain many lysosomes. Show one hepatocyte with 3 lysosomes.", {"cell": 1, "lysosome": 3}),
])
def test_generic_statements_add_no_entities(text, want):
    assert _kinds(_parse(text)) == want


# ---- stated absence: recorded, drawn as nothing, checked from the pixels, conflicts refused

@pytest.mark.parametrize("text, host, kinds", [
    ("A plant cell with a nucleus; no mitochondria please.", "cell", {"mitochondrion"}),
    ("Draw a cell without a nucleus", "cell", {"nucleus"}),
    ("a red blood cell lacking a nucleus and mitochondria", "cell", {"nucleus", "mitochondrion"}),
    ("Sketch a cell that has no chloroplasts but 2 vacuoles", "cell", {"chloroplast"}),
    ("A cell with a nucleus. There are no ribosomes in the nucleus.", "nucleus", {"ribosome"}),
    ("an animal cell that does not contain any lysosomes", "cell", {"lysosome"}),
    ("a cell devoid of mitochondria or peroxisomes, with one nucleus", "cell", {"mitochondrion", "peroxisome"}),
    ("a plant cell lacking a cell wall", "cell", {"cell_wall"}),
])
def test_stated_absence_is_recorded_and_nothing_is_drawn(text, host, kinds):
    from nesy.parse.grammar_absent import absences_of
    sc = _parse(text)
    hosts = [e for e in sc.entities if absences_of(e)]
    assert hosts and all(e.kind == host for e in hosts)
    assert {a["kind"] for a in absences_of(hosts[0])} == kinds
    for a in absences_of(hosts[0]):
        assert text[a["start"]:a["end"]] == a["phrase"]
    assert not any(e.kind in kinds for e in sc.entities)


@pytest.mark.parametrize("text", [
    "a cell with 2 mitochondria and no mitochondria",
    "Draw a cell without a nucleus. The cell has a nucleus.",
    "a cell lacking lysosomes, with 3 lysosomes",
])
def test_absence_and_presence_of_one_kind_conflict(text):
    with pytest.raises(UnsatisfiableError) as ei:
        _solve(_parse(text))
    assert len(ei.value.phrases) == 2


def test_no_absent_set_in_the_sets_science():
    """A science without stated absence (sets) refuses "no X" as before, naming the phrase."""
    from nesy.errors import InputError
    from nesy.parse.grammar import parse_text
    with pytest.raises(InputError, match="no sets"):
        parse_text("Draw no sets", "sets", allow_unknown=True)


@pytest.fixture(scope="module")
def no_mito():
    from nesy.pipeline import generate
    return generate("An animal cell with a nucleus and 2 lysosomes, but no mitochondria", domain="cell",
                    controls=False, timeout_s=120)


def _png(a: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(a).save(buf, format="PNG")
    return buf.getvalue()


def test_absence_is_verified_and_an_injected_one_fails(no_mito):
    from nesy.registry import get_domain
    from nesy.render.style import science_style
    from nesy.render.svg import hex_rgb
    checks = [c for c in no_mito.verdict.checks if c.law == "absent"]
    assert checks and all(c.passed for c in checks) and no_mito.verdict.passed
    # paint one mitochondrion (its own fill and outline colours) inside the cell: the absence must fail
    cell = next(s for s in no_mito.layout.shapes if s.id == "cell1")
    nuc = next(s for s in no_mito.layout.shapes if s.id == "nucleus1")
    x0, y0, x1, y1 = cell.box
    mito = science_style("cell")["kinds"]["mitochondrion"]
    img = Image.open(io.BytesIO(no_mito.rendering.png)).convert("RGB")
    d = ImageDraw.Draw(img)
    # a spot of the cytoplasm away from the nucleus: left or right of it
    cx = (x0 + nuc.box[0]) / 2 if nuc.box[0] - x0 > x1 - nuc.box[2] else (nuc.box[2] + x1) / 2
    cy = (y0 + y1) / 2
    d.ellipse([cx - 12, cy - 5, cx + 12, cy + 5], fill=hex_rgb(mito["fill"]), outline=hex_rgb(mito["stroke"]))
    v = get_domain("cell").verify(_png(np.array(img)), no_mito.scene)
    bad = [c for c in v.checks if c.law == "absent"]
    assert bad and not all(c.passed for c in bad)


# ---- an aside after a noun describes that noun and is not the subject of what follows

@pytest.mark.parametrize("text", [
    "The nucleus (two nucleoli) lies next to the endoplasmic reticulum.",
    "A cell whose nucleus (with its 2 nucleoli) is beside the ER",
    "The nucleus, containing two nucleoli, is adjacent to the ER.",
    "Draw a cell in which the nucleus (2 nucleoli) is flanked by the rough ER.",
])
def test_an_aside_describes_the_noun_before_it(text):
    sc = _parse(text)
    ids = {e.id: e.kind for e in sc.entities}
    assert _kinds(sc).get("nucleolus") == 2
    inside = {(ids[r.source], ids[r.target]) for r in sc.relations if r.kind == "inside"}
    assert ("nucleolus", "nucleus") in inside
    adj = {frozenset((ids[r.source], ids[r.target])) for r in sc.relations if r.kind == "adjacent"}
    assert adj == {frozenset(("nucleus", "er"))}, adj


@pytest.mark.parametrize("text, want", [
    ("Draw two liver cells (hepatocytes), each with a nucleus", {"cell": 2, "nucleus": 2}),
    ("the endoplasmic reticulum (ER) next to a nucleus", {"cell": 1, "er": 1, "nucleus": 1}),
    ("A nerve cell (neuron) with 2 mitochondria", {"cell": 1, "mitochondrion": 2}),
])
def test_an_aside_that_renames_the_noun_adds_nothing(text, want):
    assert _kinds(_parse(text)) == want


# ---- list joiners

@pytest.mark.parametrize("text, want", [
    ("cell: nucleus + golgi + ER", {"cell": 1, "nucleus": 1, "golgi": 1, "er": 1}),
    ("a cell with a nucleus & 2 lysosomes", {"cell": 1, "nucleus": 1, "lysosome": 2}),
    ("one cell, 2 mitochondria plus a vacuole", {"cell": 1, "mitochondrion": 2, "vacuole": 1}),
])
def test_plus_and_ampersand_join_a_list(text, want):
    sc = _parse(text)
    assert _kinds(sc) == want
    assert not any(u.text in ("+", "&", "plus") for u in sc.unknown)


# ---- a clause after a comma about the things just named

@pytest.mark.parametrize("text, kind, rel", [
    ("A cell with six mitochondria, all of them outside the nucleus.", "mitochondrion", "outside"),
    ("A cell with a nucleus and 4 lysosomes, each of them next to the nucleus", "lysosome", "adjacent"),
    ("Draw a cell holding a nucleus and two vacuoles, with the vacuoles outside the nucleus.", "vacuole", "outside"),
    ("a cell with a nucleus and 3 peroxisomes, with the peroxisomes beside the nucleus", "peroxisome", "adjacent"),
])
def test_a_clause_about_the_things_just_named(text, kind, rel):
    sc = _parse(text)
    ids = {e.id: e.kind for e in sc.entities}
    got = {ids[r.source] for r in sc.relations if r.kind == rel and ids[r.target] == "nucleus"}
    n = sum(1 for e in sc.entities if e.kind == kind)
    assert got == {kind} and sum(1 for r in sc.relations if r.kind == rel) == n


# ---- one member of a counted group: "the left one", "the first", "the other one"; gapping; "each cell"

def _contents(sc) -> dict[str, dict[str, int]]:
    par = {r.source: r.target for r in sc.relations if r.kind == "inside"}
    out: dict[str, dict[str, int]] = {}
    for e in sc.entities:
        if par.get(e.id):
            out.setdefault(par[e.id], {}).setdefault(e.kind, 0)
            out[par[e.id]][e.kind] += 1
    return out


@pytest.mark.parametrize("text, want, rel", [
    ("Two adjoining animal cells. The left one has 3 mitochondria and a nucleus, the right one 2 lysosomes; "
     "each cell also has a Golgi apparatus.",
     [{"mitochondrion": 3, "nucleus": 1, "golgi": 1}, {"lysosome": 2, "golgi": 1}], ("left_of", "adjacent")),
    ("Draw two cells: the first has 3 mitochondria and the second has a nucleus. Both cells have a vacuole.",
     [{"mitochondrion": 3, "vacuole": 1}, {"nucleus": 1, "vacuole": 1}], ()),
    ("Two cells, each with a nucleus. The top one also has 3 lysosomes, the bottom one 2 vacuoles.",
     [{"nucleus": 1, "lysosome": 3}, {"nucleus": 1, "vacuole": 2}], ("above",)),
    ("Two cells. The first one contains a nucleus; the other one contains 2 nuclei.",
     [{"nucleus": 1}, {"nucleus": 2}], ()),
])
def test_members_of_a_counted_group(text, want, rel):
    sc = _parse(text)
    cells = sorted(e.id for e in sc.entities if e.kind == "cell")
    assert len(cells) == 2
    got = _contents(sc)
    assert [got.get(c, {}) for c in cells] == want
    kinds = {r.kind for r in sc.relations if r.source in cells and r.target in cells}
    assert kinds == set(rel)
    assert not [u.text for u in sc.unknown if u.text.lower() in ("left", "right", "first", "second", "top",
                                                                 "bottom", "other")]


def test_a_member_with_no_group_before_it_is_not_read():
    """No counted group before "the left one": the position word is listed as not drawn (strict: refused)."""
    from nesy.errors import UnknownWordsError
    from nesy.parse.grammar import parse_text
    sc = parse_text("Three sets A, B and C. The first one is inside the second.", "sets", allow_unknown=True)
    assert sorted(u.text for u in sc.unknown) == ["first", "second"] and len(sc.entities) == 3
    with pytest.raises(UnknownWordsError, match="second|first"):
        parse_text("Two sets A and B. The first one is inside the second.", "sets")


@pytest.mark.parametrize("text, want", [
    ("Draw two cells. Both cells have a nucleus.", {"cell": 2, "nucleus": 2}),
    ("Three plant cells; all cells contain 2 chloroplasts.", {"cell": 3, "chloroplast": 6}),
    ("Two cells side by side. Each cell has 2 mitochondria.", {"cell": 2, "mitochondrion": 4}),
])
def test_both_and_all_refer_back_to_the_counted_things(text, want):
    assert _kinds(_parse(text)) == want
