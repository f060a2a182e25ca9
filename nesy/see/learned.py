"""nesy's own label-line recogniser, run in numpy: a crop that holds one line of label text → (text,
confidence), with no torch and no onnxruntime, so the core install reads label values from pixels.

The model is a small pure-convolutional CTC recogniser (trained by ``nesy.see.train_reader`` on label
lines rendered the way nesy's sciences draw them, in randomised styles; ``nesy train --model reader``):
the crop becomes an ink map (distance from the page colour, so any text colour on any page colour reads
the same), scaled to ``height`` px; five 2-D convolutions with ReLU and max-pooling reduce it to one row
of per-column class scores, decoded greedily (repeats merged, blanks dropped). The weights ship as a
safetensors file in ``nesy/weights/reader/`` and are read here directly (the format is an 8-byte header
length, a JSON header and raw little-endian arrays), beside ``config.json`` (alphabet, input height,
channels, the training command, its data seed and measured accuracy).

Confidence is the smallest, over the characters read (spaces aside), of the largest class probability in
that character's run of columns: one unsure glyph makes the whole reading unsure, which is what
``nesy.see.ocr.same_label`` needs (an unsure reading decides nothing).
"""
from __future__ import annotations

import functools
import json
import struct
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["WEIGHTS_DIR", "Recogniser", "load", "prepare", "forward", "decode", "read_line",
           "read_safetensors", "write_safetensors"]

WEIGHTS_DIR = Path(__file__).resolve().parent.parent / "weights" / "reader"
_DTYPES = {"F32": np.float32, "F64": np.float64, "I64": np.int64, "I32": np.int32, "U8": np.uint8}


def read_safetensors(path: str | Path) -> tuple[dict[str, np.ndarray], dict[str, str]]:
    """(tensors by name, the header's ``__metadata__``) of a safetensors file, as numpy arrays."""
    data = Path(path).read_bytes()
    if len(data) < 8:
        raise ValueError(f"not a safetensors file (too short): {path}")
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n].decode("utf-8"))
    meta = header.pop("__metadata__", {}) or {}
    out = {}
    for name, info in header.items():
        if info["dtype"] not in _DTYPES:
            raise ValueError(f"tensor {name!r} has dtype {info['dtype']!r}; supported: {sorted(_DTYPES)}")
        b, e = info["data_offsets"]
        dt = np.dtype(_DTYPES[info["dtype"]]).newbyteorder("<")
        arr = np.frombuffer(data, dtype=dt, count=(e - b) // dt.itemsize, offset=8 + n + b)
        out[name] = arr.reshape(info["shape"]).astype(_DTYPES[info["dtype"]])
    return out, meta


def write_safetensors(path: str | Path, tensors: dict[str, np.ndarray], metadata: dict[str, str] | None = None) -> None:
    """Write float32 arrays as a safetensors file (names sorted, so the bytes depend only on the values)."""
    header: dict[str, Any] = {}
    blobs = []
    off = 0
    for name in sorted(tensors):
        a = np.ascontiguousarray(tensors[name], dtype="<f4")
        header[name] = {"dtype": "F32", "shape": list(a.shape), "data_offsets": [off, off + a.nbytes]}
        blobs.append(a.tobytes())
        off += a.nbytes
    if metadata:
        header["__metadata__"] = {str(k): str(v) for k, v in metadata.items()}
    h = json.dumps(header, separators=(",", ":"), sort_keys=True).encode("utf-8")
    h += b" " * (-len(h) % 8)
    Path(path).write_bytes(struct.pack("<Q", len(h)) + h + b"".join(blobs))


def prepare(rgb: np.ndarray, height: int = 32) -> np.ndarray:
    """The (height, W) float32 ink map the recogniser reads: each pixel's distance from the page colour
    (the per-channel median), scaled so full ink is 1 (never amplifying a faint page: contrast under 40
    of 255 is kept faint), resized to ``height`` px keeping the aspect ratio, W a multiple of 4 (≥ 8)."""
    from PIL import Image
    a = np.asarray(rgb)
    if a.ndim == 2:
        a = np.stack([a] * 3, axis=-1)
    a = a[..., :3].astype(np.float32)
    bg = np.median(a.reshape(-1, 3), axis=0)
    d = np.sqrt(((a - bg) ** 2).sum(axis=-1)) / np.sqrt(3.0)
    ink = np.clip(d / max(float(np.percentile(d, 99.5)), 40.0), 0.0, 1.0).astype(np.float32)
    h, w = ink.shape
    nw = max(8, int(round(w * height / max(h, 1))))
    out = np.asarray(Image.fromarray(ink, mode="F").resize((nw, height), Image.Resampling.BILINEAR), np.float32)
    pad = -nw % 4
    if pad:
        out = np.pad(out, ((0, 0), (0, pad)))
    return np.ascontiguousarray(out)


def _conv(x: np.ndarray, w: np.ndarray, b: np.ndarray, pad: tuple[int, int]) -> np.ndarray:
    """2-D cross-correlation of x (C, H, W) with w (O, C, kh, kw) + b, zero padding ``pad`` (rows, cols)."""
    from numpy.lib.stride_tricks import sliding_window_view
    O, C, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (pad[0], pad[0]), (pad[1], pad[1])))
    win = sliding_window_view(xp, (kh, kw), axis=(1, 2))            # C, H', W', kh, kw
    Ho, Wo = win.shape[1], win.shape[2]
    cols = win.transpose(1, 2, 0, 3, 4).reshape(Ho * Wo, C * kh * kw)
    y = cols @ w.reshape(O, -1).T + b
    return np.ascontiguousarray(y.T.reshape(O, Ho, Wo))


