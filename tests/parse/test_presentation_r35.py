"""Presentation and style written among a request's facts (held-out requests-35, now development data).

A user of a figure tool says how the figure should look — type sizes, image sizes, the page, the file, colours,
line styles, captions to print, what to leave off — in the same sentences as the facts. Before, "12 pt" was read as
a second body, "1200 px wide" as a count over the limit, "for an A4 handout" as element A, "a year-9 worksheet" as a
unitless 9 cm, a quoted caption's "Two animal cells" as two more cells, "Capacitor in blue" as a second capacitor,
"no grid" as a denial the figure would contradict, and a request dense with colours as "too little understood".
Each test is a wording of its own, not a held-out text.
"""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest

from nesy.errors import NesyError, UnsatisfiableError
from nesy.parse.incidental import CAPTION, PRESENTATION, incidental_numbers
from nesy.parse.presentation import denies_only_presentation, is_style_word
from nesy.pipeline import generate, parse


def _spans(text: str) -> list[str]:
    return [text[a:b] for a, b, _why in incidental_numbers(text)]


@pytest.mark.parametrize("text, span", [
    ("labels in 11 pt Arial", "11 pt Arial"),
    ("arrows 2pt thick", "2pt"),
    ("a 10-point font", "10-point"),
    ("export it 1600 × 900 px", "1600 × 900 px"),
    ("a PNG 800 px wide", "800 px wide"),
    ("print at 600 dpi", "600 dpi"),
    ("a 12-bit TIFF", "12-bit"),
    ("for a 4:3 slide", "4:3"),
    ("keep a 1:1 aspect", "1:1"),
    ("for an A3 poster, portrait", "A3"),
    ("printed on US Letter", "US Letter"),
    ("fills at 40 % opacity", "40 % opacity"),
    ("(85 mm single column)", "85 mm single column"),
    ("for my grade-6 class", "grade-6"),
    ("Landscape, 6 by 4 inches, 150 dpi.", "6 by 4 inches"),
    ("SVG please", "SVG"),
    ("a transparent background", "transparent background"),
    ("Labels in Calibri.", "Calibri"),
    ("Title: 'Three planets'", "'Three planets'"),
    ("with the caption \"Two cells dividing\" below", "\"Two cells dividing\""),
    ("wires in three colours", "three colours"),
    ("Two colours only, black and teal", "Two colours only"),
])
def test_a_setting_of_the_drawing_is_no_quantity(text, span):
    assert any(span in got for got in _spans(text)), _spans(text)


@pytest.mark.parametrize("text", [
    "a 1:10 dilution", "a rectangle 4 by 5 inches", "a 3 cm side", "Pt atoms at the corners", "three times as far",
    "an orbital period of 2 years", "a 2:1 mixture", "a cell labelled 'N'", "Set C has three colours: red and blue",
])
def test_quantities_and_names_stay(text):
    assert _spans(text) == []


@pytest.mark.parametrize("phrase, only", [
    ("no grid", True), ("no title, no legend", True), ("Don't label anything", True), ("nothing labelled", True),
    ("no labels on the ribosomes", True), ("no background colour", True),
    ("no chloroplasts", False), ("not logarithmic", False), ("none overlapping", False), ("don't", False),
])
def test_a_negation_of_presentation_denies_nothing_drawn(phrase, only):
    assert denies_only_presentation(phrase) is only


def test_style_words():
    assert all(is_style_word(w) for w in ("navy", "Dashed", "pastel", "monochrome", "legend"))
    assert not any(is_style_word(w) for w in ("nucleus", "resistor", "lens", "orbit", "two"))


def _kinds(text: str, domain: str | None = None) -> Counter:
    return Counter(e.kind for e in parse(text, domain=domain, allow_unknown=True).entities)


def test_type_and_image_sizes_add_nothing_to_the_figure():
    k = _kinds("A 3 kg crate hangs from one rope. Arrow labels in 14 pt Georgia, 1000 px wide PNG.")
    assert k  # read as mechanics: one body (a "14 pt" second body was refused)
    s = parse("Sun with Venus and Earth. Planet names in 12 pt, orbits thin grey.", allow_unknown=True)
    assert sorted(e.id for e in s.entities if e.kind != "star") == ["earth", "venus"]


