"""Issue 12, REVIEW.md item 7 for circuits: reference designators typeset R₁, V₁, C₂ — the letter italic, its
numeral an upright subscript — and the value roman with its unit (ISO 80000-2 §3; Halliday, Resnick &
Walker ch. 27 set R₁, ℰ₁ so), drawn with ``Label.math`` through ``render.typography`` so the verifier's
label templates are the same glyphs; IEEE and IEC symbols both keep working. The style's
``designator_math`` turns it on; it is off by default (``layout/circuits.yaml`` says why: the subscript
numeral does not survive a degraded copy), where the labels stay as before."""
from __future__ import annotations

from dataclasses import replace

import pytest

from nesy.registry import get_domain
from nesy.render.style import variant
from nesy.render.svg import render_layout, to_svg
from nesy.render.typography import math_pieces

D = get_domain("circuits")
SERIES_PARALLEL = "A 9 V battery in series with R1 = 100 Ω and a parallel combination of R2 = 220 Ω and R3 = 330 Ω"
RC = "A 12 V source V1 in series with a 1 kΩ resistor R1, a 10 µF capacitor C2 and a closed switch S1"


@pytest.fixture
def typeset(monkeypatch):
    """The circuits style with ``designator_math: true`` (drawing and verifier read the same style)."""
    from nesy.render import style as S
    orig = S.science_style
    monkeypatch.setattr(S, "science_style", lambda sci, **kw: {**orig(sci, **kw), "designator_math": True}
                        if sci == "circuits" else orig(sci, **kw))


def _draw(text: str, symbols: str | None = None):
    scene = D.parse(text)
    with variant(symbols=symbols):
        lay = D.solve(scene)
        png = render_layout(lay, controls=False).png
    return scene, lay, png


@pytest.mark.parametrize("label,pieces", [
    ("R1 = 100 Ω", [("R", "italic"), ("1", "sub"), (" = 100 Ω", "")]),
    ("V1 = 9 V", [("V", "italic"), ("1", "sub"), (" = 9 V", "")]),
    ("C2 = 10 µF", [("C", "italic"), ("2", "sub"), (" = 10 µF", "")]),
    ("R12 = 2.2 kΩ, 3 A", [("R", "italic"), ("12", "sub"), (" = 2.2 kΩ, 3 A", "")]),
    ("S1", [("S", "italic"), ("1", "sub")]),
])
def test_designator_pieces(label: str, pieces: list) -> None:
    assert math_pieces(label) == pieces


@pytest.mark.parametrize("symbols", [None, "iec"])
def test_labels_typeset_and_verified(symbols: str | None, typeset) -> None:
    scene, lay, png = _draw(RC, symbols)
    assert lay.labels and all(lb.math for lb in lay.labels)
    svg = to_svg(lay)
    assert ('<tspan font-style="italic">R</tspan><tspan baseline-shift="sub" font-size="0.75em">1</tspan> = 1 kΩ'
            in svg)
    assert '<tspan font-style="italic">C</tspan><tspan baseline-shift="sub" font-size="0.75em">2</tspan>' in svg
    assert ('<tspan font-style="italic">V</tspan><tspan baseline-shift="sub" font-size="0.75em">1</tspan> = 12 V'
            in svg)
    with variant(symbols=symbols):
        v = D.verify(png, scene)
    assert v.passed, [c for c in v.checks if not c.passed]
    assert all(c.passed for c in v.checks if c.law == "component_label")


def test_label_drawn_plain_fails_the_template(typeset) -> None:
    """The verifier compares each label with its template drawn as the label is (italic letter, subscript
    numeral): the same text drawn plain ("R1 = 100 Ω" upright, on the line) is not nesy's label."""
    scene, lay, _png = _draw(SERIES_PARALLEL)
    plain = replace(lay, labels=tuple(replace(lb, math=False) for lb in lay.labels))
    v = D.verify(render_layout(plain, controls=False).png, scene)
    assert not v.passed and any(c.law == "component_label" and not c.passed for c in v.checks)


def test_changed_designator_digit_caught(typeset) -> None:
    """R1 drawn as R7 (its subscript changed): caught."""
    scene, lay, _png = _draw(SERIES_PARALLEL)
    labels = tuple(replace(lb, text=lb.text.replace("R1 ", "R7 ", 1)) for lb in lay.labels)
    v = D.verify(render_layout(replace(lay, labels=labels), controls=False).png, scene)
    assert not v.passed and any(c.law == "component_label" and not c.passed for c in v.checks)


def test_default_labels_plain_and_verified() -> None:
    """Off by default: labels as before (no tspans), verified; the same figure typeset fails the plain
    templates (the verifier reads the style the drawing used)."""
    scene, lay, png = _draw(SERIES_PARALLEL)
    assert not any(lb.math for lb in lay.labels)
    assert "<tspan" not in to_svg(lay)
    assert D.verify(png, scene).passed
    typeset_png = render_layout(replace(lay, labels=tuple(replace(lb, math=True) for lb in lay.labels)),
                                controls=False).png
    v = D.verify(typeset_png, scene)
    assert not v.passed and any(c.law == "component_label" and not c.passed for c in v.checks)


def test_deterministic_png(typeset) -> None:
    scene = D.parse(SERIES_PARALLEL)
    assert render_layout(D.solve(scene), controls=False).png == render_layout(D.solve(scene), controls=False).png
