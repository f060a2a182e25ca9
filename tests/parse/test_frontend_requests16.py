"""Shared front-end mechanisms found by the sixteenth outsider set (benchmarks/acceptance/requests-16.yaml):
dictated punctuation, SI prefixes apart from their units. Each test writes its own phrasings of the kind."""
import pytest

from nesy.parse.quantities import find_quantities
from nesy.pipeline import parse


def _kinds(s):
    return sorted(e.kind for e in s.entities)


@pytest.mark.parametrize("text, unit, value", [
    ("a hundred k ohm resistor", "kiloohm", 100),
    ("a 4.7 k ohm resistor", "kiloohm", 4.7),
    ("forty seven micro farad", "microfarad", 47),
    ("2 kilo ohms", "kiloohm", 2),
    ("a 5 M Ω resistor", "megaohm", 5),
    ("10 milli amps", "milliampere", 10),
])
def test_an_si_prefix_apart_from_its_unit_is_read_with_it(text, unit, value):
    q = find_quantities(text)
    assert len(q) == 1 and q[0].unit == unit and float(q[0].value) == pytest.approx(value), q


@pytest.mark.parametrize("text", ["a 2 m rod", "12 m apart", "a 10 k resistor"])
def test_a_letter_that_is_no_prefix_is_left_alone(text):
    assert all(not q.unit.startswith(("milli", "kilo")) for q in find_quantities(text))


def test_a_dictated_text_reads_its_spoken_punctuation():
    s = parse("draw a plant cell comma one nucleus comma two chloroplasts comma and one vacuole full stop thats all "
              "full stop", allow_unknown=True)
    assert _kinds(s) == ["cell", "chloroplast", "chloroplast", "nucleus", "vacuole"]
    # the spoken marks are accounted for, never left as unread words
    assert not any("comma" in n.text or "stop" in n.text for n in s.not_drawn)
    s = parse("draw a five volt battery comma a hundred k ohm resistor comma and a forty seven micro farad "
              "capacitor comma all in one series loop full stop", allow_unknown=True)
    vals = sorted(e.to_dict()["attributes"]["value"] for e in s.entities if e.kind in ("vsource", "resistor", "capacitor"))
    assert vals == pytest.approx([4.7e-05, 5.0, 100000.0])
    s = parse("draw the sun with earth at one au comma mars at one point five two au full stop", allow_unknown=True)
    assert [e.name for e in s.entities] == ["Sun", "Earth", "Mars"]


@pytest.mark.parametrize("text", [
    # a text punctuated as written keeps its words: the comma of a list is a word here
    "Draw a Venn diagram of sets Comma, Colon and Period, with Comma inside Colon.",
    # one spoken mark is no dictation
    "Draw a cell with one nucleus, two mitochondria and a vacuole. Full stop.",
])
def test_punctuation_words_in_a_written_text_are_not_dictation(text):
    from nesy.parse.structured import _dictation
    from nesy.parse.markup import normalize
    assert _dictation(normalize(text)) == ([], [])


def test_an_orbital_period_is_no_full_stop():
    s = parse("draw the sun comma earth at one au with a period of one year comma and mars at one point five two au "
              "full stop", allow_unknown=True)
    assert [e.name for e in s.entities] == ["Sun", "Earth", "Mars"]


def _rels(s):
    return {(r.kind, s.entity(r.source).kind, s.entity(r.target).kind) for r in s.relations}


@pytest.mark.parametrize("text", [
    "one animal cell, one nucleus, one centrosome next to (not inside) the nucleus, and two centrioles.",
    "one animal cell with one nucleus and one centrosome outside (not inside) the nucleus.",
    "A cell with a nucleus and one centrosome beside the nucleus and not inside the nucleus.",
])
def test_a_negated_place_said_beside_a_place_is_read_of_the_same_thing(text):
    s = parse(text, allow_unknown=True, domain="cell")
    assert ("outside", "centrosome", "nucleus") in _rels(s), _rels(s)
    assert not s.not_drawn


def test_a_negated_relation_after_the_objects_of_another_has_its_subject():
    s = parse("Sets A, B and C, with C inside A and not inside B.", allow_unknown=True, domain="sets")
    assert {(r.kind, r.source, r.target) for r in s.relations} == {("inside", "C", "A"), ("outside", "C", "B")}


