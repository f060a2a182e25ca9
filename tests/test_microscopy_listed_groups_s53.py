"""Groups of nuclei with their counts listed ("three clusters …: 3, 4 and 5 nuclei", "in two rows: six along the top
and five along the bottom", "in three rows with five per row"), and sides of the field named as places ("at the
top", "near the left edge") — requests-34 microscopy-01, -02, -08 as development data were refused ("'two' counts
nothing"), and "six nuclei at the top and five nuclei at the bottom" drew 6 nuclei."""
import pytest

from nesy.pipeline import parse


def _count(text):
    s = parse(text, domain="microscopy", allow_unknown=True)
    return sum(1 for e in s.entities if e.kind == "nucleus")


@pytest.mark.parametrize("text, n", [
    ("Stained nuclei arranged in three rows with five per row.", 15),
    ("Fluorescence image of nuclei in two rows: six along the top and five along the bottom.", 11),
    ("Three clusters of nuclei across the field of view, from left to right: 3, 4 and 5 nuclei.", 12),
    ("Nuclei in three clusters of 3, 4 and 5.", 12),
    ("Six nuclei at the top and five nuclei at the bottom.", 11),
    ("Twelve nuclei, three of them near the left edge of the image.", 12),
])
def test_counts(text, n):
    assert _count(text) == n


def test_a_list_that_does_not_match_the_groups_is_left_as_written():
    from nesy.domains.microscopy_groups import listed_groups
    assert listed_groups("Three clusters of nuclei: 3 and 4 nuclei.") == []
