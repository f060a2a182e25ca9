"""nesy.microscopy.v1: counts written other ways (after the noun, "one" for the image, "in one cluster", a bare
"some"), "none overlapping", a square field, and a stated dense field drawn at a larger scale
(nesy/domains/microscopy_counts.py, microscopy_conditions.dense_scale)."""
from __future__ import annotations

import math

import numpy as np
import pytest

from nesy.domains import microscopy as MI
from nesy.errors import InputError, UnsupportedError
from nesy.registry import get_domain

D = get_domain("microscopy")


def _n(scene) -> int:
    return sum(1 for e in scene.entities if e.kind == "nucleus")


def _clusters(scene) -> list[int]:
    c: dict[str, int] = {}
    for e in scene.entities:
        if e.kind == "nucleus" and e.attr("cluster"):
            c[e.attr("cluster")] = c.get(e.attr("cluster"), 0) + 1
    return sorted(c.values())


# ---------------------------------------------------------------- the count after its noun
@pytest.mark.parametrize("text,n", [
    ("Hoechst-stained nuclei ×9, fluorescence", 9),
    ("fluorescence micrograph; nuclei: 11", 11),
    ("DAPI image with nuclei (n=13)", 13),
    ("nuclei = 4, fluorescent micrograph", 4),
    ("a micrograph of DAPI nuclei, twelve in total", 12),
    ("micrograph, nuclei, total: 17", 17),
    ("widefield fluorescence image of nuclei (count: 6)", 6),
    ("fluorescence image, number of nuclei: 21", 21),
    # a pronoun for the nuclei just named
    ("microscope image of cell nuclei, number of them is 8, with blur", 8),
    ("DAPI nuclei, the number of these should be 11", 11),
])
def test_count_after_the_noun(text: str, n: int) -> None:
    s = D.parse(text)
    assert _n(s) == n
    assert all(g["default"] is None for g in s.attr("groups"))


def test_a_number_after_the_noun_still_counts_what_follows_it() -> None:
    s = D.parse("fluorescence micrograph of 14 nuclei, 3 of them touching")
    assert _n(s) == 14 and _clusters(s) == [3]
    s = D.parse("DAPI nuclei, 2 clusters of 3 touching nuclei, fluorescence")
    assert _clusters(s) == [3, 3]


@pytest.mark.parametrize("text", ["DAPI nuclei n12, fluorescence image", "fluorescence image of nuclei, qty12"])
def test_an_unread_number_never_leaves_the_default_count(text: str) -> None:
    with pytest.raises(InputError):
        D.parse(text, allow_unknown=True)


# ---------------------------------------------------------------- "one" that counts no nuclei
@pytest.mark.parametrize("text,n", [
    ("one Hoechst image containing 9 nuclei", 9),
    ("a single 512x512 field of view with 15 fluorescent nuclei", 15),
    ("Please generate 14 DAPI nuclei. Just make one.", 14),
    ("Can you draw one? A fluorescence micrograph of 16 nuclei.", 16),
])
def test_one_for_the_image(text: str, n: int) -> None:
    assert _n(D.parse(text)) == n


@pytest.mark.parametrize("text,sizes,n", [
    ("fluorescence micrograph, 5 nuclei in one clump", [5], 5),
    ("4 DAPI nuclei forming a single cluster", [4], 4),
    ("micrograph of 12 nuclei, 3 of them in one cluster", [3], 12),
    ("fluorescence image: 3 nuclei touching each other in a cluster", [3], 3),
])
def test_in_one_cluster(text: str, sizes: list[int], n: int) -> None:
    s = D.parse(text)
    assert _clusters(s) == sizes and _n(s) == n


def test_in_two_clusters_asks_how_many_in_each() -> None:
    with pytest.raises(InputError, match="how many nuclei in each"):
        D.parse("fluorescence micrograph of 6 nuclei in two clusters")


