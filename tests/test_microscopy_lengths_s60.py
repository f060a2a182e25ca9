"""How people state a micrograph's lengths (session 60, requests-37 as development data), each tested on phrasings
other than the items': a sentence-final size ("with a diameter of 9 µm."), nuclei counted with no cell named (a
micrograph's population, not refused as out of scope), lengths in m, mm or nm and in scientific notation, a distance
between nuclei (not drawn, never a diameter), a diameter in pixels (alone, or restating one in µm, which gives the
pixel size), a stated grey level (not drawn, never a count), "nearly touching" (no contact), a misspelt filler word
(no sign of another science). Each mechanism has a guard: a near miss that must behave as before."""
from __future__ import annotations

import pytest

from nesy.errors import NesyError, UnsatisfiableError, UnsupportedError
from nesy.pipeline import generate, parse


def _scene(text: str, allow_unknown: bool = True):
    sg = parse(text, allow_unknown=allow_unknown)
    assert sg.domain == "microscopy", sg.domain
    return sg


def _imaging(text: str) -> dict:
    return _scene(text).attr("imaging") or {}


def _nuclei(text: str) -> int:
    return sum(1 for e in _scene(text).entities if e.kind == "nucleus")


# ------------------------------------------------------------------------------ a size at the end of a sentence
@pytest.mark.parametrize("text, d", [
    ("15 nuclei with a diameter of 9 µm.", 9.0),
    ("Show 10 nuclei. Each is 12 microns across.", 12.0),
    ("8 nuclei, diameter 11 um.", 11.0),
])
def test_sentence_final_size_is_read(text, d):
    assert list(_imaging(text)["diameter"]["value"]) == [d, d]


def test_pixel_size_at_sentence_end_is_read():
    im = _imaging("14 nuclei each about 8 µm in a 512 × 512 image at 0.325 µm/px.")
    assert im["pixel_size"]["value"] == pytest.approx(0.325)
    assert list(im["diameter"]["value"]) == [8.0, 8.0]


# ------------------------------------------------------------------------- nuclei counted, no cell named
@pytest.mark.parametrize("text, n", [
    ("Draw 11 nuclei.", 11),
    ("Nine round nuclei, 12 µm in diameter.", 9),
    ("Render twenty bright nuclei, about 10 µm across.", 20),
])
def test_counted_nuclei_alone_are_a_micrograph(text, n):
    assert _nuclei(text) == n


def test_nuclei_counted_in_a_cell_stay_the_cells():
    assert parse("A muscle cell with 12 nuclei.").domain == "cell"


# ------------------------------------------------------------------ lengths in any unit and notation, read in µm
@pytest.mark.parametrize("text, d, px", [
    ("10 nuclei, each 1.0e-5 m across.", 10.0, None),
    ("12 nuclei of 7000 nm diameter; pixel size 6.5e-7 m.", 7.0, 0.65),
    ("9 nuclei, 0.012 mm in diameter, at 5 × 10^-4 mm per pixel.", 12.0, 0.5),
])
def test_lengths_in_other_units_are_read_as_um(text, d, px):
    im = _imaging(text)
    assert list(im["diameter"]["value"]) == [pytest.approx(d), pytest.approx(d)]
    if px is not None:
        assert im["pixel_size"]["value"] == pytest.approx(px)


def test_a_restated_size_in_other_units_agrees():
    sg = _scene("13 nuclei of 7 µm (7000 nm, 0.007 mm).")
    assert list(sg.attr("imaging")["diameter"]["value"]) == [7.0, 7.0]


def test_a_wavelength_is_never_a_size():
    from nesy.domains.microscopy_lengths import lengths_in_um
    assert lengths_in_um("12 nuclei, DAPI excited at 405 nm with a 488 nm laser") == []
    assert lengths_in_um("a field of 0.04 mm² at 0.5 µm/px") == []     # an area, a rate: no length of their own
    assert lengths_in_um("nuclei 1.0e-5 m across") == [(7, 15, "10 µm")]


# ------------------------------------------------------------------------ a distance between nuclei, not drawn
@pytest.mark.parametrize("text, phrase", [
    ("Draw 11 nuclei, roughly 6 µm across and around 20 µm apart, in a field of 100 µm.", "20 µm"),
    ("9 nuclei, 10 µm in diameter, spaced 25 µm apart.", "25 µm"),
])
def test_a_spacing_is_not_a_diameter(text, phrase):
    sg = _scene(text)
    im = sg.attr("imaging")
    assert im["diameter"]["value"][0] in (6.0, 10.0)
    assert any(phrase in n.text for n in sg.not_drawn)


def test_two_different_sizes_still_conflict():
    with pytest.raises(NesyError, match="one diameter per image"):
        parse("11 nuclei, 6 µm across, and 9 nuclei 20 µm across.")


# --------------------------------------------------------------------------------------- a diameter in pixels
def test_a_px_diameter_alone_is_drawn_and_checked():
    res = generate("14 nuclei, each 25 px across, in a 512 × 512 px image.", raise_on_fail=False)
    assert res.passed
    chk = [c for c in res.verdict.checks if c.law == "nucleus_diameter_px"]
    assert len(chk) == 1 and chk[0].passed and 20 <= chk[0].observed <= 30


def test_a_px_diameter_restating_um_gives_the_pixel_size():
    im = _imaging("14 nuclei each about 8 µm (about 25 px) in a 512 × 512 image.")
    assert im["pixel_size"]["value"] == pytest.approx(8 / 25)
    assert im["diameter"]["um_per_px"] == pytest.approx(8 / 25)


def test_a_px_diameter_disagreeing_with_the_pixel_size_is_impossible():
    with pytest.raises(UnsatisfiableError) as e:
        parse("14 nuclei each 8 µm (40 px) at 0.325 µm/px.")
    assert {p["text"] for p in e.value.phrases} >= {"8 µm", "40 px"}


def test_a_px_diameter_out_of_range_is_refused():
    with pytest.raises(UnsupportedError, match="60 px across"):
        parse("14 nuclei, each 60 px across, in a 512 × 512 px image.")


def test_a_field_in_px_is_no_diameter():
    im = _imaging("14 nuclei in a 512 pixels square image.")
    assert "diameter_px" not in im


# --------------------------------------------------------------------------- grey levels, not drawn, no count
def test_a_grey_level_is_not_drawn_and_counts_nothing():
    sg = _scene("15 nuclei, 9 µm across, mean intensity 800 counts on a dark background.")
    assert sum(1 for e in sg.entities if e.kind == "nucleus") == 15
    assert any("800" in n.text for n in sg.not_drawn)


# ----------------------------------------------------------------------------- nearly touching: no contact
def test_nearly_touching_is_no_contact():
    sg = _scene("7 nuclei, each about 10 µm, nearly touching but not overlapping.")
    assert sum(1 for e in sg.entities if e.kind == "nucleus") == 7
    assert not [r for r in sg.relations if r.kind == "touching"]


def test_touching_still_needs_its_nuclei():
    with pytest.raises(NesyError, match="which nuclei touch"):
        parse("7 nuclei, each about 10 µm, touching but not overlapping.")


# ----------------------------------------------------------------- a misspelt filler word is no other science
def test_a_misspelt_filler_word_keeps_the_science():
    assert parse("7 nuclei, each roughtly 10 µm, well separated.", allow_unknown=True).domain == "microscopy"
