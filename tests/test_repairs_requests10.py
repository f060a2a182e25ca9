"""requests-10 self-repairs and apostrophe-less contractions, own phrasings (``nesy.parse.repairs``): a text
is read as the user meant to write it ("three — no, wait, make it five — chloroplasts" is five chloroplasts,
"fcc — sorry, bcc" is bcc, "~~10~~ 9 nuclei" nine, "dont" a negation), every such reading is reported, and
a marker that is no repair ("no nucleus", "no, there is no overlap", "ER: 1") changes nothing."""
from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest

from nesy.errors import NesyError, UnknownWordsError
from nesy.parse.markup import normalize
from nesy.parse.repairs import contractions, kind_of, read_as_meant, self_repairs
from nesy.pipeline import parse


def _read(text: str) -> str:
    return read_as_meant(normalize(text))[0].text


def _kinds(text: str) -> Counter:
    return Counter(e.kind for e in parse(text, allow_unknown=True).entities)


# ---- counts: a bare number corrected before its count noun -------------------------------------------------
@pytest.mark.parametrize("text,kind,n", [
    ("an animal cell with 2 (sorry, 4) mitochondria and a nucleus", "mitochondrion", 4),
    ("a plant cell containing 6 chloroplasts, no wait, 8 chloroplasts, and a vacuole", "chloroplast", 8),
    ("cell with four mitochondria -- scratch that -- two mitochondria", "mitochondrion", 2),
    ("synthetic fluorescence image with 20 nuclei — correction, 25 nuclei", "nucleus", 25),
    ("fluorescence image, ~~12~~ 14 nuclei, some touching", "nucleus", 14),
    ("microscopy image with 7, sorry, 8 nuclei", "nucleus", 8),
])
def test_corrected_count(text, kind, n):
    assert _kinds(text)[kind] == n


# ---- a word of the same class: structure type, mirror/lens kind, triangle kind -----------------------------
@pytest.mark.parametrize("text,want", [
    ("copper, bcc, sorry I mean fcc, with a = 3.615 Å", "fcc"),
    ("the hcp -- no, fcc -- structure of aluminium with a = 4.05 Å", "fcc"),
    ("iron with a = 2.87 Å in the fcc structure — oops, bcc", "bcc"),
])
def test_corrected_structure_type(text, want):
    assert parse(text).attr("structure") == want


@pytest.mark.parametrize("text,kind,typ", [
    ("a concave lens (sorry, convex) with focal length 10 cm and an object 30 cm away", "lens", "converging"),
    ("convex mirror, I mean concave mirror, focal length 20 cm, object at 30 cm", "mirror", "converging"),
    ("a concave — wait, convex — mirror with f = 15 cm and an object 25 cm in front of it", "mirror", "diverging"),
])
def test_corrected_element_kind(text, kind, typ):
    el = parse(text).attr("element")
    assert (el["kind"], el["type"]) == (kind, typ)


def test_corrected_triangle_kind():
    flags = dict(parse("isosceles — sorry, scalene — triangle with sides 3, 4 and 6 cm").attr("flags"))
    assert "scalene" in flags and "isosceles" not in flags


# ---- a quantity: same dimension, or a bare number keeping the unit -------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("a square with side 5 cm, sorry, 7 cm", "7 cm"),
    ("square of side 12 cm — no, 10 — drawn with its diagonals", "10 cm"),
    ("a regular hexagon with side 4 cm (oops, 3 cm)", "3 cm"),
])
def test_corrected_length(text, want):
    given = parse(text, allow_unknown=True).attr("given")
    assert [g["text"] for g in given] == [want]


@pytest.mark.parametrize("text,want", [
    ("3 chloroplasts — no, 5 chloroplasts and a nucleus", "5 chloroplasts and a nucleus"),
    ("Draw 5 nuclei. Actually, 6 nuclei.", "Draw 6 nuclei."),
    ("two resistors of 10 ohm in parallel, no, in series", "two resistors of 10 ohm in series"),
])
def test_repair_restating_its_words(text, want):
    assert _read(text) == want


def test_bare_number_in_a_list_of_lengths():
    assert _read("a right triangle with legs 3 cm and 4 — no, 5 cm") == "a right triangle with legs 3 cm and 5 cm"


def test_corrected_focal_length():
    facts = parse("a converging lens, f = 15 cm — wait, make it 12 cm — object 40 cm from the lens").attr("facts")
    assert {f["what"]: f["value"] for f in facts}["f"] == 12.0


# ---- a repair that names what it corrects ("the bottom one is 4k7") ----------------------------------------
@pytest.mark.parametrize("text,want", [
    ("a 5 V supply with 1k on top and 2k on the bottom, sorry, the top one is 4k7", [4700.0, 2000.0]),
    ("a 12 V battery, R1 = 1k and R2 = 2k2 in series — wait, R2 should be 3k3", [1000.0, 3300.0]),
    ("a 9 V battery with a 100 ohm resistor — sorry, 220 ohm — in series with a 330 ohm resistor", [220.0, 330.0]),
])
def test_corrected_resistor(text, want):
    assert _read(text).count("sorry") == 0 and _read(text).count("wait") == 0
    try:
        sc = parse(text, allow_unknown=True)
    except NesyError:
        return  # the circuit itself may be beyond the circuits science; the repair was read (above)
    vals = [e.attr("value") for e in sc.entities if e.kind == "resistor"]
    assert sorted(vals) == sorted(want)


