"""nesy.microscopy.v1 kinds of phrasing from outsiders' requests (issue 9, seventh set), each with phrasings of
its own (none is an acceptance request):

- a count given as an areal density over a field of physical size: N = density × area, rounded, said so
  (nesy/domains/microscopy_density.py); with no physical size the density is refused, naming it;
- a field in µm is no nucleus diameter ("a 200 µm × 200 µm field" was read as nuclei 200 µm across);
- "background haze" as the background's smooth shading (nesy/domains/microscopy_illumination.py), its strength
  from "a bit of"/"strong" or nesy's (said so);
- chatty context ("I'm running a practical …", "they need an image to count nuclei by hand …", "so it's not too
  easy") is read as no content: its nouns add no nuclei and its words are not refused.
"""
from __future__ import annotations

import pytest

from nesy.errors import InputError, UnsatisfiableError
from nesy.registry import get_domain

D = get_domain("microscopy")


def _total(text: str) -> int:
    s = D.parse(text, allow_unknown=True)
    return sum(1 for e in s.entities if e.kind == "nucleus")


@pytest.mark.parametrize("text, n, rounded", [
    # 0.25 mm × 0.25 mm = 0.0625 mm²; × 320 per mm² = 20
    ("a fluorescence image, 0.25 mm × 0.25 mm, 320 nuclei/mm²", 20, False),
    # 300 µm square = 0.09 mm²; × 250 per mm² = 22.5 → 23 (rounded half up)
    ("Hoechst-stained nuclei in a 300 µm square field, nuclear density 250/mm2", 23, True),
    # 512 px × 0.5 µm = 256 µm a side = 0.065536 mm²; × 150 = 9.83 → 10
    ("512 x 512 px at 0.5 µm per pixel, cell density of 150 nuclei per square millimetre", 10, True),
    # 0.04 mm² × 600 = 24
    ("an area of 0.04 mm² with 600 nuclei per mm², DAPI", 24, False),
])
def test_a_count_from_density_times_field_area(text: str, n: int, rounded: bool) -> None:
    s = D.parse(text, allow_unknown=True)
    assert sum(1 for e in s.entities if e.kind == "nucleus") == n
    note = s.attr("imaging")["areal_density"]["note"]
    assert "per mm²" in note and (f"rounded to {n}" in note) == rounded


def test_a_density_without_the_fields_physical_size_is_refused_naming_it() -> None:
    with pytest.raises(InputError, match="400 nuclei per mm²"):
        D.parse("DAPI nuclei at 400 nuclei per mm²")


def test_a_density_and_a_count_that_disagree_conflict() -> None:
    # 150 µm × 150 µm × 1000 per mm² = 22.5 → 23 nuclei, not 25
    from nesy.domains.microscopy import check_laws
    with pytest.raises(UnsatisfiableError, match="density of 1000"):
        check_laws(D.parse("a DAPI image of a 150 × 150 µm field, 25 nuclei, 4 of them touching, at a density of 1000 "
                "nuclei per mm²"))


def test_a_field_in_microns_is_no_nucleus_diameter() -> None:
    s = D.parse("a DAPI image of a 200 µm by 200 µm field with 14 nuclei")
    assert "diameter" not in s.attr("imaging") and _total("a DAPI image of a 200 µm by 200 µm field with 14 nuclei") == 14


@pytest.mark.parametrize("text, ratio", [
    ("a DAPI picture of 12 nuclei with a bit of background haze", 0.8),
    ("ten nuclei, some haze in the background", 0.6),
    ("Hoechst image, 9 nuclei, strong out-of-focus glow", 0.45),
])
def test_background_haze_is_the_backgrounds_smooth_shading(text: str, ratio: float) -> None:
    v = D.parse(text).attr("imaging")["illumination"]["value"]
    assert v["ratio"] == pytest.approx(ratio) and v["assumed"]


@pytest.mark.parametrize("text, n", [
    ("We're organising a workshop for new lab members and they need a test image to practise segmentation on. "
     "Please draw a Hoechst image with 11 nuclei, two of them touching.", 11),
    ("I'm giving a tutorial on image analysis and the students need a picture to count nuclei by eye. A DAPI "
     "image with 18 nuclei, a few clumped, so it's a bit tricky.", 18),
    ("For my class: a fluorescence picture with nine nuclei, three of them clumped together so that counting is "
     "not too simple.", 9),
])
def test_chatty_context_adds_no_nuclei(text: str, n: int) -> None:
    s = D.parse(text, allow_unknown=True)
    assert sum(1 for e in s.entities if e.kind == "nucleus") == n
    assert not [u.text for u in s.unknown if u.text.lower() in ("nuclei", "count", "easy", "tricky", "simple")]
