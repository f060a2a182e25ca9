"""Label text read from pixels: RapidOCR's PP-OCR recogniser (``rapidocr-onnxruntime``, the ``ocr`` extra;
its models ship in the wheel, nothing is downloaded) on a crop the verifier knows holds one label line,
or, in the core install (no RapidOCR), nesy's own label-line recogniser (``nesy.see.learned``: a small
CTC convolutional network run in numpy, weights in ``nesy/weights/reader``). ``read_page`` (finding
text anywhere) needs RapidOCR's detector.

``NESY_OCR_ENGINE`` chooses the line reader for measurements and tests: ``learned`` (RapidOCR hidden, as
in the core install), ``rapidocr`` (never the learned one); unset: RapidOCR when installed, else learned.

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

__all__ = ["available", "can_read_line", "engine", "read_line", "read_page", "text_boxes", "same_label", "MIN_SCORE"]

MIN_SCORE = 0.8          # a recognition below this confidence decides nothing
# With RapidOCR installed, the learned recogniser reads first and RapidOCR only what it is unsure of
# (confidence < MIN_SCORE). Set from the measurement in RESULTS ("A learned label reader").
LEARNED_FIRST = False
_ENGINE: Any = None


def _choice() -> str:
    import os
    v = os.environ.get("NESY_OCR_ENGINE", "").strip().lower()
    if v not in ("", "learned", "rapidocr"):
        raise ValueError(f"NESY_OCR_ENGINE must be 'learned', 'rapidocr' or unset, got {v!r}")
    return v


def available() -> bool:
    """Whether the ``ocr`` extra (rapidocr-onnxruntime) is installed (and not hidden by
    ``NESY_OCR_ENGINE=learned``): then ``read_page`` works."""
    import importlib.util
    if _choice() == "learned":
        return False
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


def engine() -> str:
    """The line reader ``read_line`` uses now: "rapidocr" or "learned" ("" when neither is there)."""
    if available():
        return "rapidocr"
    if _choice() != "rapidocr":
        from . import learned
        if learned.available():
            return "learned"
    return ""


def can_read_line() -> bool:
    """Whether ``read_line`` can read here (RapidOCR, or nesy's own recogniser in the core install)."""
    return engine() != ""


def read_line(rgb: np.ndarray, *, upscale: int = 2) -> tuple[str, float]:
    """(text, confidence 0–1) of the one line of text in the (h, w, 3) uint8 crop ``rgb``; ("", 0.0)
    for an empty crop or when nothing is recognised. Deterministic (same crop → same reading).
    RapidOCR when installed (``upscale``: the crop enlarged first), else nesy's learned recogniser
    (which scales every crop to its own input height)."""
    if rgb.ndim != 3 or rgb.shape[0] < 4 or rgb.shape[1] < 4:
        return "", 0.0
    if engine() == "learned":
        from . import learned
        return learned.read_line(rgb)
    if LEARNED_FIRST and engine() == "rapidocr" and _choice() == "":
        from . import learned
        if learned.available():
            text, score = learned.read_line(rgb)
            if score >= MIN_SCORE:
                return text, score
    if engine() == "" and _choice() == "learned":
        from ..errors import MissingExtraError
        raise MissingExtraError("reading label text from pixels (nesy.see.ocr; nesy/weights/reader is missing)",
                                "ocr", "rapidocr_onnxruntime")
    crop = np.ascontiguousarray(np.repeat(np.repeat(rgb[..., :3], upscale, axis=0), upscale, axis=1))
    try:
        res, _ = _engine()(crop, use_det=False, use_cls=False, use_rec=True)
    except Exception as e:  # noqa: BLE001 - only RapidOCR's refusal of a crop it cannot resize is a reading
        if type(e).__name__ != "ResizeImgError":
            raise
        return "", 0.0     # a sliver (a long hairline, a halo's edge) its resizer scales to nothing: no text
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
    try:
        res, _ = _engine()(img, use_det=True, use_cls=False, use_rec=True)
    except Exception as e:  # noqa: BLE001 - as in read_line
        if type(e).__name__ != "ResizeImgError":
            raise
        return []
    out = []
    for box, text, score in res or []:
        xs = [p[0] / upscale for p in box]
        ys = [p[1] / upscale for p in box]
        if float(score) >= min_score and str(text).strip():
            out.append((str(text), (int(min(xs)), int(min(ys)), int(round(max(xs))), int(round(max(ys)))),
                        float(score)))
    out.sort(key=lambda t: (t[1][1], t[1][0]))
    return out


def text_boxes(rgb: np.ndarray) -> list[tuple[int, int, int, int]]:
    """The boxes (x0, y0, x1, y1) of every text line RapidOCR's detector finds in ``rgb``, read or not (a
    line set sideways is found but not recognised, so ``read_page`` leaves it out). Deterministic."""
    if rgb.ndim != 3 or rgb.shape[0] < 8 or rgb.shape[1] < 8:
        return []
    try:
        res, _ = _engine()(np.ascontiguousarray(rgb[..., :3]), use_det=True, use_cls=False, use_rec=False)
    except Exception as e:  # noqa: BLE001 - as in read_line
        if type(e).__name__ != "ResizeImgError":
            raise
        return []
    out = []
    for box in res or []:
        b = np.asarray(box, float).reshape(-1, 2)
        out.append((int(b[:, 0].min()), int(b[:, 1].min()), int(round(b[:, 0].max())), int(round(b[:, 1].max()))))
    return sorted(out, key=lambda t: (t[1], t[0]))


_NUM = re.compile(r"\d+(?:[.,]\d+)?")


def _numbers(s: str) -> list[str]:
    return [m.replace(",", ".") for m in _NUM.findall(s)]


def same_label(expected: str, read: str, score: float) -> bool | None:
    """Whether the reading ``read`` (confidence ``score``) shows the label ``expected``: None when the
    reading cannot decide (low confidence, or the letters the label starts with not reproduced); else
    whether the numbers agree, in order."""
    if score < MIN_SCORE or not read:
        return None
    import unicodedata
    # compatibility forms are one glyph drawn alike: µ (micro sign) and μ (Greek mu), ₁ and 1
    e = unicodedata.normalize("NFKC", expected).replace(" ", "")
    r = unicodedata.normalize("NFKC", read).replace(" ", "")
    m = re.match(r"[^\W\d_]+", e)
    prefix = m.group(0) if m else ""
    if not prefix or not r.startswith(prefix):
        return None
    return _numbers(r) == _numbers(e)
