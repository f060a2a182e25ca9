"""nesy.microscopy.v1 from telegraphic notes (a comma list of count + noun + setting): detection picks
microscopy for "field", "nuclei" with a count, "overlaps allowed" and an image size ("1024x1024", "512 × 512
px", "512²"); the size is the figure's field; "overlaps allowed" is a permission (kept as read, nothing
drawn or checked: nesy's nuclei never overlap, which it allows). Notes of the other sciences, written the
same telegraphic way, keep their own science.

Phrasings are this file's own (none is an acceptance request)."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse
from nesy.registry import detect_domain


def _attrs(scene) -> dict:
    def dd(x):
        if isinstance(x, tuple) and x and all(isinstance(i, tuple) and len(i) == 2 and isinstance(i[0], str)
                                              for i in x):
            return {k: dd(v) for k, v in x}
        return x
    return dd(scene.attributes)


@pytest.mark.parametrize("text,n,side", [
    ("crowded field, 40 nuclei, overlaps allowed, 512x512", 40, 512),
    ("60 nuclei, overlapping is fine, 1024 × 1024 px", 60, 1024),
    ("sparse field, 12 nuclei, overlap permitted, 256²", 12, 256),
    ("25 nuclei, overlaps ok, 768^2 px", 25, 768),
])
def test_telegraphic_note_is_microscopy_with_its_field_and_permission(text: str, n: int, side: int) -> None:
    assert detect_domain(text).key == "microscopy"
    s = parse(text)        # strict: every word read
    assert sum(1 for e in s.entities if e.kind == "nucleus") == n
    a = _attrs(s)
    assert (a["field"]["width"], a["field"]["height"]) == (side, side)
    assert "overlap" in a["imaging"]["overlap_allowed"]["text"]


def test_overlap_asked_for_is_still_not_drawn() -> None:
    # "two pairs of them overlap" asks for overlapping nuclei, which nesy does not draw: listed, never ignored
    s = parse("fluorescence image of 8 nuclei, two pairs of them overlap", allow_unknown=True)
    assert any("overlap" in n.text for n in s.not_drawn)
    assert "overlap_allowed" not in (_attrs(s).get("imaging") or {})


@pytest.mark.parametrize("text,science", [
    ("9 V battery, 3 resistors, 100 Ω each, series", "circuits"),
    ("12 V supply, 2 lamps, parallel", "circuits"),
    ("triangle ABC, AB = 5 cm, BC = 4 cm, right angle at B", "geometry"),
    ("circle, radius 3 cm", "geometry"),
    ("convex lens, f = 10 cm, object 25 cm away, 3 cm tall", "optics"),
    ("animal cell, 1 nucleus, 4 mitochondria", "cell"),
    ("Venn diagram, 3 sets, all overlapping", "sets"),
    ("sets A and B, 3 elements each, overlapping", "sets"),
    ("block on incline, 30°, 5 kg, friction", "mechanics"),
    ("NaCl, rock salt, a = 5.64 Å", "crystal"),
    ("Sun, Earth, Mars, orbits", "astronomy"),
])
def test_telegraphic_notes_of_other_sciences_keep_theirs(text: str, science: str) -> None:
    assert detect_domain(text).key == science


@pytest.mark.parametrize("text", [
    "30 nuclei, no overlaps allowed, 512x512",
    "30 nuclei, overlaps are not allowed",
    "field of 20 nuclei, overlap not allowed",
])
def test_permission_denied_is_no_overlap(text: str) -> None:
    s = parse(text)
    assert s.domain == "microscopy"
    im = _attrs(s)["imaging"]
    assert "no_overlap" in im and "overlap_allowed" not in im
