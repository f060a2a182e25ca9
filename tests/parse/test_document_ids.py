"""Identifiers of the document a request sits in count nothing (``nesy.parse.structured._labels``): an issue
tracker's key ("OPT-77", "BIO-412"), a wiki template ("{{edit request}}") (a microscope field's number
"field 3:" is not: microscopy reads a list of fields, "Field 2: 22 nuclei … reproduce field 2"). They had been read as a value with no unit, a set's members in braces, a count of nothing."""
from __future__ import annotations

import pytest

from nesy.parse.markup import normalize
from nesy.parse.structured import read_scaffolding
from nesy.pipeline import parse


def _read(text: str) -> str:
    return read_scaffolding(normalize(text))[0].text


@pytest.mark.parametrize("text, gone", [
    ("Jira ticket OPT-77: diverging lens, f = 20 cm, object 30 cm away.", "OPT-77"),
    ("Issue: PHYS-1203 draw a converging lens with f = 10 cm", "PHYS-1203"),
    ("CELL-88  Draw a cell with a nucleus and two mitochondria.", "CELL-88"),
    ("{{edit request}} Please redraw: sets A and B overlap.", "{{edit request}}"),
    ("{{cite book|title=Biology}} A cell with a nucleus.", "{{cite book|title=Biology}}"),
])
def test_a_document_identifier_is_blanked(text, gone):
    assert gone not in _read(text)


@pytest.mark.parametrize("text", [
    "CO-2 laser beam",                 # no tracker key: a single letter group without a key's context
    "R1-10 resistor network",
    "a field 3 mm wide",               # a field that is measured
    "Let A = {1, 2, 3} and B = {3, 4}.",  # a set's roster in single braces stays
])
def test_near_phrasings_stay(text):
    assert _read(text) == text


def test_through_parse():
    s = parse('Jira ticket OPT-77: "Diverging lens demo. Focal length 20 cm (magnitude), object 5 cm high '
              'placed 30 cm from the lens. Show where the virtual image forms." Priority: Low.', allow_unknown=True)
    assert s.domain == "optics"
    s = parse("{{edit request}} The image is wrong. Please replace it with an Euler diagram: sets A and B overlap.",
              allow_unknown=True)
    assert sorted(e.name for e in s.entities) == ["A", "B"]


def test_a_chapter_abbreviation_labels_a_part():
    """requests-17 cell-01: a commit subject "… diagram for ch. 3" then "One liver cell …" was refused as two
    numbers in a row for one count; "ch. 3" names a chapter."""
    from nesy.pipeline import parse
    sg = parse("feat(figures): add hepatocyte diagram for ch. 3\n\nOne liver cell with one nucleus, six mitochondria, "
               "two peroxisomes and a single Golgi apparatus.\nMitochondria must sit outside the nucleus.",
               allow_unknown=True)
    kinds = [e.kind for e in sg.entities]
    assert (kinds.count("cell"), kinds.count("mitochondrion"), kinds.count("peroxisome")) == (1, 6, 2)
