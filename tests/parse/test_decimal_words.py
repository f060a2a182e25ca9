"""Decimals read aloud ("five point four three", "zero point seven five") are numbers, in every science that reads
numbers in words (nesy.parse.words); crystal reads them before a length unit that is no formula letter."""
from __future__ import annotations

import json
import subprocess
import sys
from fractions import Fraction

import pytest

from nesy.parse.words import scan_numbers


@pytest.mark.parametrize("text, value", [
    ("five point four three angstroms", Fraction(543, 100)),
    ("zero point seven five kg", Fraction(3, 4)),
    ("twenty-one point oh five m", Fraction(421, 20)),
    ("one hundred point five", Fraction(201, 2)),
])
def test_a_decimal_in_words_is_one_number(text, value):
    nums = scan_numbers(text)
    assert nums[0].value == value
    assert text.startswith(nums[0].text) and " point " in nums[0].text


@pytest.mark.parametrize("text", ["a point on the line", "mark the point P", "the two points A and B"])
def test_point_as_a_noun_is_no_number(text):
    assert all("point" not in n.text for n in scan_numbers(text))


def _gen(tmp_path, text):
    out = tmp_path / "o"
    p = subprocess.run([sys.executable, "-m", "nesy", "generate", text, "-o", str(out)], capture_output=True,
                       text=True, timeout=300)
    return p, out


def test_crystal_lattice_constant_in_words(tmp_path):
    p, out = _gen(tmp_path, "Draw the diamond cubic unit cell of germanium, lattice constant five point six six "
                            "angstroms.")
    assert p.returncode == 0, p.stderr
    assert json.loads((out / "scene.json").read_text())["attributes"]["lattice"]["a"] == pytest.approx(5.66)


def test_optics_and_astronomy_lengths_in_words(tmp_path):
    p, out = _gen(tmp_path, "A converging lens of focal length zero point two metres with an object two point "
                            "five metres away.")
    assert p.returncode == 0, p.stderr
    o = json.loads((out / "optics.json").read_text())
    assert o["f_cm"] == pytest.approx(20) and o["do_cm"] == pytest.approx(250)
    p, out = _gen(tmp_path, "A planet orbits its star at one point five AU.")
    assert p.returncode == 0, p.stderr
    assert json.loads((out / "orbits.json").read_text())["solution"]["planet1"]["a_au"] == pytest.approx(1.5)


def test_a_formula_letter_is_no_unit_for_a_number_in_words(tmp_path):
    # negative: "four A atoms" is four atoms of an element A, never a lattice constant of 4 Å
    p, _out = _gen(tmp_path, "Draw the CsCl structure with four A atoms at the corners.")
    assert p.returncode == 2
    assert "4 Å" not in p.stderr and "lattice" not in p.stderr
