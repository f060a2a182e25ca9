"""Canny edge maps (the ControlNet canny convention) in numpy + scipy, bit-identical to OpenCV's
``cv2.Canny(image, low, high)`` (3 × 3 Sobel, L1 gradient, OpenCV's non-maximum suppression and 8-connected
hysteresis; on colour images the channel with the largest gradient). It keeps OpenCV (150 MB) out of the
core install; ``tests/render/test_edges.py`` holds it equal to OpenCV wherever OpenCV is installed.

Reference: J. Canny, "A Computational Approach to Edge Detection", IEEE PAMI 8(6):679–698, 1986; OpenCV
``modules/imgproc/src/canny.cpp`` (integer tangent test with tan 22.5° ≈ 13573 / 2**15).
"""
from __future__ import annotations

import numpy as np

__all__ = ["canny"]

_SHIFT = 15
_TG22 = 13573  # round(tan(22.5°) * 2**15), as OpenCV


def canny(img: np.ndarray, low: float = 100, high: float = 200) -> np.ndarray:
    """Edges of a uint8 image (H × W or H × W × C) as a uint8 H × W map of 0 and 255.

    ``low``/``high``: hysteresis thresholds on the L1 gradient magnitude |dx| + |dy| (grey levels × Sobel gain).
    """
    from scipy import ndimage
    a = np.asarray(img)
    if a.dtype != np.uint8:
        raise ValueError(f"image must be uint8, got {a.dtype}")
    if a.ndim == 2:
        a = a[:, :, None]
    if a.ndim != 3 or a.shape[0] < 1 or a.shape[1] < 1:
        raise ValueError(f"image must be H × W or H × W × C, got shape {a.shape}")
    a = a.astype(np.int32)
    p = np.pad(a, ((1, 1), (1, 1), (0, 0)), mode="edge")  # OpenCV's BORDER_REPLICATE for the Sobel step
    dx = (p[:-2, 2:] - p[:-2, :-2]) + 2 * (p[1:-1, 2:] - p[1:-1, :-2]) + (p[2:, 2:] - p[2:, :-2])
    dy = (p[2:, :-2] - p[:-2, :-2]) + 2 * (p[2:, 1:-1] - p[:-2, 1:-1]) + (p[2:, 2:] - p[:-2, 2:])
    mag = np.abs(dx) + np.abs(dy)
    k = np.argmax(mag, axis=2)  # the strongest channel; the first one on ties, as OpenCV
    ii, jj = np.indices(k.shape)
    dx, dy, mag = dx[ii, jj, k].astype(np.int64), dy[ii, jj, k].astype(np.int64), mag[ii, jj, k]
    m = np.zeros((mag.shape[0] + 2, mag.shape[1] + 2), np.int64)  # magnitude is zero outside the image
    m[1:-1, 1:-1] = mag
    c = m[1:-1, 1:-1]
    x = np.abs(dx)
    y = np.abs(dy) << _SHIFT
    tg22x = x * _TG22
    tg67x = tg22x + (x << (_SHIFT + 1))
    horiz = y < tg22x
    vert = ~horiz & (y > tg67x)
    diag = ~horiz & ~vert
    anti = (dx ^ dy) < 0  # gradient along the anti-diagonal
    keep = (horiz & (c > m[1:-1, :-2]) & (c >= m[1:-1, 2:])) \
        | (vert & (c > m[:-2, 1:-1]) & (c >= m[2:, 1:-1])) \
        | (diag & anti & (c > m[:-2, 2:]) & (c > m[2:, :-2])) \
        | (diag & ~anti & (c > m[:-2, :-2]) & (c > m[2:, 2:]))
    cand = keep & (c > int(np.floor(low)))
    strong = cand & (c > int(np.floor(high)))
    lab, n = ndimage.label(cand, structure=np.ones((3, 3), bool))
    good = np.zeros(n + 1, bool)
    good[np.unique(lab[strong])] = True
    good[0] = False
    return np.where(good[lab], 255, 0).astype(np.uint8)
