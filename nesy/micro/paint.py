"""nesy's exact micrograph: a layout's nuclei painted as a fluorescence image, with its exact masks.

The classical way to simulate fluorescence images of cell populations (SIMCEP: Lehmussola et al.,
"Computational framework for simulating fluorescence microscope images with cell populations", IEEE
Trans. Med. Imaging 26(7):1010-1016, 2007): objects of a measured mean intensity with per-object
variation and an internal texture of smoothed noise, blurred by the optics' point-spread function
(a Gaussian), over a camera offset, plus sensor noise. Every level is the one measured on the real
training region (``solvers/microscopy_fitted.yaml`` ``nuclei.realism``, by ``nesy.micro.fit``), so the
painted image lies within the range the verifier accepts for a real micrograph
(``nesy.micro.realism.image_stats``). The noise is seeded from the layout's own numbers: the same
layout gives the same bytes.
"""
from __future__ import annotations

import hashlib
import json
import math

import numpy as np

from ..types import Layout

__all__ = ["paint", "PSF_SIGMA_PX", "TEXTURE_SIGMA_PX"]

PSF_SIGMA_PX = 1.0      # Gaussian point-spread function (px): a blurred rim of ~2 px, as the real nuclei show
TEXTURE_SIGMA_PX = 1.5  # correlation length of the chromatin texture (px)
CELL_DELTA = 16.0       # grey levels of a cell's cytoplasm above the background (nesy's exact figure's value)
# A figure must show every nucleus it states, countable by the verifier's classical segmentation: the
# painter uses the real background, contrast and noise, but half the real texture and a quarter of the real
# spread of brightness between nuclei (both still inside the range the verifier accepts as a micrograph);
# at the full real values the segmentation miscounts about half of the figures, as it would real ones.
TEXTURE_SHARE = 0.5
SPREAD_SHARE = 0.25


def _seed(layout: Layout) -> int:
    ells = layout.extra("ellipses", []) or []
    blob = json.dumps([layout.width, layout.height, ells], sort_keys=True, default=str).encode()
    return int.from_bytes(hashlib.sha256(blob).digest()[:8], "little")


def paint(layout: Layout, fitted: dict) -> np.ndarray:
    """The layout's micrograph, uint8 (H, W). ``fitted``: ``nuclei.realism`` of the fitted file (the
    ``painter`` levels: background, noise, nucleus level and its per-nucleus coefficient of variation,
    texture sd). The layout's ``imaging`` plan (what the text states: ``nesy.domains.microscopy_conditions``)
    may set the noise sd, the base blur and a contrast factor; an ellipse's ``blur_px`` and ``level`` its own
    blur sd and brightness factor. Without them the painter's own levels are drawn."""
    from scipy import ndimage as ndi
    from .masks import label_image
    p = fitted["painter"]
    h, w = int(layout.height), int(layout.width)
    plan = layout.extra("imaging") or {}
    noise_sd = float(plan.get("noise_sd", p["noise"]))
    base_blur = float(plan.get("blur_px", PSF_SIGMA_PX))
    cfac = float(plan.get("contrast_factor", 1.0))
    rng = np.random.default_rng(_seed(layout))
    bg = float(p["background"])
    img = np.full((h, w), bg)
    cells, _ = label_image(layout, "cell")
    img[cells > 0] += CELL_DELTA
    under = img.copy()
    nuc, ids = label_image(layout, "nucleus")
    ell = {e["id"]: e for e in layout.extra("ellipses", []) or []}
    fac = np.array([cfac * float(ell.get(i, {}).get("level", 1.0)) for i in ids])
    blur = np.array([float(ell.get(i, {}).get("blur_px", base_blur)) for i in ids])
    # per-nucleus brightness (lognormal, the measured spread) kept within one sd: a nucleus dimmer than that
    # is real, but a figure must show every nucleus it states
    z = np.clip(rng.normal(0.0, 1.0, len(ids)), -1.0, 1.0)
    levels = float(p["nucleus_level"]) * np.exp(SPREAD_SHARE * float(p["nucleus_cv"]) * z)
    levels = bg + (levels - bg) * fac if len(ids) and (fac != 1.0).any() else levels
    for k in range(len(ids)):
        img[nuc == k + 1] = levels[k]
    # texture: smoothed unit noise; after the PSF its sd shrinks by s/sqrt(s² + psf²) (Gaussian kernels),
    # and the sensor noise adds in quadrature: the amplitude that gives the measured texture sd
    tex = ndi.gaussian_filter(rng.normal(0.0, 1.0, (h, w)), TEXTURE_SIGMA_PX)
    tex /= max(float(tex.std()), 1e-9)
    keep = TEXTURE_SIGMA_PX / math.hypot(TEXTURE_SIGMA_PX, PSF_SIGMA_PX)
    amp = TEXTURE_SHARE * math.sqrt(max(float(p["texture"]) ** 2 - float(p["noise"]) ** 2, 0.0)) / keep
    if len(ids) and (fac != 1.0).any():          # chromatin texture scales with the stain's level
        ampmap = np.concatenate([[0.0], amp * fac])[nuc]
        img[nuc > 0] += (ampmap * tex)[nuc > 0]
    else:
        img[nuc > 0] += amp * tex[nuc > 0]
    # the optics: one Gaussian PSF, except for the nuclei drawn with their own blur (out of focus), each
    # blurred with its own sd (blurring is linear: the image is the sum of the parts, each blurred)
    own = np.concatenate([[False], blur != base_blur])[nuc]
    out = ndi.gaussian_filter(np.where(own, under, img), base_blur)
    for s in sorted(set(blur[blur != base_blur].tolist())):
        part = np.concatenate([[False], blur == s])[nuc]
        out += ndi.gaussian_filter(np.where(part, img - under, 0.0), s)
    if plan.get("illumination"):     # uneven illumination: the light times its flat-field profile, before the camera
        from ..domains.microscopy_illumination import field
        out *= field(plan["illumination"], w, h)
    out += rng.normal(0.0, noise_sd, (h, w)) if noise_sd > 0 else 0.0
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)
