"""Relations of nesy.cell.v1 read from the pixels beyond the shared region checks: contact, and nearness
to the outline of the thing an organelle lies in.

"The mitochondria should not touch the chloroplasts", "kept apart from", "never in contact with" are read
by the grammar as ``outside`` (``grammars/cell/grammar.yaml``); said of contact, being disjoint is not enough
— two outlines drawn edge to edge touch. So such a phrase is checked as a visible gap: the two filled
regions at least ``contact_gap`` px apart (``solvers/cell.yaml`` ``margins``; × the image scale of a resized
copy). The solver always leaves siblings ``gap`` px apart, so nesy's own figure shows the gap; another
tool's figure with the two drawn touching fails.

"Vesicles clustered near the plasma membrane", "just beneath the cell membrane", "along the cell wall": an
organelle ``adjacent`` to the cell it lies in sits in the band next to the outline: every such organelle
has a pixel within ``boundary_band`` × the cell's height of the cell's outline (``layout/cell.yaml``, a
figure convention; the region solver keeps it there, ``RegionRules.boundary_band``).
Hands ``CellDomain.check_relation`` one ``Check``.
"""
from __future__ import annotations

import re

from ..types import Check

__all__ = ["gap_px", "says_contact", "contact_check", "rim_distance", "rim_check"]

# words by which an ``outside`` phrase speaks of contact rather than only of place
_CONTACT = re.compile(r"\b(touch\w*|contact\w*|apart|away|adjacent|next|against|abutting|clear)\b", re.I)


def says_contact(phrase: str) -> bool:
    """Whether an ``outside`` phrase denies contact ("not touching", "kept apart from")."""
    return bool(_CONTACT.search(phrase or ""))


def gap_px(a, b, cap: int = 64) -> float:
    """The smallest Euclidean distance (px) between a pixel of region ``a`` and one of ``b`` (0 when they
    overlap or share an edge pixel's neighbourhood; ``cap`` when they are farther apart than that)."""
    import numpy as np
    from scipy import ndimage as ndi
    if a.overlap(b):
        return 0.0
    if max(a.x0 - b.x1, b.x0 - a.x1, a.y0 - b.y1, b.y0 - a.y1) >= cap:
        return float(cap)
    x0, y0 = min(a.x0, b.x0), min(a.y0, b.y0)
    x1, y1 = max(a.x1, b.x1), max(a.y1, b.y1)
    ma = np.zeros((y1 - y0, x1 - x0), bool)
    mb = np.zeros_like(ma)
    ma[a.y0 - y0: a.y1 - y0, a.x0 - x0: a.x1 - x0] = a.mask
    mb[b.y0 - y0: b.y1 - y0, b.x0 - x0: b.x1 - x0] = b.mask
    d = ndi.distance_transform_edt(~mb)
    # pixel centres one apart are in contact: the gap is the distance less one pixel
    return float(min(cap, max(0.0, d[ma].min() - 1.0)))


def contact_check(sa: str, sb: str, a, b, min_gap: float, phrase: str) -> Check:
    """``outside`` said of contact: disjoint with at least ``min_gap`` px of page between the regions."""
    g = gap_px(a, b)
    return Check("outside", (sa, sb), round(g, 2), f">= {min_gap:g} px apart", 0, g >= min_gap, phrase)


def rim_distance(a, host) -> float:
    """The distance (px) from the nearest pixel of region ``a`` to the outside of region ``host`` (its
    outline): how deep inside ``host`` the part of ``a`` nearest the outline lies."""
    import numpy as np
    from scipy import ndimage as ndi
    m = np.pad(host.mask, 1)
    d = ndi.distance_transform_edt(m)
    ys, xs = np.nonzero(a.mask)
    ys, xs = ys + a.y0 - host.y0 + 1, xs + a.x0 - host.x0 + 1
    ok = (ys >= 0) & (xs >= 0) & (ys < m.shape[0]) & (xs < m.shape[1])
    if not ok.any():
        return 0.0
    return float(d[ys[ok], xs[ok]].min())


def rim_check(sa: str, sb: str, a, host, band: float, tol: float, phrase: str) -> Check:
    """``adjacent`` to its own container: inside it, within ``band`` × its height (+ ``tol`` px) of its
    outline."""
    lim = band * (host.y1 - host.y0) + tol
    d = rim_distance(a, host)
    inside = a.inside_fraction(host) >= 0.99
    return Check("near_outline", (sa, sb), round(d, 1), f"inside, <= {lim:.1f} px from the outline", 0,
                 inside and d <= lim, phrase)
