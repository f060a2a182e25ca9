"""A strongly magnified image (|m| = 4–10) verifies: the object's height, read off its pixels to about a
pixel, sets the scale the image is checked in, so the head outline's mitre beyond the drawn tip (~1 px)
must not be counted as object height — ×5 it put a right image 9 px "short" (dev optics-14)."""
from __future__ import annotations

import json

import pytest

from nesy.pipeline import generate


@pytest.mark.parametrize("text,m", [
    ("A slide projector lens has f = 0.1 m. The 2 cm slide is 0.12 m from the lens. Find the size of the image "
     "on the screen.", -5.0),
    ("An object 1 cm tall is placed 11 cm from a converging lens of focal length 10 cm.", -10.0),
    ("A 5 mm insect sits 2.5 cm in front of a convex lens (f = 2 cm); draw the ray diagram.", -4.0),
    ("a converging lens, f=15cm, object 1 cm high at 18 cm", -5.0),
])
def test_a_magnified_real_image_verifies(text: str, m: float, tmp_path) -> None:
    r = generate(text, rounds=1, raise_on_fail=False, timeout_s=120, out_dir=tmp_path)
    assert r.passed, [c for c in r.verdict.checks if not c.passed]
    assert json.loads((tmp_path / "optics.json").read_text())["m"] == pytest.approx(m, rel=1e-6)
