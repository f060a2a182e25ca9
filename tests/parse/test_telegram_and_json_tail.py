"""A telegram's STOP ends its sentences; a JSON object followed by a comment
('// draw exactly this DFA', '# …') or by an arrow pointing back at it ('<- free-body diagram from this please')
is still the JSON object (requests-14 cell-10, automata-08, mechanics-02)."""
from __future__ import annotations

from collections import Counter

from nesy.parse.markup import normalize
from nesy.parse.structured import read_scaffolding
from nesy.pipeline import parse


def _read(text: str) -> str:
    return read_scaffolding(normalize(text))[0].text


def test_a_telegram_reads_as_sentences():
    t = _read("NEED FIGURE STOP ONE CELL STOP ONE NUCLEUS STOP TWO CONTRACTILE VACUOLES STOP NO FLAGELLA STOP")
    assert "STOP" not in t and t.count(".") == 5
    k = Counter(e.kind for e in parse("ONE CELL STOP ONE NUCLEUS STOP TWO MITOCHONDRIA STOP",
                                      allow_unknown=True).entities)
    assert k["cell"] == 1 and k["nucleus"] == 1 and k["mitochondrion"] == 2


def test_one_stop_is_a_word():
    assert _read("Draw a cell. STOP the timer.") == normalize("Draw a cell. STOP the timer.").text


def test_a_json_object_with_a_comment_after_it_is_read_as_json():
    t = _read('{"states": ["q0", "q1"], "start": "q0", "accept": ["q1"], '
              '"delta": {"q0": {"a": "q1"}, "q1": {"a": "q0"}}}  // toggles - draw exactly this DFA')
    assert "q0 goes to q1 on a" in t and "toggles" not in t and "//" not in t
    t2 = _read('{"body": "box", "mass_kg": 5}  <- free-body diagram from this please')
    assert "box" in t2 and "free-body diagram from this please" in t2 and "{" not in t2
    # not JSON at all: left as written
    assert _read("{a, b} // a set") == normalize("{a, b} // a set").text


def test_a_csv_header_gives_its_column_a_unit():
    from nesy.parse.documents import _head_unit
    assert [_head_unit(h) for h in ("semi major axis km", "mass (kg)", "a [pm]", "set b", "body")] == \
        ["km", "kg", "pm", "", ""]
    sc = parse("body,central,semi_major_axis_km\nMercury,Sun,5.79e7\nSaturn,Sun,1.43e9\n"
               "(plot these two orbits from the CSV above)", allow_unknown=True)
    assert sc.domain == "astronomy"
    assert {e.name for e in sc.entities} >= {"Mercury", "Saturn"}