# ---------------------------------------------------------------- a bare "some"
@pytest.mark.parametrize("text", ["fluorescence micrograph of 18 nuclei, some touching",
                                  "a DAPI field with 15 nuclei, some clumped together and touching",
                                  "twenty fluorescent nuclei; some are in contact"])
def test_bare_some_before_a_property(text: str) -> None:
    s = D.parse(text)
    assert _clusters(s) == [2]
    assert s.attr("imaging")["assumed"][0]["read_as"] == 2


# ---------------------------------------------------------------- none overlapping
@pytest.mark.parametrize("text", ["a fluorescence image of 30 non-overlapping nuclei",
                                  "micrograph of 10 nuclei that do not overlap",
                                  "DAPI field, 12 nuclei, 3 of them touching, none overlapping",
                                  "fluorescent nuclei, 8 in total, with no overlap"])
def test_no_overlap_is_read(text: str) -> None:
    s = D.parse(text)
    assert s.attr("imaging")["no_overlap"]["text"]
    MI.check_laws(s)        # touching nuclei do not overlap: no conflict with "3 of them touching"


# ---------------------------------------------------------------- field sizes
@pytest.mark.parametrize("text,side", [("a 1024 pixels square micrograph of 30 nuclei", 1024),
                                       ("fluorescence image, 512 px on a side, 20 nuclei", 512),
                                       ("DAPI micrograph 768-pixel square with 40 nuclei", 768)])
def test_square_field(text: str, side: int) -> None:
    f = D.parse(text).attr("field")
    assert (f["width"], f["height"]) == (side, side)


def test_a_square_field_too_large_is_named() -> None:
    with pytest.raises(InputError, match="2048 pixels square"):
        D.parse("confluent culture, 50 nuclei, 2048 pixels square")


# ---------------------------------------------------------------- a stated dense field: the scale is free
@pytest.mark.parametrize("text", ["Hoechst, crowded field, 45 nuclei, 512 x 512 px",
                                  "a confluent 1024×1024 image with 70 DAPI nuclei",
                                  "40 nuclei in a densely packed 512x512 micrograph",
                                  "tightly packed fluorescence field of 25 nuclei, 256 x 256"])
def test_dense_count_in_a_stated_field_is_possible(text: str) -> None:
    s = D.parse(text)
    sc = s.attr("imaging")["scale"]
    assert sc["factor"] > 1.0 and "no pixel size is stated" in sc["assumed"]
    MI.check_laws(s)


def test_dense_needs_no_scale_when_the_count_fills_the_field() -> None:
    s = D.parse("a dense field of 200 nuclei in 512x512 px, fluorescence")
    assert "scale" not in s.attr("imaging")


def test_dense_beyond_the_largest_drawn_nuclei_is_refused_by_name() -> None:
    with pytest.raises(UnsupportedError, match="densely packed"):
        D.parse("densely packed fluorescence field, 3 nuclei, 1024x1024")


def test_dense_scale_draws_and_verifies() -> None:
    s = D.parse("fluorescence micrograph, dense field, 5 nuclei, 512x512 px")    # scale 6.1, near the largest
    f = s.attr("imaging")["scale"]["factor"]
    lay = D.solve(s, seed=0)
    ells = [e for e in lay.extra("ellipses") if e["kind"] == "nucleus"]
    d = np.median([2 * math.sqrt(e["a"] * e["b"]) for e in ells])
    p50 = float(MI.fitted()["diameter_px"]["p2_5_p50_p97_5"][1])
    assert 0.7 * f * p50 <= d <= 1.3 * f * p50
    v = D.verify(D.render(lay, s, controls=False).png, s, layout=lay)
    assert v.passed, [c for c in v.checks if not c.passed]
    cov = next(c for c in v.checks if c.law == "nuclei_coverage")
    assert cov.passed


