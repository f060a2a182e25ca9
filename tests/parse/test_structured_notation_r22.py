"""Structured notation in the shared front end (``nesy.parse.structured``), for every science: YAML-like blocks
with headings over indented lines and "- " list items, JSON objects inside a sentence, a set's members in braces
or a JSON list under a set's letter, "X type" keys, a count given as a grid's product, and an orbit's quantity
subscripted with its body's name or symbol. requests-22: cell-10 drew one cell where "cells: 2 / per cell: …"
asks for two with those counts each (verified though wrong); cell-07, sets-05, sets-10, automata-10 were
refused ("lists members in braces"); astronomy-02 read "star: Sun" as two stars; astronomy-07 gave Venus
Earth's distance too; microscopy-10 read "4 x 6" as a field size."""
from __future__ import annotations

import pytest

from nesy.parse.markup import normalize
from nesy.parse.structured import read_scaffolding


def _read(text: str) -> str:
    return read_scaffolding(normalize(text))[0].text


def test_a_per_heading_distributes_its_counts_over_the_cells():
    said = _read("organism: Saccharomyces cerevisiae (yeast)\ncells: 2\nper cell:\n  nucleus: 1\n  vacuole: 1\n"
                 "  mitochondria: 3")
    assert "2 cells;" in said
    assert "each cell with 1 nucleus, 1 vacuole, 3 mitochondria." in said
    assert "organism" not in said


def test_list_items_under_a_heading_each_name_their_body():
    said = _read("star: Sun\nplanets:\n  - name: Earth\n    a: 1.00 AU\n  - name: Jupiter\n    a: 5.20 AU")
    assert said.startswith("Sun;")
    assert "Earth with a = 1.00 AU; Jupiter with a = 5.20 AU." in said


def test_list_items_at_the_headings_own_indent_are_its_members():
    said = _read("planets:\n- name: Earth\n  a: 1.00 AU\n- name: Mars\n  a: 1.52 AU")
    assert "Earth with a = 1.00 AU; Mars with a = 1.52 AU." in said


def test_sets_listed_under_a_heading_and_a_figure_verb_line():
    said = _read("sets:\n  X: {a, b, c}\n  Y: {c, d}\n  Z: {e, f}\ndraw: venn")
    assert "X = {a, b, c}; Y = {c, d}; Z = {e, f};" in said
    assert said.rstrip().endswith("draw venn.")


def test_a_heading_whose_lines_say_what_they_say_alone_is_read_as_before():
    # ("organelles:\n  nucleus: 1" says what "nucleus: 1" says: the nesting is read only where it adds something)
    text = "cell_type: proximal tubule (kidney)\norganelles:\n  nucleus: 1\n  mitochondria: 7\nstyle: flat"
    assert _read(text) == text
    assert _read("image:\n  stain: Hoechst 33342\n  nuclei: 6\n  noise: low") == \
        "image:\n  Hoechst stain;\n  6 nuclei;\n  low noise."


def test_flat_key_value_lines_read_as_before():
    said = _read("material: aluminium\nlattice: fcc\na: 4.05 Å\nview: conventional cell, atoms only")
    assert "a = 4.05 Å" in said and "aluminium" in said


@pytest.mark.parametrize("text, said", [
    ('Render this cell spec as a figure: {"cell_type": "animal", "nucleus": 1, "nucleolus_in_nucleus": true, '
     '"mitochondria": 4}', "Render this cell spec as a figure: animal cell with 1 nucleus; nucleolus in nucleus; "
                           "4 mitochondria."),
    ('Free-body diagram for {"object": "3.0 kg mass", "support": "one vertical string", "state": "at rest"}, with '
     'g = 9.8 m/s^2.', "Free-body diagram for 3.0 kg mass; one vertical string support; at rest; with g"),
    ('venn pls: {"A": [1, 2, 3], "B": [2, 3], "C": [7, 8]}, B is a subset of A',
     "venn please: A = {1, 2, 3}; B = {2, 3}; C = {7, 8}; B is a subset of A"),
    ('Draw this automaton: {"states": ["s", "t"], "start": "s", "accept": ["t"], "delta": {"s": {"x": "t"}}}',
     "states s, t; start state s; accepting state t; s goes to t on x."),
    ('Generate: {"channel": "DAPI", "n_nuclei": "4 x 6", "image_size_px": [512, 512]}',
     "DAPI channel; 24 nuclei; image 512 × 512 px."),
])
def test_a_json_object_inside_a_sentence_is_read_in_place(text, said):
    assert said in _read(text)


def test_braces_that_are_no_json_stay():
    assert _read("A = {1, 2, 3} and B = {3, 4} overlap.") == "A = {1, 2, 3} and B = {3, 4} overlap."


@pytest.mark.parametrize("text, said", [
    (r"Sketch the orbits with $a_{\mathrm{Venus}} = 0.72\,\mathrm{AU}$ and $a_{\oplus} = 1.00\,\mathrm{AU}$ (Earth).",
     "a of Venus = 0.72 AU and a of Earth = 1.00 AU (Earth)"),
    ("T_Mars = 1.88 yr", "T of Mars = 1.88 yr"),
])
def test_an_orbits_quantity_subscripted_with_its_body(text, said):
    assert said in _read(text)


@pytest.mark.parametrize("text", ["R_1 = 10 Ω", "d_o = 30 cm", "mu_k = 0.2", "5 M_Earth"])
def test_other_subscripts_stay(text):
    assert " of " not in _read(text)


def test_a_tables_connection_column_is_said_as_written():
    said = _read("| part | value | connection |\n|---|---|---|\n| V1 | 24 V | source |\n| R1 | 1 kΩ | across V1 |")
    assert "R1 1 kΩ across V1" in said and "connection" not in said
