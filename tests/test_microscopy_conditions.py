"""Imaging conditions of a micrograph (nesy/domains/microscopy_conditions.py): the channel colour, noise,
focus, brightness and contrast a text states — of the image or of the nuclei a phrase names — and what was
imaged (cell lines), read, painted and measured back from the pixels. The phrasings are written fresh for
each kind (not the acceptance sentences): imperatives, word order, number words, abbreviations, a typo."""
from __future__ import annotations

import io
from collections import Counter
from dataclasses import replace

import numpy as np
import pytest
from PIL import Image

from nesy.errors import InputError, UnsupportedError
from nesy.registry import get_domain
from nesy.types import _freeze

D = get_domain("microscopy")


def _nuclei(scene):
    return [e for e in scene.entities if e.kind == "nucleus"]


def _imaging(scene) -> dict:
    return {k: (v.get("value") if isinstance(v, dict) else v) for k, v in (scene.attr("imaging") or {}).items()}


# ---------------------------------------------------------------- parse: image conditions

@pytest.mark.parametrize("text, n, want", [
    ("make a microscopy picture of 9 nuclei in the blue channel with a little blur", 9,
     {"channel": "blue", "focus": "slight"}),
    ("Twelve nuclei, green, noisy, slightly out of focus, fluorescence", 12,
     {"channel": "green", "noise": "high", "focus": "slight"}),
    ("DAPI image, 20 nuclei, SNR of 12, sharp", 20, {"noise": {"snr": 12.0}, "focus": "sharp"}),
    ("render a noise-free greyscale micrograph with 7 nuclei", 7, {"noise": "none", "channel": "grey"}),
    ("fluorescence image of 30 nuclei in red, low contrast, heavily blurred", 30,
     {"channel": "red", "contrast": "low", "focus": "strong"}),
    ("a micrograph of 15 nuclei with a Gaussian blur of 2.5 px and realistic camera noise", 15,
     {"focus": {"sigma_px": 2.5}, "noise": "realistic"}),
    ("Fluorescent image: 10 nuclei, magenta, low noise", 10, {"channel": "magenta", "noise": "low"}),
])
def test_image_conditions_are_read(text: str, n: int, want: dict) -> None:
    s = D.parse(text)
    assert len(_nuclei(s)) == n and not s.unknown
    got = _imaging(s)
    for k, v in want.items():
        assert got.get(k) == v, (k, got)


@pytest.mark.parametrize("text", ["20 nuclei in blue, shown in red", "a noisy, noise-free image of 5 nuclei"])
def test_two_values_of_one_condition_are_refused_by_name(text: str) -> None:
    with pytest.raises(InputError, match="one (channel|noise) per image"):
        D.parse(text)


def test_an_snr_below_the_rose_criterion_is_refused_by_name() -> None:
    with pytest.raises(UnsupportedError, match="SNR 2"):
        D.parse("fluorescence image of 10 nuclei, SNR 2")


# ---------------------------------------------------------------- parse: per-object conditions

@pytest.mark.parametrize("text, n, attr, want", [
    ("A widefield image of 20 nuclei, three of them out of focus.", 20, "focus", {"blurred": 3}),
    ("Micrograph of 25 nuclei where 4 are blurry", 25, "focus", {"blurred": 4}),
    ("12 nuclei, one of which is very out of focus", 12, "focus", {"strong": 1}),
    ("fluorescence: sixteen nuclei; two of them slightly defocused", 16, "focus", {"slight": 2}),
    ("Fluorescence micrograph of 30 nuclei; one nucleus is much brighter than the rest.", 30, "brightness",
     {"much_brighter": 1}),
    ("Hoechst image with 20 nuclei; 2 nuclei appear dimmer than the others", 20, "brightness", {"dim": 2}),
    ("Generate 14 DAPI nuclei, five of them bright", 14, "brightness", {"bright": 5}),
    ("DAPI image of 18 nuclei, two of them brighter and larger than the others.", 18, "brightness", {"bright": 2}),
])
def test_a_count_of_the_nuclei_with_a_condition(text: str, n: int, attr: str, want: dict) -> None:
    s = D.parse(text)
    nuc = _nuclei(s)
    assert len(nuc) == n and not s.unknown
    assert dict(Counter(e.attr(attr) for e in nuc if e.attr(attr))) == want
    if "larger" in text:
        assert sum(1 for e in nuc if e.attr("size") == "large" and e.attr("brightness")) == 2