def test_a_class_year_and_a_page_are_no_lengths():
    s = parse("For a year-8 worksheet: a square with sides of 6 cm, centred on an A4 handout, 11 pt labels.",
              allow_unknown=True)
    assert s.domain == "geometry"


def test_a_quoted_caption_is_no_fact():
    assert _kinds("One animal cell with a nucleus and two mitochondria. Caption below: 'Three animal cells'.")["cell"] == 1


def test_a_request_dense_with_style_is_drawn():
    s = parse("A plant cell with a nucleus and a vacuole. Soft pastel colours, thin dark outlines, wide white margin, "
              "no title, no legend.", allow_unknown=True)
    assert s.domain == "cell" and {"nucleus", "vacuole"} <= {e.kind for e in s.entities}


def test_a_part_styled_after_its_noun_is_the_part_named_before():
    s = parse("A 6 V battery with a 220 Ω resistor and a 47 µF capacitor in series. Resistor as a zigzag, "
              "capacitor in dark green.", allow_unknown=True)
    k = Counter(e.kind for e in s.entities)
    assert k["resistor"] == 1 and k["capacitor"] == 1


def test_nearest_neighbours_away_is_the_contact_distance(tmp_path):
    # bcc iron: d = a√3/2 = 2.8665 × 0.8660 = 2.482 Å (Kittel ch. 1); written rounded, it agrees with a
    ok = generate("bcc iron with a = 2.8665 Å; each atom has its nearest neighbours 2.48 Å away.")
    assert ok.verdict.passed
    with pytest.raises(UnsatisfiableError):
        generate("bcc iron with a = 2.8665 Å; each atom has its nearest neighbours 2.8665 Å away.")


def test_the_cli_draws_a_styled_request_and_lists_the_style(tmp_path):
    r = subprocess.run([sys.executable, "-m", "nesy", "generate",
                        "Converging lens, f = 10 cm, object 25 cm from it. Rays in red, 10 pt labels, no grid, SVG.",
                        "-o", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert r.returncode in (0, 7), r.stderr
    optics = json.loads((tmp_path / "optics.json").read_text())
    assert abs(optics["do_cm"]) == pytest.approx(25) and optics["di_cm"] == pytest.approx(50 / 3, rel=1e-3)
    assert "verified" in r.stdout and "no grid" in r.stdout + r.stderr


def test_a_metal_named_as_a_colour_is_no_second_structure():
    s = parse("Cesium chloride with a = 4.12 Å: Cs atoms in gold, Cl atoms in pale green.", allow_unknown=True)
    assert s.attr("formula") == "CsCl" and "gold" in [n.text for n in s.not_drawn]
    s = parse("rock-salt MgO, a = 4.21 Å; O large and red, Mg small and silver.", allow_unknown=True)
    assert s.attr("formula") == "MgO"
    with pytest.raises(NesyError):   # a second metal named as such is still a second structure
        parse("rock salt NaCl and silver", allow_unknown=True)


def test_resistance_as_a_mass_noun_is_no_part():
    s = parse("Expect some resistance from the class on this one: a 6 V battery across a 47 Ω resistor.",
              allow_unknown=True)
    assert [e.attr("value") for e in s.entities if e.kind == "resistor"] == [47.0]
    s = parse("a 6 V battery and a resistance of 47 Ω", allow_unknown=True)
    assert [e.attr("value") for e in s.entities if e.kind == "resistor"] == [47.0]


def test_planet_names_and_moon_labels_are_no_bodies():
    s = parse("The Sun with Venus, Earth and Mars; planet names in bold, moon labels off.", allow_unknown=True)
    assert sorted(e.id for e in s.entities if e.kind == "planet") == ["earth", "mars", "venus"]


def test_an_error_quotes_the_users_words_at_their_place():
    import re
    from nesy.errors import InputError
    text = "Logo for 'Salt & Pepper': a sun over a hill, transparent PNG, lettering no smaller than 24 pt."
    with pytest.raises(InputError) as e:
        parse(text, allow_unknown=True)
    for words, a, b in re.findall(r"'([^']+)' at (\d+)-(\d+)", str(e.value)):
        assert text[int(a):int(b)] == words, str(e.value)
