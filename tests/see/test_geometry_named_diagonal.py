"""A square drawn by another tool (PIL here), read by ``geometry_verify.verify_other`` (issue 10):
- "its diagonal AC" names one diagonal: the line must join the corners read as A and C — the other diagonal (BD)
  drawn passed while only "a diagonal is drawn" was checked (held-out set 4, three styles);
- "a square with its diagonal" names none: either is right;
- a caption beside a side ("Exercise 7B", "Figure 3") is no length label (OCR's "7" of it failed a correct
  figure as a side of length 7)."""
from __future__ import annotations

import io
import math

import pytest

PIL = pytest.importorskip("PIL")

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
# a square of side 240 px, A at the upper left, lettered clockwise on the page
PTS = [(160, 140), (400, 140), (400, 380), (160, 380)]


def _square(diag: tuple[int, int] | None, caption: str | None = None) -> bytes:
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("RGB", (560, 540), "white")
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT, 22)
    for i in range(4):
        d.line([PTS[i], PTS[(i + 1) % 4]], fill="black", width=3)
    if diag is not None:
        d.line([PTS[diag[0]], PTS[diag[1]]], fill="black", width=2)
    for (x, y), ch in zip(PTS, "ABCD"):
        ux, uy = x - 280, y - 260
        r = math.hypot(ux, uy)
        d.text((x + 28 * ux / r, y + 28 * uy / r), ch, fill="black", font=f, anchor="mm")
    d.text((280, 412), "4 cm", fill="black", font=f, anchor="mm")
    if caption:
        d.text((280, 100), caption, fill="black", font=f, anchor="mm")
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def _verify(png: bytes, text: str):
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    return get_domain("geometry").verify(png, parse(text, domain="geometry", allow_unknown=True))


def _failed(v):
    return [(c.law, c.args, c.observed) for c in v.failed()]


def test_the_named_diagonal_is_the_one_drawn():
    text = "A square ABCD with side 4 cm and its diagonal AC."
    v = _verify(_square((0, 2)), text)
    assert v.passed, _failed(v)
    assert any(c.law == "named_diagonal_drawn" and c.passed for c in v.checks)
    v = _verify(_square((1, 3)), text)
    assert not v.passed
    assert any(c.law == "named_diagonal_drawn" and not c.passed for c in v.checks), _failed(v)


def test_a_diagonal_not_named_may_be_either():
    v = _verify(_square((1, 3)), "A square ABCD with side 4 cm and its diagonal.")
    assert v.passed, _failed(v)
    assert not any(c.law == "named_diagonal_drawn" for c in v.checks)


def test_a_caption_over_a_side_is_no_length_label():
    from nesy.domains.geometry_verify import _parse_label
    assert _parse_label("Exercise 7B") is None and _parse_label("Figure 3") is None
    assert _parse_label("AB = 7 cm") == ("len", 7.0) and _parse_label("side 5") == ("num", 5.0)
    v = _verify(_square((0, 2), caption="Exercise 7B"), "A square ABCD with side 4 cm and its diagonal AC.")
    assert v.passed, _failed(v)
