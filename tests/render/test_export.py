"""Publication outputs: PDF with text as text, PNG at a chosen DPI or width, through the CLI's door."""
from __future__ import annotations

import io
import json

import pytest

from nesy.cli import main
from nesy.errors import InputError
from nesy.render.export import check_export, export_pdf, export_png

LENS = "A converging lens with focal length 10 cm and an object 3 cm tall placed 25 cm in front of it"


@pytest.fixture(scope="module")
def lens_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("lens")
    assert main(["generate", LENS, "-o", str(out), "--pdf", "--dpi", "300"]) == 0
    return out


def test_pdf_keeps_text_as_text_at_the_natural_size(lens_dir):
    import pypdfium2
    svg = (lens_dir / "figure.svg").read_text()
    pdf = pypdfium2.PdfDocument(str(lens_dir / "figure.pdf"))
    assert len(pdf) == 1
    w_pt, h_pt = pdf[0].get_size()
    from PIL import Image
    w_px, h_px = Image.open(lens_dir / "figure.png").size
    assert (w_pt, h_pt) == pytest.approx((w_px * 0.75, h_px * 0.75), abs=0.5)  # 1 CSS px = 0.75 pt
    text = pdf[0].get_textpage().get_text_range()
    # every label the SVG draws is selectable text in the PDF
    import re
    for label in re.findall(r"<text[^>]*>([^<]+)</text>", svg):
        assert label.strip().split()[0] in text
    assert b"DejaVuSans" in (lens_dir / "figure.pdf").read_bytes()  # the shipped font is embedded


def test_print_png_has_the_asked_resolution(lens_dir):
    from PIL import Image
    small = Image.open(lens_dir / "figure.png")
    big = Image.open(lens_dir / "figure-print.png")
    # resvg rounds the height up: within one pixel of the exact proportion
    assert big.width == round(small.width * 300 / 96) and abs(big.height - small.height * 300 / 96) <= 1
    assert big.info["dpi"][0] == pytest.approx(300, abs=0.01)
    man = json.loads((lens_dir / "manifest.json").read_text())
    assert set(man["exports"]) == {"figure.pdf", "figure-print.png"}
    assert {"figure.pdf", "figure-print.png"} <= set(man["files"])
    # the print copy is itself read back and checked at its size (nesy.see), and says so
    assert man["exports"]["figure-print.png"]["verified"] is True
    assert man["exports"]["figure-print.png"]["failed_checks"] == []
    # anti-aliased: the print copy has intermediate tones the crisp verified PNG does not
    assert len(big.convert("RGB").getcolors(1 << 24)) > 2 * len(small.convert("RGB").getcolors(1 << 24))


def test_width_sets_pixels_and_keeps_the_aspect(lens_dir):
    svg = (lens_dir / "figure.svg").read_text()
    png, info = export_png(svg, width=640)
    from PIL import Image
    im = Image.open(io.BytesIO(png))
    assert im.width == 640 == info["width"]
    w0, h0 = Image.open(lens_dir / "figure.png").size
    assert abs(im.height - h0 * 640 / w0) <= 1


def test_exports_are_deterministic(lens_dir):
    svg = (lens_dir / "figure.svg").read_text()
    assert export_pdf(svg) == export_pdf(svg) == (lens_dir / "figure.pdf").read_bytes()
    assert export_png(svg, dpi=300)[0] == (lens_dir / "figure-print.png").read_bytes()


@pytest.mark.parametrize("dpi,width", [(0, None), (-5, None), (float("nan"), None), (float("inf"), None),
                                       (5000, None), (True, None), (None, 0), (None, 10 ** 7), (None, 12.5),
                                       (300, 800)])
def test_bad_resolutions_are_refused(dpi, width):
    with pytest.raises(InputError):
        check_export(dpi, width)


def test_a_too_large_export_is_refused_before_drawing(lens_dir):
    svg = (lens_dir / "figure.svg").read_text()
    with pytest.raises(InputError, match="past nesy's limit"):
        export_png(svg, dpi=2400)


def test_cli_refuses_bad_dpi_before_any_work(tmp_path, capsys):
    assert main(["generate", LENS, "-o", str(tmp_path / "x"), "--dpi", "0"]) == 2
    assert "--dpi" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_a_rerun_without_exports_removes_the_old_ones(tmp_path):
    out = tmp_path / "o"
    assert main(["generate", LENS, "-o", str(out), "--pdf", "--width", "500"]) == 0
    assert (out / "figure.pdf").is_file() and (out / "figure-print.png").is_file()
    assert main(["generate", LENS, "-o", str(out)]) == 0
    assert not (out / "figure.pdf").exists() and not (out / "figure-print.png").exists()


def test_a_print_copy_that_needs_a_missing_extra_is_reported_not_checked(tmp_path, monkeypatch, capsys):
    """No line reader (RapidOCR absent, nesy's own recogniser not allowed): a circuit's smoothed print copy
    cannot have its labels read. The verified figure is still written (exit 0); the copy is recorded as not
    checked, never as verified."""
    import importlib.util
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "rapidocr_onnxruntime" else real(name, *a))
    monkeypatch.setenv("NESY_OCR_ENGINE", "rapidocr")
    out = tmp_path / "c"
    assert main(["generate", "a 9 V battery in series with a 100 ohm resistor", "--dpi", "200", "-o", str(out)]) == 0
    pr = json.loads((out / "manifest.json").read_text())["exports"]["figure-print.png"]
    assert pr["verified"] is False and "nesy[ocr]" in pr["not_checked"]
    assert "not checked" in capsys.readouterr().err


def test_the_core_install_checks_a_circuits_print_copy(tmp_path, monkeypatch):
    """Core install (RapidOCR absent): nesy's own label recogniser reads the print copy's labels, so the copy
    is checked and recorded as verified."""
    monkeypatch.setenv("NESY_OCR_ENGINE", "learned")
    out = tmp_path / "c"
    assert main(["generate", "a 9 V battery in series with a 100 ohm resistor", "--dpi", "200", "-o", str(out)]) == 0
    pr = json.loads((out / "manifest.json").read_text())["exports"]["figure-print.png"]
    assert pr["verified"] is True and pr["failed_checks"] == []
