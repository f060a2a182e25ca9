"""requests-12 front-end failures, own phrasings: the wrappers a request arrives in (``nesy.parse.structured``
``_stamps``) — a notebook or ticket stamp (a date in any common form with the author's initials), a
transcript's speaker tags and cues, a museum or slide label, a code comment's or commit's wrapper — are
blanked, recorded as no content with why, and never read as content (the "K" of "D.K." is no potassium, the
"CO" of "CO-HOST" no carbon monoxide, the "5" of "Stop 5" no count). Recognised only by shape and place: a
date or number inside the request is read as before."""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest

from nesy.parse.markup import normalize
from nesy.parse.structured import read_scaffolding
from nesy.pipeline import parse


def _read(text: str) -> tuple[str, dict[str, str]]:
    norm, sc = read_scaffolding(normalize(text))
    return norm.text, {n.text: n.why for n in sc.no_content}


def _kinds(text: str) -> Counter:
    return Counter(e.kind for e in parse(text, allow_unknown=True).entities)


def _species(text: str) -> set[str]:
    return {e.name for e in parse(text, allow_unknown=True).entities if e.kind == "species"}


# ---------------------------------------------------------------------------------------------- notebook stamps
@pytest.mark.parametrize("text, stamp, rest", [
    ("2025-11-30 — J.S. — a 9 V battery with two 220 Ω resistors in series.", "2025-11-30 — J.S. —",
     "a 9 V battery"),
    ("12/01/2025, A.K.: fluorescence image with 7 nuclei", "12/01/2025, A.K.:", "fluorescence image"),
    ("Lab notebook, Oct 5 (S.B.): animal cell with 3 mitochondria", "Lab notebook, Oct 5 (S.B.):", "animal cell"),
    ("Tue 14 Jan 2025 09:30 - convex lens, f = 10 cm", "Tue 14 Jan 2025 09:30 -", "convex lens"),
    ("Homework answer key, 5/7: triangle ABC", "Homework answer key, 5/7:", "triangle ABC"),
    ("9/12 - P.R. & T.W. - DFA over {a, b}", "9/12 - P.R. & T.W. -", "DFA over"),
    ("draw a cell\nMarch 3rd 2026 - N.O.: with two nuclei", "March 3rd 2026 - N.O.:", "with two nuclei"),
])
def test_a_notebook_stamp_is_blanked_with_why(text, stamp, rest):
    plain, why = _read(text)
    assert "stamp" in why[stamp]
    assert stamp not in plain and rest in plain


def test_initials_are_no_elements_and_the_date_no_count():
    # "P.N." holds phosphorus and nitrogen, "K.C." potassium and carbon: read as content they made a second
    # structure; the year made a count of 2025
    assert _species("Dec 3, 2025 - P.N. - please draw a bcc unit cell of iron, a = 2.87 Å.") == {"Fe"}
    assert _species("11/20/2025 K.C. - XRD says fcc copper, a = 3.61 Å; draw the unit cell.") == {"Cu"}
    k = _kinds("2025-10-01, B.N.: an animal cell with 4 mitochondria and one nucleus, for the poster")
    assert k["mitochondrion"] == 4 and k["nucleus"] == 1


