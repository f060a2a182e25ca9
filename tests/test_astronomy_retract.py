"""Bodies the text takes back are not drawn (requests-14 astronomy-10, own phrasings): a retraction verb
("scrap / drop / remove / forget / no / not Earth", "instead of Mars"), a repair "I meant Mercury" replacing
the body named last, and a closing restatement after a correction ("So just Mercury and Venus.")."""
from __future__ import annotations

import pytest

from nesy.domains.astronomy_retract import retract
from nesy.registry import get_domain

D = get_domain("astronomy")


def _bodies(text: str) -> list[str]:
    return [e.id for e in D.parse(text, allow_unknown=True).entities if e.kind != "star"]


def _a(text: str) -> dict[str, float | None]:
    return {b[0][1] if False else dict(b)["id"]: dict(b)["a"]
            for b in dict(D.parse(text, allow_unknown=True).attributes)["bodies"]}


@pytest.mark.parametrize("text, kept, gone", [
    ("Show Mars at 1.52 AU, Earth at 1 AU and Jupiter at 5.2 AU around the Sun. Actually, drop Earth.",
     ["mars", "jupiter"], "earth"),
    ("Draw Mercury, Venus, Earth and Mars around the Sun. Remove Venus and Mars.", ["mercury", "earth"], "venus"),
    ("Sketch Saturn and Neptune round the Sun - no, forget Neptune, only Saturn and Uranus.",
     ["saturn", "uranus"], "neptune"),
    ("Orbits of Jupiter at 5.2 AU and Mars around the Sun; on second thought, scrap Mars.", ["jupiter"], "mars"),
    ("Draw Jupiter at 5.2 AU around the Sun, with Saturn instead of Mars.", ["jupiter", "saturn"], "mars"),
    ("Put Mercury and Mars around the Sun. Get rid of Mars please, add Venus.", ["mercury", "venus"], "mars"),
])
def test_a_retracted_body_is_not_drawn(text, kept, gone):
    ids = _bodies(text)
    assert gone not in ids
    assert ids == kept


@pytest.mark.parametrize("text, kept, gone", [
    ("Plot Mercury, Venus and Mars around the Sun. Sorry, I meant Jupiter, not Mars.",
     ["mercury", "venus", "jupiter"], "mars"),
    ("Plot Venus and Earth around the Sun. Oops, I mean Mars.", ["venus", "mars"], "earth"),
    ("Draw Mars around the Sun - wait, I meant Saturn.", ["saturn"], "mars"),
])
def test_a_repaired_name_replaces_the_body_named_last(text, kept, gone):
    assert _bodies(text) == kept


def test_the_retracted_value_goes_with_its_body_and_the_repair_keeps_its_own():
    a = _a("Draw Venus at 0.72 AU and Earth at 1 AU around the Sun. Wait - scrap Earth, I ment Mercury, "
           "at 0.39 AU. So just Mercury and Venus.")
    assert a == {"venus": 0.72, "mercury": 0.39}
    a = _a("Plot Mars at 1.5 AU and Saturn at 9.5 AU round the Sun. Hang on, forget Saturn - I meant Jupiter "
           "at 5.2 AU.")
    assert a == {"mars": 1.5, "jupiter": 5.2}


@pytest.mark.parametrize("text", [
    "Draw Earth at 1 AU and Mars at 1.5 AU around the Sun. Sorry - only Mars and Jupiter then.",
    "Draw Earth at 1 AU and Mars at 1.5 AU around the Sun. Oops. Just Mars and Jupiter.",
])
def test_a_restatement_after_a_correction_is_the_whole_set(text):
    assert _bodies(text) == ["mars", "jupiter"]


@pytest.mark.parametrize("text, ids", [
    # no correction: nothing is taken back
    ("Draw Venus, Earth and Mars around the Sun; Earth is the blue one.", ["venus", "earth", "mars"]),
    ("Draw an Earth-like planet at 1 AU and Mars around the Sun.", ["planet1", "mars"]),
    ("Draw Mercury and Venus around the Sun, only Mercury and Venus.", ["mercury", "venus"]),
    ("Draw Earth and Mars around the Sun with no moons.", ["earth", "mars"]),
    ("Mars is not as far out as Jupiter; draw both around the Sun.", ["mars", "jupiter"]),
    # put back after its retraction: drawn
    ("Draw Venus and Mars around the Sun. Drop Mars. Actually keep Mars too.", ["venus", "mars"]),
])
def test_near_phrasings_take_nothing_back(text, ids):
    assert _bodies(text) == ids


def test_the_blanked_spans_keep_offsets_and_say_why():
    names = {"earth": "Earth", "mars": "Mars", "venus": "Venus"}
    text = "Venus at 0.7 AU and Earth at 1 AU. Scrap Earth."
    kept, gone = retract(text, names)
    assert len(kept) == len(text)
    assert "Earth" not in kept and "1 AU" not in kept and "Venus at 0.7 AU" in kept
    assert any("takes Earth back" in w for _, _, w in gone)


def test_the_request_draws_mercury_and_venus_only(tmp_path):
    import json
    import subprocess
    import sys
    text = ("Draw Venus at 0.72 AU and Earth at 1 AU around the Sun. Wait - scrap Earth, I ment Mercury, at 0.39 AU. "
            "So just Mercury and Venus.")
    r = subprocess.run([sys.executable, "-m", "nesy", "generate", text, "-o", str(tmp_path), "--no-controls",
                        "--timeout", "120"], capture_output=True, text=True, timeout=240)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "verified" in r.stdout
    lay = (tmp_path / "layout.json").read_text()
    assert "earth" not in lay.lower() and "mercury" in lay.lower()