def _pool(x: np.ndarray, ph: int, pw: int) -> np.ndarray:
    C, H, W = x.shape
    H2, W2 = H // ph, W // pw
    return x[:, :H2 * ph, :W2 * pw].reshape(C, H2, ph, W2, pw).max(axis=(2, 4))


# (name, padding, pool after (rows, cols) or None); conv5's kernel spans the remaining height
LAYERS = (("conv1", (1, 1), (2, 2)), ("conv2", (1, 1), (2, 2)), ("conv3", (1, 1), None),
          ("conv4", (1, 1), (2, 1)), ("conv5", (0, 1), None))


def forward(weights: dict[str, np.ndarray], ink: np.ndarray) -> np.ndarray:
    """Per-column log-probabilities (T, classes) of the (height, W) ink map; class 0 is CTC's blank."""
    x = ink[None].astype(np.float32)
    for name, pad, pool in LAYERS:
        x = np.maximum(_conv(x, weights[f"{name}.weight"], weights[f"{name}.bias"], pad), 0.0)
        if pool:
            x = _pool(x, *pool)
    z = _conv(x, weights["head.weight"], weights["head.bias"], (0, 0))[:, 0, :].T   # T, classes
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def decode(logp: np.ndarray, alphabet: str) -> tuple[str, float]:
    """Greedy CTC decoding of (T, 1 + len(alphabet)) log-probabilities: (text, confidence 0–1)."""
    best = logp.argmax(axis=1)
    p = np.exp(logp.max(axis=1))
    chars: list[str] = []
    conf: list[float] = []
    prev = 0
    for k, c in enumerate(best):
        if c != 0 and c != prev:
            chars.append(alphabet[c - 1])
            conf.append(float(p[k]))
        elif c != 0 and c == prev:
            conf[-1] = max(conf[-1], float(p[k]))
        prev = c
    # a space's own confidence is left out: a label is compared with its spaces removed (ocr.same_label)
    sure = [q for ch, q in zip(chars, conf) if ch != " "]
    if not sure:
        return "", 0.0
    return "".join(chars), float(min(sure))


class Recogniser:
    """A loaded recogniser: ``config`` (alphabet, height, channels, …) and its numpy ``weights``."""

    def __init__(self, config: dict, weights: dict[str, np.ndarray]):
        self.config = config
        self.weights = {k: np.asarray(v, np.float32) for k, v in weights.items()}
        self.alphabet: str = config["alphabet"]
        self.height: int = int(config["height"])
        n = self.weights["head.weight"].shape[0]
        if n != len(self.alphabet) + 1:
            raise ValueError(f"the head has {n} classes; the alphabet needs {len(self.alphabet) + 1}")

    def read(self, rgb: np.ndarray) -> tuple[str, float]:
        """(text, confidence 0–1) of the one line of text in the (h, w, 3) crop; ("", 0.0) if none."""
        a = np.asarray(rgb)
        if a.ndim < 2 or a.shape[0] < 4 or a.shape[1] < 4:
            return "", 0.0
        text, conf = decode(forward(self.weights, prepare(a, self.height)), self.alphabet)
        return (text.strip(), conf) if text.strip() else ("", 0.0)


def load(directory: str | Path | None = None) -> Recogniser:
    """The recogniser saved in ``directory`` (default: the shipped ``nesy/weights/reader``)."""
    d = Path(directory) if directory is not None else WEIGHTS_DIR
    if directory is None:
        return _shipped()
    cfg = json.loads((d / "config.json").read_text())
    w, _ = read_safetensors(d / "model.safetensors")
    return Recogniser(cfg, w)


@functools.lru_cache(maxsize=1)
def _shipped() -> Recogniser:
    cfg = json.loads((WEIGHTS_DIR / "config.json").read_text())
    w, _ = read_safetensors(WEIGHTS_DIR / "model.safetensors")
    return Recogniser(cfg, w)


def available() -> bool:
    """Whether the shipped weights are present."""
    return (WEIGHTS_DIR / "model.safetensors").exists() and (WEIGHTS_DIR / "config.json").exists()


def read_line(rgb: np.ndarray) -> tuple[str, float]:
    """(text, confidence) of the one label line in ``rgb``, read by the shipped recogniser."""
    return _shipped().read(rgb)
