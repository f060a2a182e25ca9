"""Requests-11, microscopy: nuclei counted by the grid they are arranged in ("nuclei arranged in two rows of
eight", "a 3 × 4 grid of nuclei"), by the sub-items of their list item ("- nuclei / - 3 large / - 4 small"), the
image size given as settings keys ("size_px: 512") (nesy/domains/microscopy_counts.py), and groups whose size or
brightness differs from the first count's are more nuclei, not some of them (nesy/domains/microscopy.py). Each in
wordings that are not the acceptance sentence, and near wordings that must not be read so."""
from __future__ import annotations

import json

import pytest

from nesy.errors import NesyError
from nesy.pipeline import parse


def _scene(text: str):
    s = parse(text, domain="microscopy", allow_unknown=True)
    assert s.domain == "microscopy"
    return s


def _n(text: str) -> int:
    return sum(1 for e in _scene(text).entities if e.kind == "nucleus")


# ---- a grid of nuclei gives their count
@pytest.mark.parametrize("text,n", [
    ("Simulated DAPI field: nuclei arranged in three rows of five, well separated.", 15),
    ("A Hoechst image of four columns of five nuclei.", 20),
    ("Fluorescence micrograph: nuclei in a 3 x 4 grid, not touching.", 12),
    ("a 2 × 6 grid of nuclei on a dark background", 12),
    ("Hoechst image: nuclei laid out as 3 rows of 6.", 18),
])
def test_a_grid_counts_its_nuclei(text, n):
    assert _n(text) == n


def test_the_rows_are_listed_as_not_drawn():
    s = _scene("Simulated Hoechst image: nuclei arranged in two rows of eight, evenly spaced, not touching.")
    assert sum(1 for e in s.entities if e.kind == "nucleus") == 16
    assert "rows" in [u.text for u in s.unknown]


def test_a_grid_with_a_count_per_site_is_read_as_before():
    assert _n("Nuclei arranged in a 4 × 5 grid, one nucleus per grid position, blue channel.") == 20


def test_rows_of_clusters_are_not_a_grid_of_nuclei():
    # "two rows of eight clusters": the rows hold clusters, whose size the text does not give
    from nesy.domains.microscopy_counts import grid_items
    assert not [g for g in grid_items("nuclei in two rows of eight clusters") if g[2] == "NUM"]


# ---- sub-items count their list item
@pytest.mark.parametrize("text,n", [
    ("Synthetic image:\n- nuclei\n  - 3 large\n  - 4 small\n- dark background", 7),
    ("DAPI image\nnuclei:\n  * 5 bright\n  * 2 dim", 7),
    ("Hoechst image:\n- nuclei\n    - two large\n    - six small", 8),
])
def test_sub_items_count_their_parent(text, n):
    assert _n(text) == n


def test_a_sub_item_without_a_count_gives_the_parent_no_sum():
    from nesy.domains.microscopy_counts import grid_items
    assert grid_items("DAPI image:\n- nuclei\n  - large ones\n  - 4 small") == []


# ---- groups unlike the first are more nuclei
@pytest.mark.parametrize("text,n", [
    ("image of 3 large nuclei and 4 small nuclei", 7),
    ("3 bright nuclei and 4 dim nuclei in a fluorescence image", 7),
    ("DAPI image with 5 small nuclei, 2 large nuclei", 7),
])
def test_unlike_groups_add_up(text, n):
    assert _n(text) == n


def test_a_share_of_the_first_count_is_still_a_share():
    assert _n("12 nuclei, 3 large and 9 small") == 12
    assert _n("fluorescence image: 12 large nuclei, 3 of them touching") == 12


# ---- the image size as settings keys
@pytest.mark.parametrize("text,n,size", [
    ("image:\n  stain: Hoechst 33342\n  nuclei: 6\n  size_px: 512", 6, (512, 512)),
    ("image:\n  nuclei: 9\n  width: 512\n  height: 384", 9, (512, 384)),
    ("settings\n- nuclei: 9\n- image size: 1024 px", 9, (1024, 1024)),
])
def test_size_keys_are_the_field(tmp_path, text, n, size):
    from nesy.domains.microscopy_counts import size_keys
    assert [v for *_, tag, v in size_keys(text) if tag == "FIELD"] == [size]
    assert _n(text) == n


def test_a_width_alone_is_still_refused_by_name():
    with pytest.raises(NesyError) as e:
        parse("image:\n  nuclei: 6\n  width: 512", domain="microscopy", allow_unknown=True)
    assert "512" in str(e.value)


# ---- end to end: the label image holds the count
def test_rows_generated_and_verified(tmp_path):
    import numpy as np
    from PIL import Image
    from nesy.pipeline import generate
    generate("Simulated Hoechst image: nuclei in four rows of three, not touching.", out_dir=tmp_path,
             timeout_s=120, controls=False, allow_unknown=True)
    v = json.loads((tmp_path / "verdict.json").read_text())
    assert v["status"] in ("verified", "verified_with_omissions")
    lab = np.array(Image.open(tmp_path / "labels.png"))
    assert len(set(np.unique(lab)) - {0}) == 12


# ---- clusters that arrange the nuclei named without a count are those nuclei
@pytest.mark.parametrize("text,n", [
    ("Hoechst image: nuclei arranged in two clusters of eight.", 16),
    ("Hoechst image: nuclei forming three chains of four.", 12),
])
def test_clusters_that_arrange_the_nuclei_count_them(text, n):
    assert _n(text) == n


def test_clusters_besides_the_nuclei_are_more():
    # ", and two clusters of 3 nuclei": coordinated, they are besides the nuclei named first (default count)
    assert _n("DAPI image: nuclei, and two clusters of 3 nuclei") > 6
