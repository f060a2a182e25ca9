"""Fit nucleus size, shape, spacing and intensity distributions to the real training region.

``python -m nesy.micro.fit`` (or ``nesy train --fit-only``) rewrites ``solvers/microscopy_fitted.yaml``
from the stardist/DSB-2018 ground-truth labels *outside* the held-out rectangle; a test checks that the
shipped file equals a fresh fit. Lengths are in source pixels (the image has no stated pixel size).
Only nuclei that do not touch the training region's border are measured (cut nuclei would bias sizes).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["fit_nuclei", "write_fitted"]


def _r(x: float, nd: int = 4) -> float:
    return float(round(float(x), nd))


def fit_nuclei(key: str = "nuclei") -> dict[str, Any]:
    """Measured distributions of the training region of source ``key`` (ground-truth labels)."""
    from scipy import ndimage as ndi
    from scipy.spatial import cKDTree
    from skimage.measure import regionprops
    from skimage.morphology import dilation, disk
    from .data import load_source
    s = load_source(key)
    train = s.train_mask()
    lab = np.where(train, s.labels, 0)
    # Objects cut by the region border (image edge or held-out edge) are left out of size/shape stats.
    border = train & ~ndi.binary_erosion(np.pad(train, 1, constant_values=False), disk(1))[1:-1, 1:-1]
    cut = set(np.unique(lab[border]).tolist()) - {0}
    props = [p for p in regionprops(lab, intensity_image=s.image) if p.label not in cut and p.area >= 20]
    d = np.array([p.equivalent_diameter_area for p in props])
    ratio = np.array([p.axis_minor_length / max(p.axis_major_length, 1e-6) for p in props])
    ld = np.log(d)
    # Touching: a nucleus whose 1-px dilation meets another label.
    touching = 0
    for p in props:
        m = np.zeros_like(lab, bool)
        m[p.slice] = p.image
        ring = dilation(m, disk(1)) & ~m
        if np.any((lab[ring] != 0) & (lab[ring] != p.label)):
            touching += 1
    cent = np.array([p.centroid for p in props])
    r = d / 2
    dist, idx = cKDTree(cent).query(cent, k=2)
    gap = dist[:, 1] - r - r[idx[:, 1]]
    fg = s.image[(lab > 0)]
    bg = s.image[train & (s.labels == 0)]
    area = float(train.sum())
    all_labels = set(np.unique(lab).tolist()) - {0}
    pct = lambda a, q: [_r(v, 3) for v in np.percentile(a, q)]  # noqa: E731
    return {
        "source": f"{key}: {' '.join(s.source.split())} Training region only (held-out rectangle "
                  f"{list(s.held_out)} excluded); measured with scikit-image regionprops.",
        "units": "lengths in source pixels; intensities in the normalised [-1, 1] scale of nesy/micro/data.py",
        "n_measured": len(props),
        "diameter_px": {"law": "equivalent-circle diameter ~ lognormal(mu, sigma) of ln(px)",
                        "mu": _r(ld.mean()), "sigma": _r(ld.std(ddof=1)),
                        "p2_5_p50_p97_5": pct(d, [2.5, 50, 97.5])},
        "axis_ratio": {"law": "minor/major axis ratio of the fitted ellipse (regionprops moments)",
                       "mean": _r(ratio.mean()), "sd": _r(ratio.std(ddof=1)),
                       "p2_5_p50_p97_5": pct(ratio, [2.5, 50, 97.5])},
        "touching_fraction": {"law": "fraction of nuclei whose 1-px dilation meets another nucleus",
                              "value": _r(touching / len(props))},
        "nn_gap_px": {"law": "nearest-neighbour edge gap ≈ centroid distance − both equivalent radii",
                      "p5_p25_p50": pct(gap, [5, 25, 50])},
        "density_per_256px2": {"law": "labelled nuclei per 256 × 256 px of training region",
                               "value": _r(len(all_labels) / area * 256 * 256, 2)},
        "intensity": {"law": "pixel intensity inside / outside the labelled nuclei",
                      "foreground_mean": _r(fg.mean()), "foreground_sd": _r(fg.std()),
                      "background_mean": _r(bg.mean()), "background_sd": _r(bg.std())},
        "realism": fit_realism(s, props),
    }


# 256 × 256 crops of the training region (the held-out rectangle is [256, 512) × [256, 512))
REALISM_CROPS = ((0, 0), (0, 128), (0, 256), (128, 0), (256, 0))


def fit_realism(s: Any, props: list) -> dict[str, Any]:
    """What a real micrograph of this source looks like, on the uint8 grey scale (``nesy.micro.realism``):
    the range of each statistic over 256 × 256 training crops (the verifier's realism checks), and the
    levels nesy's painter uses (``nesy.micro.paint``)."""
    from .realism import fit_ranges
    g = np.clip((s.image.astype(np.float64) + 1.0) * 127.5, 0, 255).astype(np.uint8)
    crops = [g[y:y + 256, x:x + 256] for y, x in REALISM_CROPS]
    for (y, x) in REALISM_CROPS:
        assert s.train_mask()[y:y + 256, x:x + 256].all(), "a realism crop overlaps the held-out rectangle"
    ranges = fit_ranges(crops)
    means = np.array([float(g[p.slice][p.image].mean()) for p in props])
    return {"law": "per 256 × 256 training crop, segmented by nesy.micro.segment: background median, nucleus "
                   "contrast, background noise (1.4826 MAD after removing the σ = 2 px blur), nucleus texture "
                   "(sd inside each nucleus eroded by 2 px); grey levels 0-255",
            "crops": [list(c) for c in REALISM_CROPS],
            **ranges,
            "painter": {"background": _r(ranges["background"]["median"], 2),
                        # white noise of sd σ reads as ≈ 0.97 σ after the σ = 2 px high-pass
                        "noise": _r(ranges["noise"]["median"] / 0.97, 2),
                        "nucleus_level": _r(ranges["background"]["median"] + ranges["contrast"]["median"], 2),
                        "nucleus_cv": _r(float(np.log(np.maximum(means, 1.0)).std()), 3),
                        "texture": _r(ranges["texture"]["median"], 2)}}


def write_fitted(path: str | Path | None = None) -> Path:
    """Fit and write ``solvers/microscopy_fitted.yaml`` (or ``path``); returns the path written."""
    import yaml
    from ..resources import data_dir
    out = Path(path) if path else data_dir("solvers") / "microscopy_fitted.yaml"
    if "site-packages" in out.resolve().parts or "dist-packages" in out.resolve().parts:
        from ..errors import InputError
        raise InputError(f"refusing to write into the installed package ({out}); give a path outside it")
    body = yaml.safe_dump({"nuclei": fit_nuclei("nuclei")}, sort_keys=False, allow_unicode=True, width=110)
    out.write_text("# GENERATED by `python -m nesy.micro.fit` — do not edit; re-run to reproduce.\n" + body,
                   encoding="utf-8")
    return out


if __name__ == "__main__":
    print(write_fitted())