def test_divider_figure_has_the_corrected_value(tmp_path):
    """The netlist nesy writes (what the figure shows) holds the repaired value, never the one taken back."""
    out = tmp_path / "out"
    p = subprocess.run([sys.executable, "-m", "nesy", "generate",
                        "a 12 V supply feeding a divider: 2k2 at the top and 2k2 at the bottom, oops, the top one is 1k",
                        "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    values = sorted(float(line.split()[3]) for line in (out / "circuit.cir").read_text().splitlines()
                    if line.startswith("R"))
    assert values == [1000.0, 2200.0]
    assert "self-repair: '2k2 at the top and 2k2 at the bottom, oops, the top one is 1k'" in p.stderr


def test_explain_shows_the_repair():
    p = subprocess.run([sys.executable, "-m", "nesy", "explain", "a cell with 3 — sorry, 5 — mitochondria"],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert "self-repair: '3 — sorry, 5 —' at 12-26 read as '5'" in p.stdout


def test_correction_positions_are_the_users():
    text = "Fake stain image with 15 — no, 16 — nuclei"
    (c,) = parse(text).corrections
    assert text[c.start:c.end] == c.text == "15 — no, 16 —" and c.read_as == "16"
    assert kind_of(c) == "self-repair"


# ---- no repair: negations, fillers, clarifications -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "a cell with 3 mitochondria, no nucleus",
    "a plant cell with 3 chloroplasts, no, there is no nucleus",
    "sets A and B, no, there is no overlap",
    "a cell with 3 chloroplasts, I mean one with a nucleus and 2 mitochondria",
    "a plant cell, make it big, with 4 chloroplasts",
    "an animal cell with nucleus: 1, ER: 1, ribosomes: 12",
    "a 5 um wide cell with 3 mitochondria",
    "a cell with 5 nuclei. Actually, 3 nuclei touch each other.",
    "a small cell, rather large nucleus",
    "A DFA over {a, b} that accepts every string except the empty one — actually no, it should also reject "
    "anything ending in b.",
])
def test_no_repair(text):
    assert self_repairs(normalize(text).text) == []


def test_negation_kept_where_no_repair():
    assert _kinds("a plant cell with 3 chloroplasts, no, there is no nucleus")["nucleus"] == 0


@pytest.mark.parametrize("text,syms", [
    ("A DFA over {0, 1} accepting every string except the empty one — actually no, it should also reject "
     "anything ending in 1.", "01"),
    ("DFA, alphabet {x, y}: accept all strings but the empty string, actually no, also reject any string "
     "ending with y", "xy"),
    ("A DFA over {a, b} that accepts every string except the empty one — actually no, it should also reject "
     "anything ending in b.", "ab"),
])
def test_repair_adding_a_condition_read_right_or_refused(text, syms):
    """"— actually no, it should also reject …" adds a condition: no self-repair; the automaton is then
    either refused or accepts exactly the non-empty strings not ending in the rejected symbol."""
    import itertools
    assert self_repairs(normalize(text).text) == []
    try:
        sc = parse(text)
    except NesyError:
        return
    step = {(t["source"], t["symbol"]): t["target"] for t in sc.attr("transitions")}
    start, accepting = sc.attr("starts")[0]["state"], {a["state"] for a in sc.attr("accepts")}

    def accepted(w: str) -> bool:
        q = start
        for ch in w:
            q = step[(q, ch)]
        return q in accepting
    for n in range(4):
        for w in map("".join, itertools.product(syms, repeat=n)):
            assert accepted(w) == (w != "" and not w.endswith(syms[1])), w


def test_unmatched_repair_refused_naming_it():
    with pytest.raises(UnknownWordsError) as e:
        parse("a plant cell with a nucleus — sorry, two nuclei — and 3 chloroplasts")
    assert "sorry, two" in str(e.value)


# ---- contractions without their apostrophe ------------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("X and Z dont touch", "X and Z don't touch"),
    ("it doesnt matter, isnt it, we cant", "it doesn't matter, isn't it, we can't"),
    ("P does'nt overlap Q", "P doesn't overlap Q"),
    ("as is his wont", "as is his wont"),
    ("the donts of drawing", "the donts of drawing"),
])
def test_contractions(text, want):
    edits = contractions(text)
    out = text
    for a, b, new in reversed(edits):
        out = out[:a] + new + out[b:]
    assert out == want


@pytest.mark.parametrize("text,pair", [
    ("three circles X, Y and Z; X and Y overlap, Y and Z overlap, X and Z dont touch", ("X", "Z")),
    ("A, B, C: A and B overlap, B and C overlap, A and C doesnt intersect", ("A", "C")),
    ("sets M and N that dont overlap", ("M", "N")),
])
def test_sets_disjoint_without_apostrophe(text, pair):
    sc = parse(text)
    rels = {(r.kind, r.source, r.target) for r in sc.relations}
    assert ("outside",) + pair in rels or ("outside",) + pair[::-1] in rels
    assert ("overlaps",) + pair not in rels and ("overlaps",) + pair[::-1] not in rels
    assert any(kind_of(c) == "contraction" for c in sc.corrections)


def test_cell_negation_without_apostrophe():
    assert _kinds("a cell that doesnt have a nucleus, with 2 mitochondria")["nucleus"] == 0
