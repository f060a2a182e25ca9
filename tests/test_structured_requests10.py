"""requests-10 front-end failures, own phrasings: the scaffolding of real documents (``nesy.parse.structured``).
Chat transcripts ("[3:05 PM] Priya: …", "14:20 <dev> …", "lgtm", "👍"), labels that number a part of the document
("Part 3:", "Table 2.", "(Objective 1)", "Q12:", "Exercise 4(b)"), Markdown tables (two columns, a count header,
more columns, a row that cannot be read), JSON objects (a "kind" key, nested objects, an automaton's transition
list, a member with no value) and blocks of ``key: value`` lines — each read as the statements it makes, its
scaffolding ignored with why, and near phrasings that are no such document left as they are."""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest

from nesy.parse.markup import normalize
from nesy.parse.structured import read_scaffolding
from nesy.pipeline import parse


def _kinds(text: str) -> Counter:
    return Counter(e.kind for e in parse(text, allow_unknown=True).entities)


def _read(text: str) -> str:
    return read_scaffolding(normalize(text))[0].text


def _why(text: str) -> dict[str, str]:
    return {n.text: n.why for n in parse(text, allow_unknown=True).no_content}


# ---------------------------------------------------------------------------------------------- chat
def test_chat_with_clock_times_and_an_acknowledgement_reads_the_request():
    text = ("[3:05 PM] Priya: could somebody draw a circuit with a 12 V battery and two 100 Ω resistors in series\n"
            "[3:06 PM] Ken: on it 👍")
    sc = parse(text, allow_unknown=True)
    k = Counter(e.kind for e in sc.entities)
    assert k["vsource"] == 1 and k["resistor"] == 2
    assert not sc.not_drawn
    why = {n.text: n.why for n in sc.no_content}
    assert "timestamp" in why["[3:05 PM] Priya:"] and "acknowledgement" in why["on it 👍"]


def test_chat_with_seconds_and_thanks():
    text = "[08:01:12] ana: cell with 4 mitochondria and a nucleus\n[08:01:30] ben: thanks!"
    k = _kinds(text)
    assert k["mitochondrion"] == 4 and k["nucleus"] == 1
    assert "thanks!" in _why(text)


def test_irc_style_chat():
    text = "14:20 <dev> Venn diagram of sets A and B overlapping\n14:21 <qa> lgtm"
    sc = parse(text, allow_unknown=True)
    assert {e.name for e in sc.entities if e.kind == "set"} == {"A", "B"}
    assert not sc.not_drawn
    assert set(_why(text)) >= {"14:20 <dev>", "14:21 <qa>", "lgtm"}


def test_a_clock_time_inside_a_sentence_is_no_chat():
    text = "Sets A and B overlap; the meeting is at 10:42 tomorrow"
    # (the time itself counts nothing: blanked as a time of day, nesy.parse.incidental, never as a chat stamp)
    assert _read(text) == "Sets A and B overlap; the meeting is  tomorrow"
    assert [n.why for n in read_scaffolding(normalize(text))[1].no_content] == ["a time of day, not a quantity"]


def test_someone_is_chat_only_when_asked_to_make_the_figure():
    why = _why("can someone draw a cell with 3 lysosomes")
    assert "someone" in why
    # an agent of a force stays with the science
    assert "somebody" not in _why("a 3 kg block on a frictionless floor; somebody pushes it with 12 N")


# ---------------------------------------------------------------------------------------------- labels
@pytest.mark.parametrize("text, kind, n", [
    ("Part 3: a cell with a nucleus and 5 ribosomes.", "ribosome", 5),
    ("Table 2. A cell with 2 lysosomes", "lysosome", 2),
    ("(Objective 1) Draw a cell with 4 mitochondria", "mitochondrion", 4),
    ("Experiment 3, part 1: draw a cell with 6 ribosomes", "ribosome", 6),
])
def test_a_label_number_counts_nothing(text, kind, n):
    sc = parse(text, allow_unknown=True)
    assert Counter(e.kind for e in sc.entities)[kind] == n
    assert not sc.not_drawn
    assert any("label" in x.why for x in sc.no_content)