# ---------------------------------------------------------------- bare "pairs", "each pair", "in total"
@pytest.mark.parametrize("text,n,pairs", [
    ("fluorescence micrograph of 10 nuclei in five touching pairs", 10, 5),
    ("12 DAPI nuclei arranged as 6 pairs, touching", 12, 6),
    ("micrograph of 14 nuclei, one touching pair", 14, 1),
    ("a DAPI image whose nuclei form 4 pairs, both nuclei of every pair touching; 8 nuclei in total", 8, 4),
    ("Hoechst micrograph: the nuclei sit in three doublets, a total of 6 nuclei", 6, 3),
])
def test_pairs_without_of(text: str, n: int, pairs: int) -> None:
    s = D.parse(text, allow_unknown=True)
    assert _n(s) == n and _clusters(s) == [2] * pairs
    MI.check_laws(s)


def test_pairs_of_an_odd_total_ask_how_many() -> None:
    with pytest.raises(InputError, match="how many pairs"):
        D.parse("micrograph, 9 nuclei in pairs")


# ---------------------------------------------------------------- a negated sharpness
@pytest.mark.parametrize("text,level", [
    ("fluorescence micrograph of 24 nuclei with a little blur, so that the edges are not crisp", "slight"),
    ("20 DAPI nuclei, not in sharp focus", "blurred"),
    ("15 nuclei with fuzzy edges, fluorescence micrograph", "blurred"),
    ("a micrograph of 9 nuclei, heavily blurred, edges not sharp", "strong"),
])
def test_not_sharp_agrees_with_the_blur_stated(text: str, level: str) -> None:
    s = D.parse(text)
    got = {(dict(s.attr("imaging") or {}).get("focus") or {}).get("value")} | {e.attr("focus") for e in s.entities
                                                                   if e.kind == "nucleus"}
    assert level in got and "unsharp" not in got


def test_sharp_and_not_crisp_still_conflict() -> None:
    with pytest.raises(InputError):
        D.parse("fluorescence micrograph of 10 nuclei, sharp, not crisp")


# ---------------------------------------------------------------- words of a micrograph not drawn, other cues
@pytest.mark.parametrize("text,word", [("synthetic image: 40 nuclei, several of them overlapping", "overlapping"),
                                       ("20 nuclei with some overlap, fluorescence", "overlap"),
                                       ("a pair of overlaping nuclei in a confocal image", "overlaping")])
def test_overlap_is_a_micrograph_word_listed_as_not_drawn(text: str, word: str) -> None:
    from nesy.pipeline import parse
    s = parse(text, allow_unknown=True)
    assert s.domain == "microscopy" and word in [u.text for u in s.unknown]


@pytest.mark.parametrize("text,n", [("eight nuclei, one of them much brighter than the others", 8),
                                    ("15 nuclei, four of them clustered", 15)])
def test_plural_nuclei_with_a_condition_are_a_micrograph(text: str, n: int) -> None:
    from nesy.pipeline import parse
    s = parse(text)
    assert s.domain == "microscopy" and _n(s) == n


# ---------------------------------------------------------------- uneven illumination: the light's words, not the nuclei's
@pytest.mark.parametrize("text,n", [
    ("fluorescence image of 40 nuclei with uneven illumination that is brighter in the centre than at the edges", 40),
    ("DAPI micrograph, 18 nuclei, vignetting (darker toward the corners)", 18),
    ("a 512x512 Hoechst image of 22 nuclei; uneven lighting, darker at the edges", 22),
])
def test_uneven_illumination_is_the_images_and_reads_nothing_else(text: str, n: int) -> None:
    s = D.parse(text)       # read whole (drawn: tests/test_microscopy_illumination.py), no word left unknown
    assert _n(s) == n and not any(e.kind == "region" for e in s.entities)
    assert all(not e.attr("brightness") for e in s.entities if e.kind == "nucleus")
    assert s.attr("imaging")["illumination"]["value"]["bright"] == "centre"