def test_an_adjective_for_every_nucleus_is_an_image_level() -> None:
    s = D.parse("A microscopy image of ten nuclei, all slightly blurred")
    assert Counter(e.attr("focus") for e in _nuclei(s)) == {"slight": 10}
    s = D.parse("generate microscope image with 8 nuclei, with realistic noise and a bit of blur")
    assert _imaging(s)["focus"] == "slight" and not any(e.attr("focus") for e in _nuclei(s))


# ---------------------------------------------------------------- parse: specimens and imaging words

@pytest.mark.parametrize("text, n, line", [
    ("Fluorescence micrograph of 20 U2OS nuclei.", 20, "U2OS"),
    ("DAPI-stained HEK293T cells, 15 nuclei.", 15, "HEK293T"),
    ("micrograph of 30 MCF7 nuclei, Hoechst", 30, "MCF-7"),
    ("widefield image of twelve nuclei of NIH 3T3 cells, fluorescence", 12, "NIH/3T3"),
    ("a confocal picture of 9 A549 nuclei taken with a 63x/1.4 oil objective", 9, "A549"),
])
def test_a_cell_line_is_an_attribute_of_the_nuclei(text: str, n: int, line: str) -> None:
    s = D.parse(text)
    assert len(_nuclei(s)) == n and not s.unknown
    assert not [e for e in s.entities if e.kind == "cell"]        # "HEK293T cells" names the specimen
    spec = (s.attr("imaging") or {})["specimen"]
    assert spec[0]["line"] == line and spec[0]["cellosaurus"].startswith("CVCL_")
    assert "fitted default" in spec[0]["size_note"]                 # no cited size: said so


@pytest.mark.parametrize("text, n", [
    ("Confocal slice through a cell monolayer showing 15 nuclei stained with DAPI", 15),
    ("A z-slice of 25 nuclei in a 40x field of view, fluorescence", 25),
    ("10 nuclei, four of them elongated, imaged with a 63x objective, DAPI", 10),
    ("fluorescence image of 6 nuclei, NA 1.4, oil immersion", 6),
    ("an epifluorescence micrograph of 11 mouse fibroblast nuclei", 11),
])
def test_imaging_words_draw_nothing_and_are_no_unknown(text: str, n: int) -> None:
    s = D.parse(text)
    assert len(_nuclei(s)) == n and not s.unknown


def test_detection_reads_nuclei_with_conditions_as_a_micrograph() -> None:
    from nesy.pipeline import parse
    for text in ("Simulate 20 nuclei, green (GFP), low noise, sharp focus.",
                 "Show nine nuclei in the blue channel, sharp, noise-free.",
                 "12 nuclei, two of them out of focus, imaged at 40x"):
        assert parse(text).domain == "microscopy", text


# ---------------------------------------------------------------- render and verify

def _make(text: str, seed: int = 0):
    scene = D.parse(text)
    layout = D.solve(scene, seed=seed)
    return scene, layout, D.render(layout, scene, controls=False).png


def _failed(scene, layout, png) -> set[str]:
    return {c.law for c in D.verify(png, scene, layout).checks if not c.passed}


def _checked(scene, layout, png) -> set[str]:
    return {c.law for c in D.verify(png, scene, layout).checks}


def _plain(layout):
    """The layout as painted without any stated condition."""
    ex = dict(layout.extras)
    ex.pop("imaging", None)
    ells = [{k: v for k, v in dict(e).items() if k not in ("blur_px", "level")} for e in layout.extra("ellipses")]
    ex["ellipses"] = ells
    return replace(layout, extras=_freeze(ex))