def test_question_label_before_an_optics_problem():
    sc = parse("Q12: a converging lens of focal length 10 cm, object 30 cm away", allow_unknown=True)
    assert sc.domain == "optics" and not sc.not_drawn
    assert any(x.text == "Q12" for x in sc.no_content)


def test_exercise_with_a_lettered_part():
    assert "(b)" not in _read("Exercise 4(b) — draw a Venn diagram with sets A and B overlapping")


@pytest.mark.parametrize("text", [
    "a table 2 m long with a 5 kg box on it",
    "Q3: 5 µC on the left plate",
    "an experiment with 3 lenses",
    "a step 2 m high",
])
def test_a_label_word_before_a_quantity_is_no_label(text):
    assert _read(text) == text


# ---------------------------------------------------------------------------------------------- tables
def test_table_with_a_count_header():
    text = "A cell:\n\n| organelle | number |\n|---|---|\n| lysosome | 2 |\n| mitochondrion | 4 |"
    sc = parse(text, allow_unknown=True)
    k = Counter(e.kind for e in sc.entities)
    assert k["lysosome"] == 2 and k["mitochondrion"] == 4 and k["cell"] == 1
    assert not sc.not_drawn
    assert {n.text for n in sc.no_content} >= {"| organelle | number |", "|---|---|"}


def test_table_of_quantities_for_a_circuit():
    text = "| part | value |\n| --- | --- |\n| battery | 9 V |\n| resistor R1 | 100 Ω |"
    sc = parse(text, allow_unknown=True)
    vals = {e.kind: e.attr("value") for e in sc.entities if e.attr("value") is not None}
    assert vals == {"vsource": 9.0, "resistor": 100.0}


def test_table_with_more_columns_and_aligned_rule():
    k = _kinds("| cell | nuclei | mitochondria |\n|:--|--:|--:|\n| animal cell | 1 | 3 |")
    assert k["cell"] == 1 and k["nucleus"] == 1 and k["mitochondrion"] == 3


def test_an_unreadable_row_is_not_drawn_with_its_position():
    text = "| organelle | count |\n|---|---|\n| nucleus | 1 |\n| ribosome | 5 | extra |\n| lysosome |  |"
    sc = parse(text, allow_unknown=True)
    nd = {n.text: (n.start, n.end) for n in sc.not_drawn}
    assert "| ribosome | 5 | extra |" in nd and "| lysosome |  |" in nd
    a, b = nd["| ribosome | 5 | extra |"]
    assert text[a:b] == "| ribosome | 5 | extra |"
    assert Counter(e.kind for e in sc.entities)["ribosome"] == 0   # never invented from a broken row


def test_a_row_maps_back_to_its_cells():
    text = "| organelle | count |\n|---|---|\n| nucleus | 1 |\n| ribosomes | 7 |"
    sc = parse(text, allow_unknown=True)
    rib = [e for e in sc.entities if e.kind == "ribosome"]
    assert len(rib) == 7 and rib[0].span is not None
    assert text[rib[0].span.start:rib[0].span.end] == "| ribosomes | 7 |"


def test_a_transition_table_stays_for_automata():
    text = ("Draw the DFA given by this transition table:\n\n| state | a | b |\n|---|---|---|\n"
            "| q0 | q1 | q0 |\n| q1 | q1 | q0 |")
    assert _read(text) == text


def test_pipes_without_a_rule_row_are_no_table():
    text = "a cell with 3 nuclei | 2 lysosomes"
    assert _read(text) == text


# ---------------------------------------------------------------------------------------------- JSON
def test_json_with_a_kind_key_and_counts():
    sc = parse('{"kind": "plant cell", "chloroplasts": 3, "nucleus": 1}', allow_unknown=True)
    k = Counter(e.kind for e in sc.entities)
    assert k["chloroplast"] == 3 and k["nucleus"] == 1
    assert [e.attr("type") for e in sc.entities if e.kind == "cell"] == ["plant"]
    assert not sc.not_drawn


def test_json_nested_object():
    k = _kinds('{"cell": {"nucleus": 1, "ribosomes": 4}}')
    assert k["cell"] == 1 and k["nucleus"] == 1 and k["ribosome"] == 4


def test_json_for_a_micrograph():
    sc = parse('{"type": "fluorescence micrograph", "nuclei": 7}', allow_unknown=True)
    assert sc.domain == "microscopy" and Counter(e.kind for e in sc.entities)["nucleus"] == 7


