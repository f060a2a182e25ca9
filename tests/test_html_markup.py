"""HTML pasted from a web page or a learning platform is read as the text it marks up: character references
("5.64 &Aring;", "10&nbsp;&Omega;", "&minus;3") are their characters and inline tags ("R<sub>1</sub>",
"10<sup>8</sup>", "<b>four</b>") markup (requests-27: "&Aring;" was left as an unknown word). Every position
still maps back to the user's text."""
from __future__ import annotations

import pytest

from nesy.parse.markup import normalize
from nesy.pipeline import parse


@pytest.mark.parametrize("raw, plain", [
    ("a = 5.64 &Aring;", "a = 5.64 Å"),
    ("R = 10&nbsp;&Omega;", "R = 10 Ω"),
    ("&minus;3 and &#8745; and &#x222A;", "−3 and ∩ and ∪"),
    ("1.5&times;10<sup>8</sup> km", "1.5×10^8 km"),
    ("R<sub>1</sub> = 4 Ω", "R1 = 4 Ω"),
    ("<p>A cell.</p><p>A nucleus.</p>", "A cell.\nA nucleus.\n"),
])
def test_html_reads_as_its_text(raw: str, plain: str) -> None:
    assert normalize(raw).text == plain


@pytest.mark.parametrize("raw", ["a < b and c > d", "AT&T; B&B", "x <= 3"])
def test_text_that_is_no_html_is_left_alone(raw: str) -> None:
    """Guard: comparison signs and ampersands that name no character stay as written."""
    assert normalize(raw).text == raw


def test_a_circuit_in_html() -> None:
    s = parse("a 9&nbsp;V battery in series with R<sub>1</sub> = 10&nbsp;&Omega; and R<sub>2</sub> = 20 &Omega;",
              domain="circuits")
    vals = {e.id: dict(e.attributes).get("value") for e in s.entities}
    assert (vals["V1"], vals["R1"], vals["R2"]) == (9.0, 10.0, 20.0)
    r1 = next(e for e in s.entities if e.id == "R1")
    assert r1.span.text == "R<sub>1</sub> = 10&nbsp;&Omega;"     # the user's own characters


def test_a_lattice_constant_in_angstrom_entities() -> None:
    s = parse("the rock salt structure of NaCl with a = 5.64 &Aring;", domain="crystal")
    assert not s.to_dict()["not_drawn"] and s.attr("lattice")["a"] == 5.64
