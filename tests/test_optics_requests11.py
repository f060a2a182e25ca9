"""requests-11 optics failures, own phrasings: a length between the article and the noun of the thing placed before
the element is its height ("A 3 cm letter is held …", "a 2 cm screw is placed …"), never its distance; a length
whose number was not read ("several centimetres") is refused by name, never another length taken for the distance;
optical power in dioptres gives f = 1/P. (Lengths in words, "one and a half centimetres tall", "half a metre", are
the shared number reader's: tests/test_numbers_requests11.py.)"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from nesy.errors import NesyError
from nesy.registry import get_domain

D = get_domain("optics")


def _facts(text: str) -> dict[str, float]:
    return {f["what"]: f["value"] for f in D.parse(text, allow_unknown=True).attr("facts") if f["value"] is not None}


@pytest.mark.parametrize("text,f,do,ho", [
    ("A converging lens of +5 dioptres. A 2 cm screw is placed 40 cm in front of it.", 20, 40, 2),
    ("A +2.5 D lens; a 6 cm figurine stands 0.6 m from the lens.", 40, 60, 6),
    ("Concave mirror, f = 15 cm. The 4 cm candlestick sits 45 cm in front of the mirror.", 15, 45, 4),
    ("A lens of power +4 dioptres: a 3 cm letter is held 0.5 m in front of it.", 25, 50, 3),
    ("A convex mirror with a radius of curvature of 40 cm. Object: 2.5 cm tall, 30 cm away.", -20, 30, 2.5),
])
def test_a_size_before_the_placed_noun_is_its_height(text, f, do, ho):
    got = _facts(text)
    assert abs(got.get("f", abs(got.get("R", 0)) / 2)) == pytest.approx(abs(f))
    assert got["do"] == pytest.approx(do) and got["ho"] == pytest.approx(ho)


def test_a_gap_is_not_a_height():
    # negative: "a 3 cm gap is left" is no object's size
    got = _facts("Converging lens, f = 10 cm. A 3 cm gap is left between the object and the lens.")
    assert "ho" not in got


@pytest.mark.parametrize("text", [
    "Converging lens, f = 10 cm. A 3 cm letter is held several centimetres in front of it.",
    "Concave mirror, f = 20 cm; a 2 cm pin is placed a few metres away.",
    "Diverging lens f = 10 cm, object 1 cm tall, some millimetres from the lens.",
])
def test_an_unread_distance_is_refused(text):
    with pytest.raises(NesyError, match="could not read"):
        D.parse(text, allow_unknown=True)


def test_cli_dioptre_lens_and_letter(tmp_path):
    text = "A trial lens of +2 dioptres (converging). A 4 cm letter is held 1.5 m in front of it. Draw the image."
    r = subprocess.run([sys.executable, "-m", "nesy", "generate", text, "-o", str(tmp_path), "--timeout", "120"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode in (0, 7), r.stderr
    o = json.loads((tmp_path / "optics.json").read_text())     # what was drawn: 1/di = 1/f − 1/do
    assert o["f_cm"] == pytest.approx(50) and o["do_cm"] == pytest.approx(150) and o["ho_cm"] == pytest.approx(4)
    assert o["di_cm"] == pytest.approx(75) and o["real"] is True and o["hi_cm"] == pytest.approx(-2)
