"""A figure nesy does not draw is refused by name, typos included (dev geometry-09, geometry-10 were
refused with "the text names no figure")."""
from __future__ import annotations

import pytest

from nesy.domains.geometry import parse_geometry
from nesy.errors import InputError, UnsupportedError


@pytest.mark.parametrize("text,word,figure", [
    ("Sketch an ellipse whose axes are 6 cm and 4 cm.", "ellipse", "ellipse"),
    ("A quadrilatral ABCD with AB = 4 cm and BC = 3 cm", "quadrilatral", "quadrilateral"),
    ("Draw a regular pentagram with side 5 cm", "pentagram", "pentagram"),
    ("an oval about 6 cm across", "oval", "oval"),
])
def test_an_undrawn_figure_is_named(text: str, word: str, figure: str) -> None:
    with pytest.raises(UnsupportedError) as e:
        parse_geometry(text, allow_unknown=True)
    msg = str(e.value)
    assert msg.startswith(f"'{word}' at {text.index(word)}-{text.index(word) + len(word)}")
    assert f" {figure} is not a figure nesy draws" in msg


def test_no_figure_word_at_all_still_asks_for_one() -> None:
    with pytest.raises(InputError, match="names no figure"):
        parse_geometry("AB = 5 cm and angle A = 40°", allow_unknown=True)


@pytest.mark.parametrize("text,figure", [
    ("Rhombus ABCD with all sides 5 cm and angle A = 60°.", "rhombus"),
    ("Draw a paralellogram with sides of 6 cm and 4 cm and an angle of 70° between them.", "parallelogram"),
    ("a trapezium with parallel sides 8 cm and 5 cm, height 3 cm", "trapezoid"),
    ("I need a rhombus with diagonals 6 cm and 8 cm for my class", "rhombus"),
    ("PARALLELOGRAM PQRS, PQ = 7 cm, QR = 4 cm", "parallelogram"),
])
def test_quadrilaterals_once_refused_are_read(text: str, figure: str) -> None:
    """Parallelograms, rhombi and trapezoids are drawn now (geometry_quad), a misspelt name too."""
    assert parse_geometry(text, allow_unknown=True).attr("figure") == figure
