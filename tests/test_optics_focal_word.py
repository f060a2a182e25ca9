""""focal 12 cm", "focal: 10 cm": the focal length with its noun left out (requests-5 optics-10 read the 12 cm
as a second object distance and called "concave mirror, focal 12 cm, the object is put at 24 cm" impossible)."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


@pytest.mark.parametrize("text,f,do", [
    ("concave mirror, focal 12 cm, the object is put at 24 cm, where is image?", 12.0, 24.0),
    ("converging lens, focal: 10 cm, object 30 cm away", 10.0, 30.0),
    ("diverging lens (focal = -15 cm), object at 30 cm", -15.0, 30.0),
])
def test_focal_without_its_noun_is_the_focal_length(text: str, f: float, do: float) -> None:
    from nesy.types import _thaw
    facts = {d["what"]: d["value"] for d in _thaw(parse(text, strict=False).attr("facts"))}
    assert abs(facts["f"]) == abs(f) and facts["do"] == do, facts