def test_blue_channel_noise_and_blur_are_drawn_and_measured() -> None:
    scene, layout, png = _make("microscope picture of 8 nuclei in the blue channel, realistic noise, some blur")
    rgb = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))
    from nesy.domains.microscopy_marks import blank
    rgb = blank(rgb, layout.extra("marks"))[0]     # the white scale bar is no part of the channel (issue 12)
    assert rgb[..., 2].max() > 50 and rgb[..., 0].max() == 0 and rgb[..., 1].max() == 0
    assert not _failed(scene, layout, png)
    assert {"channel_colour", "noise_sd", "nucleus_focus", "image_focus"} <= _checked(scene, layout, png)
    # the same text gives the same bytes
    assert _make("microscope picture of 8 nuclei in the blue channel, realistic noise, some blur")[2] == png


def test_a_grey_image_fails_a_stated_colour_and_blur() -> None:
    scene, layout, png = _make("fluorescence image of 10 nuclei in green, out of focus")
    assert not _failed(scene, layout, png)
    grey = D.render(_plain(layout), scene, controls=False).png
    assert {"channel_colour", "nucleus_focus", "image_focus"} <= _failed(scene, layout, grey)


def test_the_out_of_focus_nuclei_are_the_blurred_ones() -> None:
    scene, layout, png = _make("Widefield image of 14 nuclei; two of them out of focus, fluorescence")
    assert not _failed(scene, layout, png)
    focus = [c for c in D.verify(png, scene, layout).checks if c.law == "nucleus_focus"]
    assert len(focus) == 14
    blurred = {e.id for e in _nuclei(scene) if e.attr("focus")}
    assert len(blurred) == 2 and min(c.observed for c in focus if c.args[0] in blurred) > \
        max(c.observed for c in focus if c.args[0] not in blurred)
    # painted all in focus, the two stated nuclei fail
    flat = D.render(_plain(layout), scene, controls=False).png
    bad = {c.args[0] for c in D.verify(flat, scene, layout).checks if c.law == "nucleus_focus" and not c.passed}
    assert bad == blurred


def test_the_brighter_nucleus_is_measured_against_the_rest() -> None:
    scene, layout, png = _make("fluorescence micrograph with 12 nuclei, one nucleus much brighter than the others")
    assert not _failed(scene, layout, png)
    flat = D.render(_plain(layout), scene, controls=False).png
    assert "nucleus_brightness" in _failed(scene, layout, flat)


def test_no_noise_and_a_stated_snr_are_measured() -> None:
    scene, layout, png = _make("a noise-free fluorescence image of 9 nuclei")
    assert not _failed(scene, layout, png)
    noisy = D.render(_plain(layout), scene, controls=False).png
    assert "noise_sd" in _failed(scene, layout, noisy)
    scene, layout, png = _make("DAPI micrograph of 12 nuclei at an SNR of 15")
    assert not _failed(scene, layout, png) and "snr" in _checked(scene, layout, png)


def test_without_conditions_the_figure_is_unchanged() -> None:
    scene, layout, png = _make("a fluorescence micrograph of 12 nuclei")
    assert layout.extra("imaging") is None and all("blur_px" not in dict(e) for e in layout.extra("ellipses"))
    assert Image.open(io.BytesIO(png)).mode == "L"
    laws = _checked(scene, layout, png)
    assert not laws & {"channel_colour", "noise_sd", "nucleus_focus", "nucleus_brightness", "image_contrast"}


# ---------------------------------------------------------------- density

@pytest.mark.parametrize("text, n, field", [
    ("A confluent monolayer of nuclei, DAPI", None, 256),           # no count: the count that covers it
    ("Image of nuclei at high density, Hoechst", None, 256),
    ("a densely packed fluorescence image of 40 nuclei", 40, None),  # a count: the field that covers it
    ("crowded field of 60 nuclei, two of them touching", 60, None),
])
def test_a_dense_field_is_drawn_dense_and_measured(text: str, n, field) -> None:
    scene, layout, png = _make(text)
    W, H = layout.extra("field")
    nuc = _nuclei(scene)
    if n is not None:
        assert len(nuc) == n and W == H and W < 256 * 2
    else:
        assert W == field and len(nuc) > 34           # more than the fitted real density (34 per 256²)
    assert not _failed(scene, layout, png) and "nuclei_coverage" in _checked(scene, layout, png)


