"""A value stated by how it was obtained ("μk measured as 0.10", "focal length measured at 20 cm", "was found to be
2 AU") is read as stated (nesy.parse.repairs.value_copulas), in every science; without a number after it nothing
changes."""
from __future__ import annotations

import json

import pytest

from nesy.cli import main
from nesy.parse.repairs import value_copulas


@pytest.mark.parametrize("text", ["the block was found on the table", "measured at the top of the incline",
                                  "the lens is given as a thin lens", "a cell taken as typical"])
def test_no_number_no_change(text):
    assert value_copulas(text) == []


def _gen(tmp_path, text):
    out = tmp_path / "o"
    rc = main(["generate", text, "-o", str(out), "--no-controls"])
    return rc, out


def test_mechanics_coefficient_measured_as(tmp_path):
    rc, out = _gen(tmp_path, "Feb 9: pulled a 40 kg sled at a steady speed across snow by a horizontal rope; "
                             "μk measured as 0.10.")
    assert rc == 0
    body = json.loads((out / "forces.json").read_text())["bodies"][0]
    friction = next(f for f in body["forces"] if f["kind"] == "friction")
    assert friction["newtons"] == pytest.approx(0.10 * 40 * 9.80665)


def test_optics_focal_length_measured_at(tmp_path):
    rc, out = _gen(tmp_path, "A converging lens, focal length measured at 20 cm, with an object 30 cm away.")
    assert rc == 0
    assert json.loads((out / "optics.json").read_text())["f_cm"] == pytest.approx(20)


def test_astronomy_distance_found_to_be(tmp_path):
    rc, out = _gen(tmp_path, "A planet orbits the Sun; its distance was found to be 2 AU.")
    assert rc == 0
    assert json.loads((out / "orbits.json").read_text())["solution"]["planet1"]["a_au"] == pytest.approx(2)


@pytest.mark.parametrize("text, n", [
    ("fake DAPI frame for the segmentation test, n_nuclei = 12", 12),
    ("synthetic fluorescence image: nuclei_count: 30", 30),
    ("a DAPI image with num_nuclei = 7 and no overlap", 7),
])
def test_a_count_written_as_an_identifier(text, n):
    from nesy.pipeline import parse
    s = parse(text, allow_unknown=True)
    assert s.domain == "microscopy" and len(s.entities) == n


def test_an_identifier_without_a_value_after_it_is_left():
    from nesy.parse.repairs import count_names
    assert count_names("the n_nuclei column") == [] and count_names("see file_count.txt") == []