def test_json_automaton_with_a_transition_list():
    text = ('{"states": ["s0","s1","s2"], "start": "s0", "accepting": ["s2"], "transitions": '
            '[["s0","a","s1"],["s1","b","s2"],{"from": "s2", "on": "a", "to": "s0"}]}')
    sc = parse(text, allow_unknown=True)
    assert {(t["source"], t["symbol"], t["target"]) for t in sc.attr("transitions")} == {
        ("s0", "a", "s1"), ("s1", "b", "s2"), ("s2", "a", "s0")}
    assert {s["state"] for s in sc.attr("starts")} == {"s0"}
    assert {s["state"] for s in sc.attr("accepts")} == {"s2"}


def test_json_member_without_a_value_is_not_drawn():
    text = '{"type": "animal cell", "nucleus": null, "lysosomes": 2}'
    sc = parse(text, allow_unknown=True)
    k = Counter(e.kind for e in sc.entities)
    assert k["lysosome"] == 2
    nd = [n for n in sc.not_drawn if "nucleus" in n.text]
    assert nd and text[nd[0].start:nd[0].end] == '"nucleus": null'


def test_an_unread_json_member_points_at_that_member_only():
    text = '{"type": "animal cell", "nucleus": 1, "mood": "grumpy"}'
    sc = parse(text, allow_unknown=True)
    assert [text[n.start:n.end] for n in sc.not_drawn] == ['"mood": "grumpy"']
    assert Counter(e.kind for e in sc.entities)["nucleus"] == 1


def test_set_braces_are_no_json():
    text = "A = {1, 2, 3} and B = {3, 4}"
    assert _read(text) == text


def test_json_cli_draws_the_dfa(tmp_path):
    text = ('{"states": ["p", "r"], "alphabet": ["x", "y"], "start": "p", "accept": ["r"], '
            '"delta": {"p": {"x": "r", "y": "p"}, "r": {"x": "r", "y": "p"}}}')
    out = tmp_path / "out"
    rc = subprocess.run([sys.executable, "-m", "nesy", "generate", text, "-o", str(out)],
                        capture_output=True, text=True, timeout=300).returncode
    assert rc == 0
    data = json.loads((out / "automaton.json").read_text())
    trans = {(t["from"], t["symbol"], t["to"]) for t in data["transitions"]}
    assert trans == {("p", "x", "r"), ("p", "y", "p"), ("r", "x", "r"), ("r", "y", "p")}
    assert data["start"] == ["p"] and data["accepting"] == ["r"]


# ---------------------------------------------------------------------------------------------- key: value
def test_key_value_crystal():
    sc = parse("structure: rock salt\ncompound: NaCl\na: 5.64 Å", allow_unknown=True)
    s = [e for e in sc.entities if e.kind == "structure"][0]
    assert s.attr("prototype") == "rock_salt" and s.attr("material") == "NaCl"
    assert not sc.not_drawn


def test_key_value_optics():
    sc = parse("element: converging lens\nfocal length: 10 cm\nobject distance: 30 cm", allow_unknown=True)
    assert sc.domain == "optics" and not sc.not_drawn
    assert Counter(e.kind for e in sc.entities)["lens"] == 1


def test_key_value_with_a_heading_line():
    k = _kinds("Cell parameters:\nkind: animal cell\nmitochondria: 3\nlysosomes: 2")
    assert k["mitochondrion"] == 3 and k["lysosome"] == 2


@pytest.mark.parametrize("text", [
    "a cell with 3 nuclei: two small and one large",
    "Given: m = 2 kg on a frictionless floor\nFind: the acceleration when pushed with 10 N",
    "Draw this: a cell\nwith 3 nuclei",
])
def test_no_key_value_document(text):
    assert _read(text) == text


# ---------------------------------------------------------------------------------------------- edges
def test_empty_and_huge_inputs():
    assert _read("") == ""
    big = "| organelle | count |\n|---|---|\n" + "| ribosome | 1 |\n" * 2000
    n, sc = read_scaffolding(normalize(big))
    assert n.text.count("1 ribosome") == 2000 and not sc.not_drawn
    assert n.span(0, 1)[0] >= len("| organelle | count |\n|---|---|\n")
