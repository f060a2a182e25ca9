"""Issue 12, microscopy: the marks journals ask of a micrograph (J. Cell Biol. and Nature Portfolio figure
instructions; Pawley, Handbook of Biological Confocal Microscopy, ch. 4 for the pixel size) — a scale bar burned
into the image whose length in px is its µm over the pixel size, the stain the text names written on the image,
both checked from the pixels by the verifier and never read as nuclei; both off by the style switch
(layout/microscopy.yaml figure_marks) for training data."""
from __future__ import annotations

import base64
import io
import json
import re
import subprocess
import sys
from dataclasses import replace

import numpy as np
import pytest
from PIL import Image

from nesy.domains import microscopy_marks as MK
from nesy.errors import UnsupportedError
from nesy.registry import get_domain
from nesy.render.svg import render_layout
from nesy.types import _freeze

D = get_domain("microscopy")
BAR = "a DAPI-stained fluorescence micrograph of 12 nuclei, with a 10 µm scale bar"


def _make(text: str, seed: int = 0):
    scene = D.parse(text)
    layout = D.solve(scene, seed=seed)
    return scene, layout, D.render(layout, scene, controls=False)


def _arr(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


def _white_run(rgb: np.ndarray, bar) -> int:
    x0, y0, x1, y1 = bar
    g = rgb[..., :3].max(axis=2)
    best = 0
    for row in g[y0 - 2:y1 + 2, max(x0 - 12, 0):x1 + 12] > 200:
        run = 0
        for v in row:
            run = run + 1 if v else 0
            best = max(best, run)
    return best


def _failed(scene, layout, png) -> set[str]:
    return {c.law for c in D.verify(png, scene, layout).checks if not c.passed}


def _with_marks(layout, **changes):
    """The layout with its marks changed (to draw a wrong figure)."""
    mk = layout.extra("marks")
    for k, v in changes.items():
        mk[k.split("__")[0]][k.split("__")[1]] = v
    ex = dict(layout.extras)
    ex["marks"] = _freeze(mk)
    return replace(layout, extras=tuple(sorted(ex.items())))


def test_cli_draws_the_requested_bar_and_names_the_stain(tmp_path) -> None:
    out = tmp_path / "fig"
    r = subprocess.run([sys.executable, "-m", "nesy", "generate", BAR, "-o", str(out), "--pdf", "--timeout", "200"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr          # verified and complete: the bar is no longer "not drawn"
    scene = json.loads((out / "scene.json").read_text())
    assert not scene.get("unknown") and not scene.get("not_drawn")
    lay = json.loads((out / "ellipses.json").read_text())["marks"]
    um_px = 10.0 / 23.79                                    # assumed: the fitted median nucleus (23.79 px) is 10 µm
    sb = lay["scale_bar"]
    assert sb["px"] == round(10 / um_px) == 24 and sb["text"] == "10 µm (assumed)" and sb["requested"]
    # figure.svg: a rect of that length bottom right, the label and the stain's name as text
    svg = (out / "figure.svg").read_text()
    m = re.search(r'<rect id="scale_bar" x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)" fill="#ffffff"', svg)
    assert m and int(m.group(3)) == 24 and int(m.group(1)) + 24 > 256 * 0.9 and int(m.group(2)) > 256 * 0.9
    assert ">10 µm (assumed)</text>" in svg and 'id="channel_label"' in svg and ">DAPI</text>" in svg
    # figure.png: the bar burned in, 24 white px along a row; the label's pixels top left
    rgb = _arr((out / "figure.png").read_bytes())
    assert _white_run(rgb, sb["bar"]) == 24
    x0, y0, x1, y1 = lay["channel"]["text_box"]
    assert (rgb[y0:y1, x0:x1].max(axis=2) > 200).sum() >= 20 and lay["channel"]["corner"] == "top_left"
    # figure.pdf: text as text
    assert (out / "figure.pdf").stat().st_size > 0
    # caption.txt says what the bar rests on
    assert "scale bar 10 µm = 24 px" in (out / "caption.txt").read_text()
    verdict = json.loads((out / "verdict.json").read_text())
    got = {c["law"]: c for c in verdict["checks"]}
    assert got["scale_bar_length"]["passed"] and got["scale_bar_length"]["observed"] == 24
    assert got["nucleus_count"]["observed"] == 12        # neither the bar nor the text is a nucleus
    # the scene (its new "figure" attribute in the spec) and the image alone verify again: nesy verify
    r = subprocess.run([sys.executable, "-m", "nesy", "verify", str(out / "figure.png"), "--scene",
                        str(out / "scene.json")], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.parametrize("text, um, px, assumed, stain", [
    ("a fluorescence image of 15 GFP nuclei at 0.65 µm per pixel", 25.0, 38, False, "GFP"),
    ("a micrograph of 20 Hoechst 33342 stained nuclei imaged at 40x", 10.0, 62, True, "Hoechst 33342"),
    ("a fluorescence micrograph of 10 HeLa nuclei", 20.0, 48, True, None),
    ("a DAPI image of 12 nuclei, 10 µm in diameter", 20.0, 48, True, "DAPI"),
    ("a fluorescence micrograph of 9 nuclei with a scale bar of 500 nm at 0.1 µm per pixel", 0.5, 5, False, None),
])
def test_bar_length_is_um_over_pixel_size(text, um, px, assumed, stain) -> None:
    scene = D.parse(text)
    mk = MK.plan(scene)
    sb = mk["scale_bar"]
    assert sb["um"] == um and sb["px"] == round(um / sb["um_per_px"]) == px
    assert sb["text"].endswith("(assumed)") == assumed and bool(sb["assumed"]) == assumed
    if not sb["requested"]:                                 # a round length, 15–25 % of the width
        assert 0.15 <= um / sb["um_per_px"] / 256 <= 0.25
    assert (mk.get("channel") or {}).get("text") == stain   # named when the text names it, never invented


def test_magnification_is_camera_pixel_over_magnification() -> None:
    um_px, note = MK.pixel_size(D.parse("22 nuclei imaged at 40×, DAPI"))
    assert um_px == pytest.approx(6.5 / 40) and "6.5 µm camera pixel (assumed)" in note


def test_the_verifier_measures_the_bar_and_does_not_count_the_marks() -> None:
    scene, layout, r = _make(BAR)
    v = D.verify(r.png, scene, layout)
    assert v.passed, v.failed()
    got = {c.law: c for c in v.checks}
    assert got["nucleus_count"].observed == 12 and got["scale_bar_length"].observed == 24
    # without the layout (nesy verify IMAGE --scene) the marks are re-planned from the scene alone
    assert D.verify(r.png, scene).passed
    # a bar of the wrong length fails
    wrong = D.render(_with_marks(layout, scale_bar__bar=[214, 245, 248, 248]), scene, controls=False).png
    assert "scale_bar_length" in _failed(scene, layout, wrong)
    # no bar at all fails
    no_bar = D.render(replace(layout, extras=tuple((k, v) for k, v in layout.extras if k != "marks")), scene,
                      controls=False).png
    assert "scale_bar_length" in _failed(scene, layout, no_bar)


def test_a_wrong_label_is_read_and_fails() -> None:
    from nesy.see import ocr
    if not ocr.can_read_line():
        pytest.skip("no text recogniser installed")
    scene, layout, r = _make(BAR)
    bad = D.render(_with_marks(layout, scale_bar__text="30 µm (assumed)", channel__text="GFP"), scene,
                   controls=False).png
    failed = _failed(scene, layout, bad)
    assert {"scale_bar_label", "channel_label"} <= failed


def test_realism_still_tells_a_micrograph_from_a_mask() -> None:
    scene, layout, r = _make("a DAPI-stained fluorescence micrograph of 25 nuclei, three of them touching")
    assert D.verify(r.png, scene, layout).passed
    mask = render_layout(layout, controls=False).png
    assert {"micrograph_noise", "micrograph_texture"} <= _failed(scene, layout, mask)


def test_marks_move_off_nuclei_asked_for_in_their_corner() -> None:
    scene, layout, r = _make("a GFP fluorescence micrograph of 14 nuclei, 4 of them in the bottom right corner")
    assert layout.extra("marks")["scale_bar"]["corner"] == "bottom_left"
    assert D.verify(r.png, scene, layout).passed
    # no nucleus or cell reaches into a mark's box (with its clearance)
    import math
    for x0, y0, x1, y1 in MK.keep_out(layout.extra("marks")):
        for e in layout.extra("ellipses"):
            t = math.radians(e["theta"])
            hx = math.hypot(e["a"] * math.cos(t), e["b"] * math.sin(t))
            hy = math.hypot(e["a"] * math.sin(t), e["b"] * math.cos(t))
            assert not (e["cx"] + hx > x0 + 1e-6 and e["cx"] - hx < x1 - 1e-6 and e["cy"] + hy > y0 + 1e-6
                        and e["cy"] - hy < y1 - 1e-6), (e["id"], (x0, y0, x1, y1))


def test_a_bar_too_long_for_the_field_is_refused() -> None:
    with pytest.raises(UnsupportedError, match="200 µm scale bar"):
        D.solve(D.parse("a fluorescence micrograph of 9 nuclei with a 200 µm scale bar"))


def test_same_text_same_bytes() -> None:
    a, b = _make(BAR)[2], _make(BAR)[2]
    assert a.png == b.png and a.svg == b.svg


def test_style_switch_turns_both_marks_off(monkeypatch) -> None:
    monkeypatch.setitem(MK.style(), "scale_bar", False)
    monkeypatch.setitem(MK.style(), "channel_label", False)
    scene = D.parse(BAR, allow_unknown=True)
    # the requested bar is not drawn, and said so
    assert [u.text for u in scene.unknown] == ["a", "10", "µm", "scale", "bar"]
    layout = D.solve(scene, seed=0)
    assert layout.extra("marks") is None
    r = D.render(layout, scene, controls=False)
    rgb = _arr(r.png)
    assert rgb.max() < 200 and 'id="figure_marks"' not in r.svg     # no white bar, no text: the field alone
    assert D.verify(r.png, scene, layout).passed


def test_marks_off_for_training_data() -> None:
    with MK.marks_off():
        scene = D.parse("a DAPI-stained fluorescence micrograph of 12 nuclei")
        assert MK.plan(scene) is None and D.solve(scene, seed=0).extra("marks") is None
    assert MK.plan(scene) is not None


def test_the_diffusion_renderer_burns_the_same_marks() -> None:
    pytest.importorskip("torch")
    pytest.importorskip("diffusers")
    from nesy.micro.paint import paint
    from nesy.micro.renderer import MicroscopyRenderer
    from nesy.domains.microscopy import fitted
    scene = D.parse(BAR)
    layout = D.solve(scene, seed=0)
    painted = paint(layout, fitted()["realism"])

    def fake_pipe(control, cls, **kw):       # a "model" that returns the painted field, on the [-1, 1] scale
        import torch
        return torch.tensor(painted[None, None].astype(np.float32) / 127.5 - 1.0)
    r = MicroscopyRenderer(device="cpu", steps=1, pipe=fake_pipe).render(layout, scene, seed=0, attempt=0)
    rgb = _arr(r.png)
    assert _white_run(rgb, layout.extra("marks")["scale_bar"]["bar"]) == 24
    assert 'id="scale_bar"' in r.svg and ">DAPI</text>" in r.svg
    assert D.verify(r.png, scene, layout).passed


def test_an_image_without_its_layout_is_read_on_what_the_text_asks() -> None:
    """``nesy verify IMAGE --scene``: nesy's marks are read when its bar is there; another image without them is
    judged on the text alone, except for a scale bar the text itself asks for."""
    scene, layout, r = _make(BAR)
    bare_layout = replace(layout, extras=tuple((k, v) for k, v in layout.extras if k != "marks"))
    bare = D.render(bare_layout, scene, controls=False).png
    assert "scale_bar_length" in {c.law for c in D.verify(bare, scene).failed()}      # asked for, missing
    plain_scene = D.parse("a DAPI-stained fluorescence micrograph of 12 nuclei")
    v = D.verify(bare, plain_scene)
    assert v.passed and not any("label" in c.law or "scale_bar" in c.law for c in v.checks)


@pytest.mark.parametrize("text, kept", [
    ("Hoechst image, 64 x 64 px: 3 nuclei", set()),
    ("Hoechst image, 128 x 128 px: 7 big nuclei, plus 2 tiny ones", {"scale_bar"}),
])
def test_a_small_field_keeps_room_for_its_nuclei(text, kept) -> None:
    scene, layout, r = _make(text)
    marks = layout.extra("marks") or {}
    assert set(marks) == kept and D.verify(r.png, scene, layout).passed
    if kept:      # too narrow for "(assumed)": an asterisk, explained in caption.txt
        assert marks["scale_bar"]["text"].endswith("*")
        assert D.artifacts(layout, scene)["caption.txt"].decode().count("* scale bar") == 1