def test_a_bracketed_noun_phrase_is_no_negated_place():
    from nesy.parse.markup import normalize
    from nesy.parse.structured import _contrasts
    assert _contrasts(normalize("A cell (not a plant cell) with one nucleus.")) == ([], [])


@pytest.mark.parametrize("text, want", [
    ("Draw three overlapping circles labelled A, B and Rh.", {("overlaps", "A", "B"), ("overlaps", "A", "Rh"),
                                                               ("overlaps", "B", "Rh")}),
    ("Draw two non-overlapping circles P and Q.", {("outside", "P", "Q")}),
])
def test_a_participle_before_the_sets_it_names_relates_each_pair(text, want):
    s = parse(text, allow_unknown=True, domain="sets")
    assert {(r.kind, r.source, r.target) for r in s.relations} == want


@pytest.mark.parametrize("text", [
    "A cell with 4 nuclei and 6 lysosomes; no lysosome inside a nucleus.",
    "A cell with 4 nuclei and 6 lysosomes. No lysosome lies inside a nucleus.",
    "A cell with 4 nuclei and 6 lysosomes; no lysosome is inside any nucleus.",
    "A cell with 4 nuclei and 6 lysosomes; none of the lysosomes inside a nucleus.",
])
def test_no_x_inside_a_y_keeps_every_x_out_of_every_y_named_before(text):
    s = parse(text, allow_unknown=True, domain="cell")
    assert _kinds(s).count("nucleus") == 4 and _kinds(s).count("lysosome") == 6
    outside = {(r.source, r.target) for r in s.relations if r.kind == "outside"}
    assert len(outside) == 24 and ("inside", "lysosome", "nucleus") not in _rels(s)
    assert not s.not_drawn


def test_a_relative_clause_read_of_nothing_after_a_predicate_noun_is_listed():
    s = parse("Osteoclasts are large cells that resorb bone. Draw one osteoclast with 4 nuclei.",
              allow_unknown=True, domain="cell")
    assert _kinds(s).count("nucleus") == 4
    assert "resorb bone" in " ".join(n.text for n in s.not_drawn)


def test_a_key_ending_in_capital_n_is_a_force_in_newtons_not_a_count():
    from nesy.parse.repairs import count_names
    assert count_names("pull_N: 40") == [] and count_names("tension_N = 12") == []
    assert count_names("n_cells = 3") and count_names("N_cells = 3") and count_names("cells_n: 4")


def test_a_count_times_an_electrical_value_is_no_image_field():
    assert parse("5 V DC; 3 × 330 Ω in parallel across it.", allow_unknown=True).domain == "circuits"
    assert parse("a 512 × 512 micrograph of 30 nuclei", allow_unknown=True).domain == "microscopy"


def test_a_parts_table_reads_each_row_as_its_part():
    text = ("| Ref | Part | Value |\n|---|---|---|\n| BT1 | battery | 9 V |\n| R1 | resistor | 470 Ω |\n"
            "| R2 | resistor | 1.5 kΩ |\n\nAll in one series loop.")
    s = parse(text, allow_unknown=True)
    got = sorted((e.kind, e.name, e.to_dict()["attributes"]["value"]) for e in s.entities
                 if e.kind in ("vsource", "resistor"))
    assert got == [("resistor", "R1", 470.0), ("resistor", "R2", 1500.0), ("vsource", "BT1", 9.0)]
    assert not s.not_drawn


def test_a_header_unit_goes_with_its_column_numbers():
    text = ("| moon | distance from Saturn's centre (km) |\n|---|---|\n| Mimas | 185,520 |\n| Enceladus | 237,950 |\n"
            "Draw these two moons orbiting Saturn.")
    s = parse(text, allow_unknown=True)
    assert [e.name for e in s.entities if e.kind == "moon"] == ["Mimas", "Enceladus"] and not s.not_drawn


