"""Whether a region read from another tool's figure has the shape and size of the kind it was matched to.

``nesy.see.regions`` reads closed regions by shape; a science (``nesy.domains.cell``) matches them to the
scene's entities by an assignment that only *prefers* regions of the right size and outline. When the
figure holds one object of the wrong kind (a mitochondrion drawn where a ribosome should be, a lysosome
drawn as an elongated oval) the assignment still gives every entity a region and every count agrees, so
the matched region itself must be checked against its kind. Two checks, both free of the figure's scale:

- ``kind_aspect``: the region's major/minor axis ratio within the kind's range (``solvers/cell.yaml``
  ``sizes.<kind>.aspect``, each cited there), widened by ``ASPECT_SLACK`` for drawing freedom and the
  blur that rounds small shapes. Only read where the region is wide enough to measure (minor axis ≥
  ``MIN_MINOR_PX``), and not for kinds drawn as dots (``SIZE_SPREAD``): a leader line ending on a dot
  stretches it (a correct bw ribosome read at aspect 1.6–1.8), and ``kind_uniform`` checks those.
- ``kind_uniform``: objects of one kind that have one size in the cell (a ribosome is a 25–30 nm
  particle, a transport vesicle 50–100 nm; MBoC 6e ch. 6 and 13) are drawn as equal dots in one figure,
  since all of them lie far below the figure's resolution and are drawn above scale: a region of such a
  kind more than ``UNIFORM`` × the kind's real size spread (largest/smallest) larger than the median of
  its kind (+ ``UNIFORM_PX`` for pixel rounding) is another object.

What it hands on: ``Check``-ready tuples ``(law, args, observed, expected, tolerance, passed, source)``.
"""
from __future__ import annotations

import math

import numpy as np

__all__ = ["ASPECT_SLACK", "MIN_MINOR_PX", "UNIFORM", "UNIFORM_PX", "SIZE_SPREAD", "axes_of", "kind_checks"]

ASPECT_SLACK = 1.5     # × the kind's aspect range, each way (drawing freedom; blur rounds a 10-px-wide oval)
MIN_MINOR_PX = 5.0     # px: narrower regions (dots, a 0.5× ribosome) are too small for their aspect to mean anything
UNIFORM = 1.5          # × the real size spread: drawing slack for objects of one size
UNIFORM_PX = 2.0       # px: a dot's size rounds by about a pixel on each side
# real size spread (largest / smallest diameter) of kinds with one size, and its source
SIZE_SPREAD = {
    "ribosome": (30 / 25, "[MBoC] 6e ch. 6: eukaryotic ribosome 25–30 nm"),
    "vesicle": (100 / 50, "[MBoC] 6e ch. 13: transport vesicles 50–100 nm"),
}


def axes_of(mask: np.ndarray) -> tuple[float, float]:
    """(major, minor) axis of the boolean ``mask`` in px, from its second moments (4 σ; a filled
    ellipse's full axes), with a pixel's own spread added so a 1-px line has a width."""
    ys, xs = np.nonzero(mask)
    if len(xs) < 3:
        return float(max(mask.shape)), float(min(mask.shape))
    c = np.cov(np.stack([xs, ys]).astype(float)) + np.eye(2) / 12.0
    w = np.linalg.eigvalsh(c)
    return 4 * math.sqrt(max(w[1], 1e-9)), 4 * math.sqrt(max(w[0], 1e-9))


def kind_checks(matched: list[tuple[str, str, np.ndarray]], sizes: dict) -> list[tuple]:
    """Checks that each matched region has its kind's shape: ``matched`` is [(entity id, kind, mask)],
    ``sizes`` the science's size table (kind → {"aspect": [lo, hi], "source": …}). Kinds without an
    aspect range (the cell itself, which other tools draw in any outline) are not checked for aspect."""
    out: list[tuple] = []
    by_kind: dict[str, list[tuple[str, float]]] = {}
    for eid, kind, mask in matched:
        major, minor = axes_of(mask)
        by_kind.setdefault(kind, []).append((eid, major))
        sz = sizes.get(kind, {})
        if "aspect" not in sz or "ref" not in sz or kind in SIZE_SPREAD or minor < MIN_MINOR_PX:
            continue
        lo, hi = sz["aspect"]
        asp = major / max(minor, 1e-6)
        ok = lo / ASPECT_SLACK <= asp <= hi * ASPECT_SLACK
        out.append(("kind_aspect", (eid, kind), round(asp, 2), [lo, hi], f"×{ASPECT_SLACK}", ok,
                    sz.get("source", "")))
    for kind, rows in sorted(by_kind.items()):
        if kind not in SIZE_SPREAD or len(rows) < 3:
            continue
        spread, src = SIZE_SPREAD[kind]
        med = float(np.median([m for _, m in rows]))
        cap = UNIFORM * spread * med + UNIFORM_PX
        for eid, major in rows:
            out.append(("kind_uniform", (eid, kind), round(major, 1), round(cap, 1),
                        f"×{UNIFORM * spread:.2f} of the median + {UNIFORM_PX:g} px", major <= cap, src))
    return out
