"""Label text read from pixels: RapidOCR's PP-OCR recogniser (``rapidocr-onnxruntime``, the ``ocr`` extra;
its models ship in the wheel, nothing is downloaded) on a crop the verifier knows holds one label line.

Detection is not run: a science's verifier knows where each label is drawn (circuits: ``label_rise`` px
above its symbol), so only the recogniser runs, on the crop upscaled 2× (≈ 50 ms a label on the CPU).
``same_label`` compares a reading with the text nesy drew, trusting a reading only when it reproduces the
letters the label starts with: then every number in it must be the same ("R1 = 10 kΩ" read as "R1=10kQ"
agrees, "R1=17kQ" and "R7=10kQ" do not); a reading that lost them (a garbled, resampled crop: "57" for
"S7") decides nothing.
"""
from __future__ import annotations

import re
from typing import Any

import numpy as np

__all__ = ["available", "read_line", "read_page", "same_label", "MIN_SCORE"]

MIN_SCORE = 0.8          # a recognition below this confidence decides nothing
_ENGINE: Any = None


def available() -> bool:
    """Whether the ``ocr`` extra (rapidocr-onnxruntime) is installed."""
    import importlib.util
    try:
        return importlib.util.find_spec("rapidocr_onnxruntime") is not None
    except (ImportError, ValueError):
        return False


def _engine() -> Any:
    global _ENGINE
    if _ENGINE is None:
        from ..errors import require_extra
        require_extra("rapidocr_onnxruntime", "ocr", "reading label text from pixels (nesy.see.ocr)")
        import logging
        from rapidocr_onnxruntime import RapidOCR
        logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        _ENGINE = RapidOCR()
    return _ENGINE


def read_line(rgb: np.ndarray, *, upscale: int = 2) -> tuple[str, float]:
    """(text, confidence 0–1) of the one line of text in the (h, w, 3) uint8 crop ``rgb``; ("", 0.0)
    for an empty crop or when nothing is recognised. Deterministic (same crop → same reading)."""
    if rgb.ndim != 3 or rgb.shape[0] < 4 or rgb.shape[1] < 4:
        return "", 0.0
    crop = np.ascontiguousarray(np.repeat(np.repeat(rgb[..., :3], upscale, axis=0), upscale, axis=1))
    res, _ = _engine()(crop, use_det=False, use_cls=False, use_rec=True)
    if not res:
        return "", 0.0
    text, score = res[0][0], float(res[0][1])
    return str(text), score


def read_page(rgb: np.ndarray, *, upscale: int = 1, min_score: float = 0.5) -> list[tuple[str, tuple[int, int, int, int], float]]:
    """Every line of text found anywhere in the (h, w, 3) uint8 image ``rgb``: ``(text, (x0, y0, x1, y1)
    in image px, confidence 0–1)``, read by RapidOCR's detector and recogniser (PP-OCR, in the wheel),
    top to bottom. Readings below ``min_score`` are left out. ``upscale`` enlarges small figures first
    (PP-OCR's detector misses text under ~10 px high). Deterministic."""
    if rgb.ndim != 3 or rgb.shape[0] < 8 or rgb.shape[1] < 8:
        return []
    img = np.ascontiguousarray(rgb[..., :3])
    if upscale > 1:
        img = np.ascontiguousarray(np.repeat(np.repeat(img, upscale, axis=0), upscale, axis=1))
    res, _ = _engine()(img, use_det=True, use_cls=False, use_rec=True)
    out = []
    for box, text, score in res or []:
        xs = [p[0] / upscale for p in box]
        ys = [p[1] / upscale for p in box]
        if float(score) >= min_score and str(text).strip():
            out.append((str(text), (int(min(xs)), int(min(ys)), int(round(max(xs))), int(round(max(ys)))),
                        float(score)))
    out.sort(key=lambda t: (t[1][1], t[1][0]))
    return out


_NUM = re.compile(r"\d+(?:[.,]\d+)?")


def _numbers(s: str) -> list[str]:
    return [m.replace(",", ".") for m in _NUM.findall(s)]


def same_label(expected: str, read: str, score: float) -> bool | None:
    """Whether the reading ``read`` (confidence ``score``) shows the label ``expected``: None when the
    reading cannot decide (low confidence, or the letters the label starts with not reproduced); else
    whether the numbers agree, in order."""
    if score < MIN_SCORE or not read:
        return None
    e = expected.replace(" ", "")
    r = read.replace(" ", "")
    m = re.match(r"[^\W\d_]+", e)
    prefix = m.group(0) if m else ""
    if not prefix or not r.startswith(prefix):
        return None
    return _numbers(r) == _numbers(e)
