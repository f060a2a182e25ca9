"""nesy.microscopy.v1: uneven illumination read (where the light is strongest, how much darker the darkest place
is), painted as a multiplicative flat-field profile and measured back from the pixels
(nesy/domains/microscopy_illumination.py). Phrasings of the kind, none of them an acceptance request."""
from __future__ import annotations

import numpy as np
import pytest

from nesy.domains import microscopy_illumination as IL
from nesy.errors import UnsupportedError
from nesy.registry import get_domain

D = get_domain("microscopy")


def _illum(text: str) -> dict:
    s = D.parse(text)
    return s.attr("imaging")["illumination"]["value"]


@pytest.mark.parametrize("text, bright, ratio, assumed", [
    ("16 nuclei, uneven illumination, brighter in the middle and darker at the edges", "centre", 0.6, True),
    ("a micrograph of 20 nuclei with vignetting", "centre", 0.6, True),
    ("ten nuclei; the illumination is non-uniform, brighter on the right side", "right", 0.6, True),
    ("25 nuclei with an illumination gradient, darker toward the bottom", "top", 0.6, True),
    ("12 nuclei, uneven lighting (brighter in the bottom-left corner)", "bottom left", 0.6, True),
    ("30 nuclei with vignetting, corners at 70 % of the centre", "centre", 0.7, False),
    ("18 nuclei, shading 25% darker at the corners", "centre", 0.75, False),
])
def test_uneven_illumination_is_read(text: str, bright: str, ratio: float, assumed: bool) -> None:
    v = _illum(text)
    assert (v["bright"], v["ratio"], v["assumed"]) == (bright, pytest.approx(ratio), assumed)


def test_an_illumination_too_dark_is_refused_naming_it() -> None:
    with pytest.raises(UnsupportedError, match="corners at 10 % of the centre"):
        D.parse("20 nuclei with vignetting, corners at 10 % of the centre")


@pytest.mark.parametrize("bright", ["centre", "left", "top right", "bottom"])
def test_field_and_check_agree(bright: str) -> None:
    # a flat background of 20 under the profile, with camera noise: the check reads the drawn ratio back,
    # and fails for a flat (evenly lit) image
    rng = np.random.default_rng(0)
    plan = {"bright": bright, "ratio": 0.6}
    f = IL.field(plan, 200, 160)
    assert f.max() <= 1.0 and f.min() >= 0.6 - 1e-9
    img = np.clip(np.rint(20.0 * f + rng.normal(0, 3, f.shape)), 0, 255)
    labels = np.zeros(f.shape, int)
    assert IL.check(img, labels, plan, "x").passed
    flat = np.clip(np.rint(20.0 + rng.normal(0, 3, f.shape)), 0, 255)
    assert not IL.check(flat, labels, plan, "x").passed


@pytest.mark.parametrize("text, ratio", [
    ("14 nuclei with mild vignetting", 0.8),
    ("a DAPI image of 20 nuclei, strong uneven illumination", 0.45),
    ("30 nuclei, slight uneven lighting toward the left edge", 0.8),
])
def test_a_degree_word_sets_the_strength(text: str, ratio: float) -> None:
    assert _illum(text)["ratio"] == pytest.approx(ratio)


@pytest.mark.parametrize("text", [
    "two dozen nuclei, uneven illumination (brighter in the bottom-right corner)",
    "18 nuclei with vignetting",
    "nuclei x20, non-uniform illumination",
])
def test_nuclei_with_an_illumination_are_a_micrograph(text: str) -> None:
    from nesy.pipeline import parse
    assert parse(text).domain == "microscopy"


@pytest.mark.parametrize("text, level", [
    ("9 nuclei, with mild Gaussian noise", "low"),
    ("40 nuclei and lots of additive white Gaussian noise", "high"),
    ("a micrograph of 25 nuclei with gaussian noise", "realistic"),
])
def test_the_noise_kind_between_degree_and_noise(text: str, level: str) -> None:
    s = D.parse(text)                 # "Gaussian" is read: the painter's noise is additive white Gaussian noise
    assert s.attr("imaging")["noise"]["value"] == level


@pytest.mark.parametrize("text", [
    "a micrograph of 50 nuclei with varying brightness, some dim and some very bright",
    "DAPI image of 30 nuclei of non-uniform intensity",
])
def test_the_nuclei_brightness_is_no_illumination(text: str) -> None:
    # how bright each nucleus is: never drawn as a shading of the whole field
    s = D.parse(text, allow_unknown=True)
    assert "illumination" not in (s.attr("imaging") or {})


@pytest.mark.parametrize("text", [
    "20 nuclei with darker corners",
    "a micrograph of 15 nuclei; the edges of the image are slightly dimmer",
    "DAPI image of 12 nuclei, the centre of the field is brighter than the corners",
    "30 nuclei, illumination falling off toward the edges",
    "16 nuclei, uneven illumination with darker corners",
])
def test_the_fields_shading_without_a_word_for_the_light(text: str) -> None:
    v = _illum(text)
    assert v["bright"] == "centre" and not v["where_assumed"]


def test_a_nucleus_brighter_in_the_centre_is_no_shading() -> None:
    s = D.parse("10 nuclei, one of them brighter in the centre", allow_unknown=True)
    assert "illumination" not in (s.attr("imaging") or {})
