"""Exact instance-label images of a microscopy layout: the ground-truth mask of every generated image.

A microscopy ``Layout`` carries its objects as exact ellipses in ``layout.extra("ellipses")``: a list of
``{"id", "kind", "cx", "cy", "a", "b", "theta"}`` (centre and semi-axes in px, ``theta`` the major axis'
angle in degrees, y down). A pixel belongs to an ellipse when its centre is inside it.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..types import Layout

__all__ = ["ellipses_of", "label_image"]


def ellipses_of(layout: Layout, kind: str | None = "nucleus") -> list[dict[str, Any]]:
    """The layout's ellipses (of ``kind``, or all when ``kind`` is None), in drawing order."""
    ells = layout.extra("ellipses", []) or []
    return [e for e in ells if kind is None or e.get("kind") == kind]


def label_image(layout: Layout, kind: str | None = "nucleus") -> tuple[np.ndarray, list[str]]:
    """(labels int32 (H, W), ids): pixel value i+1 is ``ids[i]``; 0 is background.

    Later ellipses are drawn over earlier ones (the layout's laws keep nuclei disjoint, so this only
    decides the single tangent pixel of touching nuclei).
    """
    h, w = int(layout.height), int(layout.width)
    lab = np.zeros((h, w), np.int32)
    ids: list[str] = []
    for e in ellipses_of(layout, kind):
        cx, cy, a, b = float(e["cx"]), float(e["cy"]), float(e["a"]), float(e["b"])
        t = math.radians(float(e["theta"]))
        r = max(a, b)
        x0, x1 = max(0, int(math.floor(cx - r))), min(w, int(math.ceil(cx + r)) + 1)
        y0, y1 = max(0, int(math.floor(cy - r))), min(h, int(math.ceil(cy + r)) + 1)
        ids.append(str(e["id"]))
        if x0 >= x1 or y0 >= y1:
            continue
        ys, xs = np.mgrid[y0:y1, x0:x1]
        dx, dy = xs + 0.5 - cx, ys + 0.5 - cy
        u = dx * math.cos(t) + dy * math.sin(t)
        v = -dx * math.sin(t) + dy * math.cos(t)
        inside = (u / a) ** 2 + (v / b) ** 2 <= 1.0
        lab[y0:y1, x0:x1][inside] = len(ids)
    return lab, ids
