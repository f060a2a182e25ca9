"""The optics reader's axis markers on a filled area: set 7's chat screenshot (a coloured bubble read as the
axis) made the marker search open the image with a square as tall as the bubble — a MemoryError on the
blurred and the halved copy, a crash instead of a verdict."""
from __future__ import annotations

import numpy as np


def test_no_axis_markers_are_sought_in_a_filled_area(monkeypatch) -> None:
    from scipy import ndimage as ndi
    from nesy.see.rays import _axis_dots
    sizes = []
    real = ndi.binary_opening

    def opening(a, structure=None, **kw):
        sizes.append(structure.shape[0])
        return real(a, structure=structure, **kw)

    monkeypatch.setattr(ndi, "binary_opening", opening)
    ink = np.zeros((240, 320), bool)
    ink[60:180, 10:310] = True           # a filled panel, 120 px tall, taken for the axis
    assert _axis_dots(ink, (60, 180), 120.0, 300, 305, [], min_rows=0) == ()
    assert all(k <= 12 for k in sizes), sizes     # never a square the size of the panel
    line = np.zeros((240, 320), bool)
    line[119:122, 10:310] = True         # a 3-px axis with a 9-px marker on it: still found
    line[116:125, 150:159] = True
    assert len(_axis_dots(line, (116, 125), 120.5, 300, 305, [], min_rows=0)) == 1
