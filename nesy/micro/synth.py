"""Synthetic micrographs with exact instance masks: text → scene → Z3 layout → nesy's ControlNet model.

``synthetic(n, seed)`` is the synthetic-data use of nesy: ``n`` images drawn from seeded prompts of the
microscopy domain (counts around the real image's density, some touching clusters), each with its
layout's exact label image. Only images that pass the classical-segmentation verifier are kept
(``verified=True``), re-rendered with the next attempt otherwise, as ``nesy generate`` does.
"""
from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["synthetic", "synthetic_prompts"]

_TEMPLATES = (
    "a fluorescence micrograph of {n} nuclei",
    "a fluorescence micrograph of {n} nuclei, {k} of them touching",
    "a fluorescence micrograph of {n} nuclei, {k} of them touching, the rest well separated",
    "a fluorescence micrograph of {n} nuclei, one binucleate cell in the centre",
)
_WORDS = {2: "two", 3: "three", 4: "four"}


def synthetic_prompts(n: int, seed: int = 0) -> list[str]:
    """``n`` seeded prompts with 20–40 nuclei (the real training region holds ~34 per 256 × 256 px)."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        t = _TEMPLATES[int(rng.integers(len(_TEMPLATES)))]
        out.append(t.format(n=int(rng.integers(20, 41)), k=_WORDS[int(rng.integers(2, 5))]))
    return out


def synthetic(n: int, seed: int = 0, *, renderer: Any = None, rounds: int = 4,
              verified: bool = True) -> list[tuple[np.ndarray, np.ndarray]]:
    """``n`` pairs (uint8 grey image (H, W), int32 exact instance labels (H, W)) from nesy's model.

    With ``verified``, prompts whose figure fails verification after ``rounds`` are skipped and more
    prompts are drawn (at most ``3 n`` in all), so fewer than ``n`` pairs come back only if most fail.
    """
    import io
    from PIL import Image
    from ..pipeline import generate
    from .masks import label_image
    from .renderer import MicroscopyRenderer
    from ..domains.microscopy_marks import marks_off
    renderer = renderer or MicroscopyRenderer()
    out: list[tuple[np.ndarray, np.ndarray]] = []
    for i, text in enumerate(synthetic_prompts(3 * n, seed)):
        if len(out) == n:
            break
        with marks_off():     # training data: the field alone, every pixel the specimen's (no scale bar, no label)
            res = generate(text, domain="microscopy", seed=seed * 100_000 + i, rounds=rounds if verified else 1,
                           renderer=renderer, controls=False, raise_on_fail=False)
        if verified and not res.verdict.passed:
            continue
        img = np.asarray(Image.open(io.BytesIO(res.rendering.png)).convert("L"))
        out.append((img, label_image(res.layout)[0]))
    return out
