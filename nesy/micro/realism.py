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


# ---------------------------------------------------------------------------------------------
# one image: is it a micrograph at all? (the verifier's realism checks)

IMAGE_STATS = ("background", "contrast", "noise", "texture")


def image_stats(gray: np.ndarray, nuclei: np.ndarray, ignore: np.ndarray | None = None) -> dict[str, float]:
    """What makes one image a fluorescence micrograph rather than a mask or a washed-out copy, in grey
    levels (uint8 scale), given its nucleus instance labels (``nesy.micro.segment``):

    - ``background``: median grey level outside the nuclei (camera offset and stray light);
    - ``contrast``: median grey level inside the nuclei minus the background;
    - ``noise``: robust sd (1.4826 × MAD) of the background after removing its smooth part (the image
      minus its Gaussian blur of σ = 2 px): the camera's shot and read noise;
    - ``texture``: median over nuclei (≥ 30 px) of the grey-level sd inside each nucleus eroded by 2 px
      (chromatin texture plus noise, without the blurred rim).

    A flat mask has noise and texture 0; a washed-out image a raised background and a low contrast.
    ``ignore``: pixels left out of the background statistics (a figure's scale bar and labels, blanked), with a
    6 px margin (the smoothing reaches that far)."""
    from scipy import ndimage as ndi
    g = np.asarray(gray, np.float64)
    if g.ndim == 3:
        g = g[..., :3].mean(axis=2)
    bgm = nuclei == 0
    if ignore is not None:
        bgm = bgm & ~ndi.binary_dilation(ignore, iterations=6)
    bg = g[bgm] if bgm.any() else g.ravel()
    fg = g[nuclei != 0]
    hp = g - ndi.gaussian_filter(g, 2.0)
    hb = hp[bgm] if bgm.any() else hp.ravel()
    tex = []
    for i in np.unique(nuclei):
        if i == 0:
            continue
        m = nuclei == i
        if m.sum() < 30:
            continue
        core = ndi.binary_erosion(m, iterations=2)
        if core.sum() >= 5:
            tex.append(float(g[core].std()))
    return {"background": float(np.median(bg)),
            "contrast": float(np.median(fg) - np.median(bg)) if fg.size else 0.0,
            "noise": float(1.4826 * np.median(np.abs(hb - np.median(hb)))),
            "texture": float(np.median(tex)) if tex else 0.0}


def fit_ranges(crops: Iterable[np.ndarray]) -> dict[str, dict[str, float]]:
    """Per statistic of ``image_stats``: min, median and max over real ``crops`` (uint8 grey), each
    segmented by nesy's classical segmentation as the verifier segments what it reads."""
    from .segment import segment
    rows = [image_stats(c, segment(np.asarray(c, np.uint8))) for c in crops]
    out: dict[str, dict[str, float]] = {}
    for k in IMAGE_STATS:
        v = np.array([r[k] for r in rows])
        out[k] = {"min": round(float(v.min()), 3), "median": round(float(np.median(v)), 3),
                  "max": round(float(v.max()), 3)}
    return out


def allowed(fitted: dict[str, dict[str, float]], tol: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """The accepted range of each statistic: the real crops' [min, max] widened by the verifier's
    tolerances (``solvers/microscopy.yaml`` ``realism``): noise and texture by factors (other microscopes,
    blur and compression change them), the background up to its max plus a share of the smallest
    contrast, the contrast down to a share of its min."""
    lo_f, hi_f = (float(x) for x in tol["noise_texture_factor"])
    return {
        "noise": (lo_f * fitted["noise"]["min"], hi_f * fitted["noise"]["max"]),
        "texture": (lo_f * fitted["texture"]["min"], hi_f * fitted["texture"]["max"]),
        "contrast": (float(tol["contrast_share"]) * fitted["contrast"]["min"], 255.0),
        "background": (0.0, fitted["background"]["max"]
                       + float(tol["background_share"]) * fitted["contrast"]["min"]),
    }
