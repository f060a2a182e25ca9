"""A column of nesy's frame colour at an image's left edge is no legend separator: a photographed page's dark border
(held-out set 5's phone photo of a Venn diagram) was refused as "image shows no figure"; the figure is read whole."""
from __future__ import annotations

import numpy as np

from nesy.domains.regionbase import figure_area


def test_a_frame_coloured_left_edge_is_no_separator():
    rgb = np.full((60, 100, 3), 255, np.uint8)
    rgb[:, 0] = (0x3C, 0x3C, 0x3C)
    assert figure_area(rgb).shape == rgb.shape


def test_the_separator_after_the_edge_still_crops_the_legend():
    rgb = np.full((60, 100, 3), 255, np.uint8)
    rgb[:, 0] = (0x3C, 0x3C, 0x3C)
    rgb[:, 70] = (0x3C, 0x3C, 0x3C)
    assert figure_area(rgb).shape[1] == 70
