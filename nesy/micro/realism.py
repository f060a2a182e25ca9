"""How close synthetic micrographs are to held-out real ones: object size, intensity and texture
distributions, compared with two-sample Kolmogorov–Smirnov tests.

Every image, real or synthetic, is measured the same way: objects are found by nesy's classical
segmentation (``nesy.micro.segment.segment``), so the comparison does not favour the images whose
true masks are known. Statistics (intensities on the uint8 grey scale):

- ``object_area_px``: area of each segmented object;
- ``object_mean``: mean grey level inside each object;
- ``object_sd``: grey-level standard deviation inside each object (internal texture);
- ``background``: grey levels of background pixels (every 7th, to keep samples comparable);
- ``patch_laplacian``: mean |Laplacian| of each 16 × 16 patch (fine-grain texture / noise).

KS test: ``scipy.stats.ks_2samp`` (Massey, J. Am. Stat. Assoc. 46:68-78, 1951); small D and large p
mean the two samples are hard to tell apart.
"""
from __future__ import annotations

from typing import Any, Iterable

import numpy as np

__all__ = ["measure", "compare", "STATS"]

STATS = ("object_area_px", "object_mean", "object_sd", "background", "patch_laplacian")


def measure(images: Iterable[np.ndarray]) -> dict[str, np.ndarray]:
    """Pooled per-object / per-pixel / per-patch samples of each statistic over ``images`` (uint8 grey)."""
    from scipy import ndimage as ndi
    from skimage.measure import regionprops
    from .segment import segment
    acc: dict[str, list[float]] = {k: [] for k in STATS}
    for img in images:
        g = np.asarray(img, np.uint8)
        lab = segment(g)
        f = g.astype(np.float64)
        for p in regionprops(lab, intensity_image=f):
            vals = p.image_intensity[p.image]  # the object's pixels only (regionprops crops to its box)
            acc["object_area_px"].append(float(p.area))
            acc["object_mean"].append(float(vals.mean()))
            acc["object_sd"].append(float(vals.std()))
        acc["background"].extend(f[lab == 0][::7].tolist())
        lap = np.abs(ndi.laplace(f))
        h, w = g.shape
        for y in range(0, h - 15, 16):
            for x in range(0, w - 15, 16):
                acc["patch_laplacian"].append(float(lap[y:y + 16, x:x + 16].mean()))
    return {k: np.asarray(v, np.float64) for k, v in acc.items()}


def compare(real: dict[str, np.ndarray], synth: dict[str, np.ndarray]) -> dict[str, dict[str, Any]]:
    """Per statistic: sample sizes, medians, KS statistic D and p-value (real vs synthetic)."""
    from scipy.stats import ks_2samp
    out: dict[str, dict[str, Any]] = {}
    for k in STATS:
        a, b = real[k], synth[k]
        if len(a) == 0 or len(b) == 0:
            out[k] = {"n_real": int(len(a)), "n_synth": int(len(b)), "D": 1.0, "p": 0.0,
                      "median_real": float(np.median(a)) if len(a) else None,
                      "median_synth": float(np.median(b)) if len(b) else None}
            continue
        t = ks_2samp(a, b)
        out[k] = {"n_real": int(len(a)), "n_synth": int(len(b)), "D": round(float(t.statistic), 4),
                  "p": float(f"{t.pvalue:.3g}"), "median_real": round(float(np.median(a)), 2),
                  "median_synth": round(float(np.median(b)), 2)}
    return out