def test_a_stamped_circuit_is_drawn_whole_from_the_cli(tmp_path):
    text = "6/3 - R.T. - bench test: 9 V battery in series with a 100 Ω and a 470 Ω resistor. Draw the schematic."
    p = subprocess.run([sys.executable, "-m", "nesy", "generate", text, "-o", str(tmp_path)],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode in (0, 7), p.stderr
    scene = json.loads((tmp_path / "scene.json").read_text())
    kinds = Counter(e["kind"] for e in scene["entities"])
    assert kinds["vsource"] == 1 and kinds["resistor"] == 2
    assert "6/3" not in p.stderr and "R.T." not in p.stderr


@pytest.mark.parametrize("text", [
    "a 4/2 ratio of length to width",
    "1/2 - 1/3 = 1/6",                       # a sum, not a date before a dash
    "Feb 2 - 3 nuclei",                      # a range: no initials, a number after the dash
    "3/4, 1/2 and 1/4 of a pie",             # fractions, not a date before a comma
    "Mar 3 cm",
])
def test_a_date_or_fraction_inside_the_content_is_no_stamp(text):
    plain, why = _read(text)
    assert plain == text and not why


def test_counts_inside_the_request_are_read_as_before():
    k = _kinds("a cell with 2 nuclei, 3 mitochondria")
    assert k["nucleus"] == 2 and k["mitochondrion"] == 3
    assert _kinds("Draw 12 nuclei in a fluorescence image")["nucleus"] == 12


# ---------------------------------------------------------------------------------------------- transcripts
def test_speaker_tags_are_no_molecules():
    text = ("[podcast transcript, ep. 4] CO-HOST: So what does rock salt look like? HOST: Draw the NaCl "
            "structure, a = 5.64 Å. CO-HOST: Got it.")
    assert _species(text) == {"Na", "Cl"}
    plain, why = _read(text)
    assert "speaker" in why["CO-HOST:"] and "speaker" in why["[podcast transcript, ep. 4]"]
    assert "CO" not in plain


def test_clock_cues_mid_line_and_quoted_words():
    text = ("[00:03:10] INTERVIEWER: what should it show? [00:03:15] GUEST: 'An animal cell with two nuclei "
            "and 5 mitochondria.'")
    k = _kinds(text)
    assert k["nucleus"] == 2 and k["mitochondrion"] == 5
    plain, why = _read(text)
    assert "[00:03:15]" in why and "GUEST:" in why
    assert "quotation" in why["'"] and "'" not in plain


def test_a_narrators_words_end_at_the_closing_quote_before_the_next_sentence():
    plain, why = _read('Narrator (softly): "A DFA with states q0 and q1." Press 4 to continue.')
    assert plain.startswith("A DFA with states q0 and q1.") and '"' not in plain
    assert "Narrator (softly):" in why


@pytest.mark.parametrize("text", [
    "Speaker: 8 Ω, in series with a 12 V battery",   # a key and its value: a loudspeaker
    "the host lattice: NaCl",
    "a guest: one Ag atom in the cage",
])
def test_speaker_words_that_are_content_stay(text):
    plain, why = _read(text)
    assert plain == text and not why


# ---------------------------------------------------------------------------------------------- exhibit labels
def test_a_stop_number_counts_nothing_and_its_title_goes_with_the_narration():
    text = ("Stop 12, Light Bends. Narrator: 'A convex lens with focal length 8 cm; an object 3 cm tall stands "
            "20 cm from it.'")
    sc = parse(text, allow_unknown=True)
    assert Counter(e.kind for e in sc.entities)["lens"] == 1
    assert not sc.not_drawn
    why = {n.text: n.why for n in sc.no_content}
    assert "museum" in why["Stop 12, Light Bends."]


def test_a_station_with_a_quoted_title():
    text = ("Station 4 - 'Cells Up Close'. Narrator: \"Here is a plant cell with 5 chloroplasts and one "
            "nucleus.\"")
    sc = parse(text, allow_unknown=True)
    k = Counter(e.kind for e in sc.entities)
    assert k["chloroplast"] == 5 and k["nucleus"] == 1
    assert not sc.not_drawn  # "Station", the title's "Close", "Narrator" were words nesy could not draw
    assert "museum" in {n.text: n.why for n in sc.no_content}["Station 4 - 'Cells Up Close'."]


def test_a_title_without_a_narrator_may_say_what_is_drawn():
    plain, why = _read("Booth 3: Convex Lens. f = 10 cm, object 25 cm from it, 2 cm tall.")
    assert plain.startswith("Convex Lens.") and list(why) == ["Booth 3:"]


def test_stop_as_a_verb_is_content():
    plain, why = _read("Stop the block with a 5 N force")
    assert plain == "Stop the block with a 5 N force" and not why


# ---------------------------------------------------------------------------------------------- code comments
@pytest.mark.parametrize("text, wrapper, rest", [
    ("# TODO: draw a cell with 4 mitochondria", "# TODO:", "draw a cell"),
    ("// FIXME(lab): ray diagram for a convex lens", "// FIXME(lab):", "ray diagram"),
    ("/* circuit: 6 V battery and a 100 Ω resistor */", "/*", "circuit: 6 V"),
    ("fix(circuits): two 1 kΩ resistors in parallel with a 5 V battery", "fix(circuits):", "two 1 kΩ"),
    ("chore: Venn diagram of sets A and B", "chore:", "Venn diagram"),
])
def test_a_comment_or_commit_wrapper_is_blanked(text, wrapper, rest):
    plain, why = _read(text)
    assert "code comment" in why[wrapper] and plain.startswith(rest)
    assert "*/" not in plain


def test_a_commented_request_is_read():
    sc = parse("/* TODO: an animal cell with 4 mitochondria and 2 lysosomes */", allow_unknown=True)
    k = Counter(e.kind for e in sc.entities)
    assert k["mitochondrion"] == 4 and k["lysosome"] == 2
    assert not sc.not_drawn and {n.text for n in sc.no_content} == {"/* TODO:", "*/"}


@pytest.mark.parametrize("text", [
    "# Animal cell\ndraw it with 3 mitochondria",   # a Markdown heading
    "fix the block on a 30° incline",
    "cell: animal\nstyle: flat colours",             # "style:" on a later line is a key
])
def test_no_comment_wrapper_in_plain_text(text):
    assert not [w for w in _read(text)[1].values() if "code comment" in w]


def test_the_next_lines_of_a_comment_keep_its_marker():
    plain, why = _read("# TODO: draw this DFA\n# states q0, q1; q0 is the start state\n# q1 is accepting")
    assert plain == "draw this DFA\nstates q0, q1; q0 is the start state\nq1 is accepting"
    plain, _ = _read("// FIXME: an animal cell\n// with 3 mitochondria")
    assert plain == "an animal cell\nwith 3 mitochondria"
    # without an opening comment, a "#" line is a Markdown heading, left to the markup reader
    assert _read("# Animal cell\n# with 3 nuclei")[0] == "# Animal cell\n# with 3 nuclei"
