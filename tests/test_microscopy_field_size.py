"""A field of stated physical size fixes the image's scale (nesy.domains.microscopy_density.field_scale).

Before: "a field of view 120 µm wide with 5 nuclei" drew every nucleus 120 µm across (the field's width read as
the nuclei's diameter); "a 200 µm × 200 µm field" drew a scale bar at an assumed 10 µm nucleus that made the field
107 µm wide (verified); "1.2e-1 mm" was refused as a count.
"""
from __future__ import annotations

import json

import pytest

from nesy import pipeline
from nesy.cli import main
from nesy.errors import UnsatisfiableError


def _imaging(text: str) -> tuple[dict, dict]:
    g = pipeline.parse(text, domain="microscopy")
    a = json.loads(json.dumps(g.to_dict()["attributes"]))
    return a["field"], a["imaging"]


@pytest.mark.parametrize("text", [
    "A field of view 120 µm wide with 5 nuclei.",
    "A field of view 1.2e-1 mm wide with 5 nuclei.",
    "5 nuclei in a 120 µm field.",
    "A 1.2 × 10^-1 mm × 1.2e-1 mm field with 5 nuclei.",
    "The image is 0.12 mm across and shows 5 nuclei.",
])
def test_a_fields_width_is_the_fields_never_a_nucleus_diameter(text):
    field, im = _imaging(text)
    assert "diameter" not in im
    assert im["field_um"]["value"] == pytest.approx([120.0, 120.0])
    # the pixel size is the field's width over its px
    assert im["pixel_size"]["value"] * field["width"] == pytest.approx(120.0)


def test_stated_nucleus_diameter_and_field_width_share_one_scale():
    field, im = _imaging("Draw 5 nuclei, each 10 µm wide, in a field of view 120 µm wide.")
    assert im["diameter"]["value"] == [10.0, 10.0]
    s = im["pixel_size"]["value"]
    assert s * field["width"] == pytest.approx(120.0)
    assert im["diameter"]["um_per_px"] == pytest.approx(s)


def test_width_and_height_in_words():
    field, im = _imaging("A field of view 0.5 mm wide and 0.4 mm high with 12 nuclei.")
    assert im["field_um"]["value"] == pytest.approx([500.0, 400.0])
    assert field["width"] / field["height"] == pytest.approx(500 / 400, rel=0.01)


def test_field_in_px_and_in_um_must_agree():
    field, im = _imaging("A 512 x 512 px image, 200 µm across, with 12 nuclei.")
    assert (field["width"], field["height"]) == (512, 512)
    assert im["pixel_size"]["value"] == pytest.approx(200 / 512)
    with pytest.raises(UnsatisfiableError):
        pipeline.parse("A 512 x 256 px image of a 200 µm × 200 µm field with 12 nuclei.", domain="microscopy")


def test_cli_scale_bar_agrees_with_the_stated_field(tmp_path):
    out = tmp_path / "f"
    assert main(["generate", "A 200 µm × 200 µm field with 12 nuclei and a scale bar.", "-o", str(out)]) == 0
    scene = json.loads((out / "scene.json").read_text())
    W = scene["attributes"]["field"]["width"]
    s = scene["attributes"]["imaging"]["pixel_size"]["value"]
    assert W * s == pytest.approx(200.0)
    # the bar rests on the stated field, so it is not called assumed
    cap = out / "caption.txt"
    assert not cap.exists() or "scale bar" not in cap.read_text()
