"""Degraded copies of a figure: the ways a correct image reaches a verifier after other tools touched it.

Used by the reader's tests and ``benchmarks/bench_reader.py``: blur (Gaussian, σ in px), JPEG
(quality), resize (factor, bilinear/area as image editors do), a uniform colour shift (±k on every
channel, clipped) and a recoloured palette (every pixel's hue turned by a fixed angle — another
tool's colours for the same classes). Each takes and returns PNG/JPEG bytes; deterministic.
"""
from __future__ import annotations

import io

import numpy as np

__all__ = ["STYLES", "degrade", "blur", "jpeg", "resize", "shift", "recolour"]


def _rgb(data: bytes) -> np.ndarray:
    from PIL import Image
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))


def _png(rgb: np.ndarray) -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(rgb)).save(buf, format="PNG", compress_level=1)
    return buf.getvalue()


def blur(data: bytes, sigma: float) -> bytes:
    """Gaussian blur of ``sigma`` px on each channel."""
    from scipy import ndimage as ndi
    a = _rgb(data).astype(np.float32)
    out = np.stack([ndi.gaussian_filter(a[..., c], sigma, mode="nearest") for c in range(3)], axis=2)
    return _png(np.clip(np.rint(out), 0, 255).astype(np.uint8))


def jpeg(data: bytes, quality: int) -> bytes:
    """Re-encode as JPEG at ``quality`` (PIL's default 4:2:0 chroma subsampling); returns JPEG bytes."""
    from PIL import Image
    buf = io.BytesIO()
    Image.fromarray(_rgb(data)).save(buf, format="JPEG", quality=int(quality))
    return buf.getvalue()


def resize(data: bytes, factor: float) -> bytes:
    """Scale both sides by ``factor`` (bilinear upward, area-averaging downward, as editors do)."""
    from PIL import Image
    im = Image.fromarray(_rgb(data))
    w, h = im.size
    size = (max(1, int(round(w * factor))), max(1, int(round(h * factor))))
    res = Image.Resampling.BILINEAR if factor >= 1 else Image.Resampling.BOX
    return _png(np.asarray(im.resize(size, res)))


def shift(data: bytes, k: int) -> bytes:
    """Add ``k`` to every channel of every pixel (clipped to 0–255): a colour-management offset."""
    a = _rgb(data).astype(np.int16) + int(k)
    return _png(np.clip(a, 0, 255).astype(np.uint8))


def recolour(data: bytes, degrees: float = 40.0) -> bytes:
    """Turn every pixel's hue by ``degrees`` (greys stay grey): the same classes in another palette."""
    from PIL import Image
    hsv = np.asarray(Image.fromarray(_rgb(data)).convert("HSV")).copy()
    hsv[..., 0] = ((hsv[..., 0].astype(np.int32) + int(round(degrees / 360 * 256))) % 256).astype(np.uint8)
    return _png(np.asarray(Image.fromarray(hsv, "HSV").convert("RGB")))


# name → degradation of PNG bytes; the development benchmark's styles (issue 10)
STYLES = {
    "clean": lambda d: d,
    "blur1": lambda d: blur(d, 1.0),
    "jpeg90": lambda d: jpeg(d, 90),
    "jpeg75": lambda d: jpeg(d, 75),
    "resize0.9": lambda d: resize(d, 0.9),
    "resize0.5": lambda d: resize(d, 0.5),
    "resize2": lambda d: resize(d, 2.0),
    "shift+1": lambda d: shift(d, 1),
    "shift-8": lambda d: shift(d, -8),
    "shift+8": lambda d: shift(d, 8),
}


def degrade(data: bytes, style: str) -> bytes:
    """``data`` degraded in the named style (a key of ``STYLES``)."""
    if style not in STYLES:
        raise ValueError(f"style must be one of {sorted(STYLES)}, got {style!r}")
    return STYLES[style](data)