@pytest.mark.parametrize("text, name", [
    ("draw the sun with earth at one au comma comet encke at two point two two au full stop", "Encke"),
    ("the sun with comet halley at 17.8 au and earth at 1 au", "Halley"),
    ("draw the sun, earth at 1 au and a comet tail pointing away", "comet 1"),   # an English word is no name
])
def test_a_comet_named_in_an_all_lower_case_text_keeps_its_name(text, name):
    s = parse(text, allow_unknown=True)
    assert [e.name for e in s.entities if e.kind == "comet"] == [name]
    assert name == "comet 1" or not any(name.lower() in n.text.lower() for n in s.not_drawn)


@pytest.mark.parametrize("text, a", [
    ("draw the unit cell of silver comma face centred cubic comma lattice constant zero point four zero eight "
     "six nanometres full stop", 4.086),
    ("Copper is fcc with a lattice constant of 361.5 picometres.", 3.615),
    ("Copper, fcc, a = 0.3615 nanometers.", 3.615),
])
def test_a_lattice_constant_in_any_length_unit_is_read_by_the_shared_reader(text, a):
    s = parse(text, allow_unknown=True)
    assert dict(dict(s.attributes)["lattice"])["a"] == pytest.approx(a) and not s.not_drawn


def test_a_dictated_triangle_spelt_letter_by_letter(tmp_path):
    from nesy.pipeline import generate
    r = generate("draw triangle p q r comma right angle at q comma side p q five centimetres comma side q r twelve "
                 "centimetres full stop", out_dir=tmp_path / "o", controls=False)
    assert r.passed and r.complete
    import json
    fig = json.loads((tmp_path / "o" / "figure.json").read_text())
    assert sorted(fig["vertices"]) == ["P", "Q", "R"] and fig["angles_deg"]["Q"] == pytest.approx(90)
    assert sorted(round(v, 6) for v in fig["sides"].values()) == [5.0, 12.0, 13.0]


def test_a_battery_named_by_its_designator_keeps_its_name_in_the_netlist(tmp_path):
    from nesy.pipeline import generate
    r = generate("A 9 V battery BT1 in series with R1 = 100 Ω.", out_dir=tmp_path / "o", controls=False)
    assert r.passed
    cir = (tmp_path / "o" / "circuit.cir").read_text()
    assert "VBT1 " in cir and "; battery" in cir.split("VBT1", 1)[1].splitlines()[0]


def test_a_relation_whose_object_is_unread_is_listed_never_said_among_the_subjects():
    # "near the ruffled border": before, every lysosome was made adjacent to every nucleus of the list
    s = parse("A cell with 4 nuclei, 6 lysosomes near the ruffled border and 3 mitochondria.",
              allow_unknown=True, domain="cell")
    assert not [r for r in s.relations if r.kind == "adjacent"]
    assert "near the ruffled border" in [n.text for n in s.not_drawn]


def test_a_distance_given_as_the_time_light_takes_is_read_in_light_hours(tmp_path):
    import json
    from nesy.pipeline import generate
    r = generate("Draw Saturn and Uranus going round the Sun. Sunlight takes roughly 1.32 hours to reach Saturn and "
                 "about 2.66 hours to reach Uranus.", out_dir=tmp_path / "o", controls=False)
    assert r.passed
    sol = json.loads((tmp_path / "o" / "orbits.json").read_text())["solution"]
    # 1 light-hour = c × 3600 s = 1.07925e9 km; 1 AU = 1.495978707e8 km
    assert sol["saturn"]["a_au"] == pytest.approx(1.32 * 1.0792528488e12 / 1.495978707e11, rel=1e-6)
    assert sol["uranus"]["a_au"] == pytest.approx(2.66 * 1.0792528488e12 / 1.495978707e11, rel=1e-6)


def test_a_lower_case_comet_name_is_read_the_same_after_other_texts_used_the_word():
    # the words a process has read must not change how a later text is read: spaCy's string store grows with
    # every text, so "encke" read once (in any text) had made the name an English word in the next one
    parse("Comet encke and Earth orbit the Sun.", allow_unknown=True)
    s = parse("draw the sun with earth at one au comma comet encke at two point two two au full stop",
              allow_unknown=True)
    assert [e.name for e in s.entities if e.kind == "comet"] == ["Encke"]