def test_a_dense_field_the_count_cannot_fill_is_refused_by_name() -> None:
    # no pixel size is stated, so the scale is free: 3 nuclei make a dense 512² field only at ~190 px each
    # (a 12 µm nucleus at 0.065 µm/px), beyond the largest nuclei nesy draws (layout/microscopy.yaml scale_max)
    from nesy.errors import UnsupportedError
    with pytest.raises(UnsupportedError) as e:
        D.parse("Draw a dense field of 3 nuclei in a 512x512 image, fluorescence")
    assert "dense" in str(e.value) and "3 nuclei" in str(e.value)


def test_dense_words_are_read_as_a_micrograph() -> None:
    from nesy.pipeline import parse
    s = parse("dense culture with 80 nuclei")
    assert s.domain == "microscopy" and len(_nuclei(s)) == 80 and _imaging(s)["density"] == "dense"


# ---------------------------------------------------------------- sizes in µm

@pytest.mark.parametrize("text, n, window", [
    ("A DAPI image of 15 nuclei, each roughly 12 um across, pixel size 0.5 µm", 15, (21.6, 26.4)),
    ("fluorescence micrograph of 25 nuclei 8-12 microns wide at 0.4 µm/px", 25, (20.0, 29.078)),
    ("a micrograph of 12 nuclei with a diameter of 8 µm, 0.35 µm per pixel", 12, (20.57, 25.14)),
])
def test_a_diameter_in_um_with_a_pixel_size_is_drawn_and_measured(text: str, n: int, window) -> None:
    scene, layout, png = _make(text)
    nuc = _nuclei(scene)
    assert len(nuc) == n and not scene.unknown
    lo, hi = (float(v) for v in nuc[0].attr("size")[5:].split("-"))
    assert abs(lo - window[0]) < 0.05 and abs(hi - window[1]) < 0.05
    for e in layout.extra("ellipses"):
        if e["kind"] == "nucleus":
            assert window[0] - 0.05 <= 2 * (e["a"] * e["b"]) ** 0.5 <= window[1] + 0.05
    assert not _failed(scene, layout, png) and "nucleus_diameter_um" in _checked(scene, layout, png)


def test_a_diameter_without_a_pixel_size_says_the_scale_it_assumed() -> None:
    scene, layout, png = _make("nuclei about 10 µm in diameter, 20 of them, fluorescence")
    d = scene.attr("imaging")["diameter"]
    assert d["um_per_px"] > 0 and "no pixel size is stated" in d["assumed"]
    assert all(e.attr("size") is None for e in _nuclei(scene))     # the fitted sizes, nothing invented
    assert not _failed(scene, layout, png)


def test_a_diameter_nesy_cannot_draw_at_that_pixel_size_is_refused_by_name() -> None:
    with pytest.raises(UnsupportedError, match="'5 µm' with 'a pixel size of 0.1 µm'"):
        D.parse("Simulate 10 nuclei of 5 µm at a pixel size of 0.1 µm, DAPI")


# ---------------------------------------------------------------- "some of them …"

@pytest.mark.parametrize("text, touching, focus", [
    ("18 nuclei, some of them touching, fluorescence", 1, 0),
    ("fluorescence image containing 18 nuclei (Hoechst), some of them touching", 1, 0),
    ("DAPI image, 20 nuclei; some of which are out of focus", 0, 2),
    ("A micrograph of 16 nuclei. Some of the nuclei are slightly blurred.", 0, 2),
])
def test_some_of_them_is_the_fewest_a_plural_allows_and_said(text: str, touching: int, focus: int) -> None:
    s = D.parse(text)
    assert sum(r.kind == "touching" for r in s.relations) == touching
    assert sum(1 for e in _nuclei(s) if e.attr("focus")) == focus
    assert s.attr("imaging")["assumed"][0]["read_as"] == 2


def test_some_alone_is_no_count() -> None:
    assert len(_nuclei(D.parse("an image with some nuclei, fluorescence"))) == 34     # the fitted density


# ---------------------------------------------------------------- mitotic nuclei

