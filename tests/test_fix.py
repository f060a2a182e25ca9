"""The smallest fix of an impossible text as an edit of the user's words (nesy.fix), through explain."""
import subprocess
import sys

import pytest

from nesy.pipeline import explain, parse


@pytest.mark.parametrize("text,fixed", [
    # the relation's words go; the nucleus it introduced stays
    ("A cell with a nucleus left of the vacuole. The vacuole is left of the nucleus.",
     "A cell with a nucleus. The vacuole is left of the nucleus."),
    # a conflicting sentence goes whole, with its full stop
    ("A is a subset of B. B is a subset of A. A has an element x.", "B is a subset of A. A has an element x."),
    ("Mercury orbits farther from the Sun than Mars. Mars orbits farther than Mercury.",
     "Mars orbits farther than Mercury."),
    # a fix of two phrases goes together (either alone still conflicts), leaving no dangling words
    ("Draw a prokaryotic bacterium with a nucleus and two mitochondria.", "Draw a prokaryotic bacterium."),
    ("Draw an animal cell with a nucleus, a cell wall and 2 chloroplasts.", "Draw an animal cell with a nucleus."),
])
def test_the_fixed_text_edits_the_conflicting_words_and_still_reads(text, fixed):
    res = explain(text)
    assert not res["satisfiable"]
    assert res["fixed_text"]["text"] == fixed
    for d in res["fixed_text"]["deleted"]:
        assert text[d["start"]:d["end"]] == d["text"]
    # checked: the fixed text is satisfiable
    assert explain(fixed)["satisfiable"]


def test_a_conflict_proved_while_reading_gets_a_fix_too():
    res = explain("A 10 ohm resistor R1 and a 20 ohm resistor R1 in series with a 9 V battery.", domain="circuits")
    assert not res["satisfiable"] and res["fixed_text"] is not None
    s = parse(res["fixed_text"]["text"], domain="circuits", strict=False)
    assert [e.name for e in s.entities if e.kind == "resistor"] == ["R1"]


def test_explain_prints_the_checked_fixed_text(tmp_path):
    p = subprocess.run([sys.executable, "-m", "nesy", "explain",
                        "A cell with a nucleus left of the vacuole. The vacuole is left of the nucleus."],
                       capture_output=True, text=True, cwd=tmp_path)
    assert p.returncode == 3
    assert "fixed text (checked satisfiable): A cell with a nucleus. The vacuole is left of the nucleus." in p.stdout


def test_generate_offers_the_checked_fixed_text_too_in_its_one_line(tmp_path):
    p = subprocess.run([sys.executable, "-m", "nesy", "generate",
                        "A cell with a nucleus left of the vacuole. The vacuole is left of the nucleus.", "-o", "o"],
                       capture_output=True, text=True, cwd=tmp_path)
    assert p.returncode == 3
    assert "fixed text (checked satisfiable): A cell with a nucleus. The vacuole is left of the nucleus." in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1
