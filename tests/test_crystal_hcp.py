"""Issue 12: a hexagonal crystal in perspective is drawn as the hexagonal prism of three cells (Kittel, ch. 1:
hcp atoms at the 12 corners, the centres of the two hexagons and 3 inside), and still verified from its pixels."""
from __future__ import annotations

import numpy as np
import pytest

from nesy.domains import crystal as C
from nesy.registry import get_domain
from nesy.render.svg import render_layout

D = get_domain("crystal")


@pytest.mark.parametrize("text", ["hcp Mg", "hexagonal close-packed titanium", "zinc (hcp) with a = 2.66 Å and c = 4.95 Å"])
def test_hcp_is_drawn_as_the_textbook_prism_and_verifies(text: str) -> None:
    scene = D.parse(text)
    lay = D.solve(scene)
    ex = lay.to_dict()["extras"] if "extras" in lay.to_dict() else dict(lay.extras)
    counts = dict(ex["expected_counts"])
    assert list(counts.values()) == [17]      # 12 corners + 2 hexagon centres + 3 inside
    assert sum(1 for s in lay.shapes if s.cls == "unit_cell") >= 18   # the prism's 18 edges (cut in pieces)
    v = D.verify(render_layout(lay, controls=False).png, scene)
    assert v.passed, v.failed()


def test_the_prism_has_three_atoms_at_half_height_and_seven_on_each_hexagon() -> None:
    from nesy.domains.crystal_draw import _hexagonal_prism
    g = C.crystal_geometry(D.parse("hcp Mg"))
    fr, els, corners, edges = _hexagonal_prism(g)
    w = np.round(fr[:, 2], 6)
    assert (w == 0).sum() == 7 and (w == 1).sum() == 7 and (w == 0.5).sum() == 3
    assert len(corners) == 12 and len(edges) == 18


def test_cubic_cells_keep_the_closed_cube() -> None:
    lay = D.solve(D.parse("bcc Fe"))
    ex = lay.to_dict()["extras"] if "extras" in lay.to_dict() else dict(lay.extras)
    assert dict(ex["expected_counts"]) == {"Fe": 9}