@pytest.mark.parametrize("text, n, k", [
    ("A micrograph with 12 nuclei, 3 of which are mitotic", 12, 3),
    ("Draw 12 nuclei, three of the nuclei are dividing, DAPI", 12, 3),
    ("fluorescence image of 20 nuclei with two mitotic nuclei", 20, 2),
    ("DAPI: 15 nuclei, one in metaphase", 15, 1),
])
def test_mitotic_nuclei_are_drawn_condensed(text: str, n: int, k: int) -> None:
    s = D.parse(text)
    assert len(_nuclei(s)) == n and not s.unknown
    assert Counter((e.attr("size"), e.attr("brightness")) for e in _nuclei(s))[("small", "bright")] == k


def test_mitotic_and_large_contradict_by_name() -> None:
    with pytest.raises(InputError, match="'mitotic'.*contradicts 'large'"):
        D.parse("25 nuclei, 4 of them large and mitotic, fluorescence")


def test_the_mitotic_nuclei_are_the_bright_ones_in_the_pixels() -> None:
    scene, layout, png = _make("Draw 12 nuclei, three of the nuclei are dividing, DAPI")
    assert not _failed(scene, layout, png)
    flat = D.render(_plain(layout), scene, controls=False).png
    assert "nucleus_brightness" in _failed(scene, layout, flat)


# ---------------------------------------------------------------- more phrasings of the kinds above

@pytest.mark.parametrize("text, focus", [
    ("I'd like a blurry DAPI image with 14 nuclei", "blurred"),         # an article before the adjective
    ("an out-of-focus micrograph showing 9 nuclei", "blurred"),
    ("Produce a noisy, slightly blurred fluorescence micrograph of thirty nuclei.", "slight"),
])
def test_an_image_adjective_before_the_image_word_is_never_dropped(text: str, focus: str) -> None:
    s = D.parse(text, allow_unknown=True)
    assert _imaging(s)["focus"] == focus


def test_a_later_count_is_of_the_group_that_can_hold_it() -> None:
    s = D.parse("A fluorescence picture with eleven nuclei where one nucleus is out of focus and two are very bright")
    nuc = _nuclei(s)
    assert len(nuc) == 11
    assert Counter((e.attr("focus"), e.attr("brightness")) for e in nuc) == \
        {(None, None): 8, ("blurred", None): 1, (None, "much_brighter"): 2}


def test_a_stated_snr_is_what_noise_words_beside_it_mean() -> None:
    s = D.parse("Simulate 50 nuclei, high background noise, SNR=6, fluorescence")
    assert _imaging(s)["noise"] == {"snr": 6.0}


@pytest.mark.parametrize("text, n, touching, channel", [
    ("Hoechst-stained nuclei, 8 of them, a couple touching each other", 8, 1, None),
    ("DAPI image of 14 nuclei; a couple of them touch", 14, 1, None),
    ("generate fluorescence microscope picture with fifty nucleus, blue colour", 50, 0, "blue"),
    ("a fluorescence image of 10 nuclei in false colour, green", 10, 0, "green"),
])
def test_a_couple_and_colour_words(text: str, n: int, touching: int, channel) -> None:
    s = D.parse(text)
    assert len(_nuclei(s)) == n and not s.unknown
    assert sum(r.kind == "touching" for r in s.relations) == touching
    assert _imaging(s).get("channel") == channel


@pytest.mark.parametrize("text", ["Fake DAPI picture with only one single nucleus in the center, please.",
                                  "a fluorescence image of one single nucleus"])
def test_one_single_nucleus_is_one(text):
    # "single" repeats the count before it (it was "the number 'one' counts nothing")
    from nesy.pipeline import parse
    scene = parse(text)
    assert scene.domain == "microscopy" and sum(1 for e in scene.entities if e.kind == "nucleus") == 1


@pytest.mark.parametrize("text, n", [
    ("Figure 6: DAPI-stained HeLa nuclei imaged at 60x (8 nuclei in the field of view).", 8),
    ("DAPI nuclei. There are 12 nuclei in the image.", 12),
])
def test_nuclei_named_then_counted_are_one_group(text, n):
    # the uncounted mention and its count are the same nuclei (they drew the default count plus the count)
    from nesy.pipeline import parse
    scene = parse(text)
    assert sum(1 for e in scene.entities if e.kind == "nucleus") == n
