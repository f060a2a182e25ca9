"""``nesy train --model reader``: train the label-line recogniser (``nesy.see.learned``) on label lines
rendered the way nesy's sciences draw them, in randomised styles, and save it as safetensors + config.

Data (deterministic from ``--seed``): strings over the labels' alphabet — label-shaped ones (circuits'
"R1 = 10 kΩ", "V1 = 9 V", "LP1"; optics' "f = -15 cm, d_o = 20 cm", "F′", "heights ×2.5"; geometry's
"A", "5 cm", "40°"; astronomy's body names and "a = 1.52 AU"; mechanics' "m = 2 kg", "F = 9.8 N") and
random characters — drawn with PIL in DejaVu Sans (nesy's font, ``layout/fonts``) or another sans, serif
or mono face on this machine, 10–18 px, anti-aliased or not, in a random ink colour on a random page
(white, pastel, or light text on a dark page), with a stray line near the edge or a dot, disc or ring
beside the text at times (a face without a glyph the text needs is swapped for DejaVu Sans); then blurred
(σ 0–1.5 px), resampled (× 0.5–2, and back to size half the time, as the verifiers' ``to_canvas``
does), JPEG-compressed (q 60–95) and noised, and cut with ±1–2 px jitter and random margins like the
verifiers' crops. Each crop becomes the same ink map the numpy reader sees (``learned.prepare``).

Model: ``learned.LAYERS`` in torch (five convolutions, ReLU, max-pooling, a 1×1 head), trained with CTC on
the CPU (one thread: the machine is shared), Adam with cosine decay. The held-out synthetic set (another
seed) is read by the numpy path, and its character and line accuracy go into ``config.json``.

    nesy train --model reader [--out nesy/weights/reader] [--steps 3000] [--seed 0] [--batch 16]
"""
from __future__ import annotations

import argparse
import functools
import io
import json
import math
import sys
import time
from pathlib import Path
from typing import Sequence

import numpy as np

from ..errors import InputError, require_writable
from .learned import LAYERS, Recogniser, WEIGHTS_DIR, prepare, write_safetensors

__all__ = ["ALPHABET", "CHANNELS", "sample_text", "render_sample", "batch", "build_model", "train", "evaluate",
           "main"]

# Every character nesy's label lines use (circuits, optics, geometry, astronomy, mechanics), plus the
# ASCII letters and digits; "−" (U+2212) and "-" are kept apart since a label may write either.
ALPHABET = ("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
            " .,:;=+-−×/()%'_°Ωµ′θαβγλ∠₀₁₂₃")
CHANNELS = (16, 32, 48, 64, 96)
HEIGHT = 32

_FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation2",
              "/usr/share/fonts/truetype/liberation")
_OTHER_FONTS = ("DejaVuSans-Bold.ttf", "DejaVuSansCondensed.ttf", "DejaVuSerif.ttf", "DejaVuSansMono.ttf",
                "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSerif-Regular.ttf",
                "LiberationMono-Regular.ttf", "LiberationSansNarrow-Regular.ttf")
_WORDS = ("object", "image", "real image", "virtual image", "lens", "mirror", "converging lens", "diverging lens",
          "concave mirror", "convex mirror", "heights", "start", "Sun", "Earth", "Mars", "Venus", "Mercury",
          "Jupiter", "Saturn", "Moon", "Io", "Europa", "Titan", "comet", "star", "planet", "block", "weight",
          "normal", "friction", "tension", "applied", "gravity", "incline", "ground", "wall", "pulley", "frictionless",
          "perihelion", "aphelion", "W = mg", "W₁ = m₁g", "W₂ = m₂g", "Moon 1", "Moon 2")
_UNITS = ("Ω", "kΩ", "MΩ", "V", "mV", "A", "mA", "µA", "W", "F", "µF", "nF", "pF", "mF", "H", "mH", "µH",
          "cm", "mm", "m", "km", "AU", "kg", "g", "N", "s", "Hz", "°", "%")


def _fonts() -> list[str]:
    """The font files: nesy's DejaVu Sans first (half of all samples), then the machine's others."""
    from ..resources import data_dir
    own = str(data_dir("layout") / "fonts" / "DejaVuSans.ttf")
    others = [str(Path(d) / f) for f in _OTHER_FONTS for d in _FONT_DIRS if (Path(d) / f).exists()]
    return [own] + sorted(set(others))


@functools.lru_cache(maxsize=None)
def _missing(font_file: str) -> frozenset[str]:
    """The alphabet's characters ``font_file`` has no glyph for (drawn as its empty box): those lines are
    drawn in nesy's own font instead, so no sample teaches a box for a letter."""
    from PIL import ImageFont
    f = ImageFont.truetype(font_file, 24)
    box = np.asarray(f.getmask("\U000F0000"))
    return frozenset(c for c in ALPHABET if c != " " and np.array_equal(np.asarray(f.getmask(c)), box))


def _num(rng: np.random.Generator) -> str:
    k = rng.integers(0, 6)
    if k == 0:
        return str(int(rng.integers(0, 10)))
    if k <= 2:
        return str(int(rng.integers(1, 1000)))
    s = f"{rng.uniform(0, 100):.{int(rng.integers(1, 4))}f}"
    return ("-" if rng.random() < 0.15 else "") + s


def sample_text(rng: np.random.Generator, max_len: int = 14) -> str:
    """One label-like line of at most ``max_len`` characters, or (a quarter of the time) random
    characters of the alphabet. Longer lines (optics' caption) are read in pieces by nobody: the
    verifiers read one label at a time, and short lines keep a batch narrow."""
    while len(t := _sample_text(rng)) > max_len:
        pass
    return t


def _sample_text(rng: np.random.Generator) -> str:
    k = rng.integers(0, 12)
    sp = " " if rng.random() < 0.8 else ""
    letter = "RVCLSIBEALPDQKMTUXYZ"[int(rng.integers(0, 20))]
    name = letter + ("P" if letter == "L" and rng.random() < 0.3 else "") + str(int(rng.integers(1, 13)))
    unit = _UNITS[int(rng.integers(0, len(_UNITS)))]
    if k == 0:
        return name
    if k in (1, 2):
        return f"{name}{sp}={sp}{_num(rng)}{' ' if rng.random() < 0.8 else ''}{unit}"
    if k == 3:
        return "ABCDEFGHKLMNOPQRSTUVWXYZ"[int(rng.integers(0, 24))] + ("′" if rng.random() < 0.2 else "")
    if k == 4:
        return f"{_num(rng)}{' ' if unit != '°' else ''}{unit}"
    if k == 5:
        parts = [f"{v}{sp}={sp}{_num(rng)} {u}" for v, u in (("f", "cm"), ("d_o", "cm"), ("d_i", "cm"), ("m", ""))]
        i = int(rng.integers(0, 3))
        return ", ".join(p.strip() for p in parts[i:i + 1 + int(rng.random() < 0.2)])
    if k == 6:
        w = _WORDS[int(rng.integers(0, len(_WORDS)))]
        r = rng.random()
        return w if r < 0.4 else f"{w} {_num(rng)} AU" if r < 0.7 else f"{w} a{sp}={sp}{_num(rng)} AU"
    if k == 7:
        return f"heights ×{_num(rng)}" if rng.random() < 0.5 else f"{_WORDS[int(rng.integers(0, len(_WORDS)))]}{int(rng.integers(1, 5))}"
    if k == 8:
        v = "mFTNWaθ"[int(rng.integers(0, 7))] + ("₁₂₃"[int(rng.integers(0, 3))] if rng.random() < 0.25 else "")
        return f"{v}{sp}={sp}{_num(rng)} {unit}"
    n = int(rng.integers(1, 10))
    return "".join(ALPHABET[int(i)] for i in rng.integers(0, len(ALPHABET), n)).strip() or "0"


def _colour(rng: np.random.Generator, dark: bool) -> tuple[int, int, int]:
    if dark:
        return tuple(int(v) for v in rng.integers(0, 110, 3))
    return tuple(int(v) for v in rng.integers(170, 256, 3))


def render_sample(rng: np.random.Generator, text: str, fonts: list[str]) -> np.ndarray:
    """One (h, w, 3) uint8 crop holding ``text`` in a random style (see the module docstring)."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    size = int(rng.integers(10, 19))
    file = fonts[0] if rng.random() < 0.5 else fonts[int(rng.integers(0, len(fonts)))]
    if set(text) & _missing(file):
        file = fonts[0]
    font = ImageFont.truetype(file, size)
    r = rng.random()
    if r < 0.65:
        page, ink = (255, 255, 255), (0, 0, 0) if rng.random() < 0.6 else _colour(rng, True)
    elif r < 0.9:
        page, ink = _colour(rng, False), _colour(rng, True)
    else:
        page, ink = _colour(rng, True), _colour(rng, False)
    x0, y0, x1, y1 = font.getbbox(text, anchor="ls")
    tw = max(x1 - x0, 1)
    W, H = tw + 4 * size, 4 * size
    bx, by = 2 * size, int(2.6 * size)                  # the baseline's start
    im = Image.new("RGB", (W, H), page)
    dr = ImageDraw.Draw(im)
    if rng.random() < 0.15:
        dr.fontmode = "1"                                # no anti-aliasing
    dr.text((bx, by), text, fill=ink, font=font, anchor="ls")
    if rng.random() < 0.25:                              # a stray line near the crop's edge (a wire, an orbit)
        yl = by + int(rng.uniform(0.45, 0.8) * size) if rng.random() < 0.5 else by - int(rng.uniform(1.25, 1.5) * size)
        dr.line([(int(rng.integers(0, W // 2)), yl), (int(rng.integers(W // 2, W)), yl)],
                fill=ink if rng.random() < 0.5 else _colour(rng, page[0] > 128), width=int(rng.integers(1, 3)))
    if rng.random() < 0.25:                              # a shape's edge beside the text (a vertex dot, a disc)
        r0 = float(rng.uniform(0.15, 1.5)) * size
        cx = bx + x0 - r0 - size * rng.uniform(0.1, 0.6) if rng.random() < 0.5 else bx + x1 + r0 + size * rng.uniform(0.1, 0.6)
        cy = by - size * rng.uniform(-0.3, 1.3)
        col = ink if rng.random() < 0.5 else _colour(rng, page[0] > 128)
        if rng.random() < 0.5:
            dr.ellipse([cx - r0, cy - r0, cx + r0, cy + r0], fill=col)
        else:
            dr.ellipse([cx - r0, cy - r0, cx + r0, cy + r0], outline=col, width=int(rng.integers(1, 3)))
    if rng.random() < 0.5:
        im = im.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.2, 1.5))))
    f = 1.0
    if rng.random() < 0.6:
        f = float(np.exp(rng.uniform(np.log(0.5), np.log(2.0))))
        small = im.resize((max(4, round(W * f)), max(4, round(H * f))),
                          Image.Resampling.BOX if f < 1 else Image.Resampling.BILINEAR)
        if f < 1 and rng.random() < 0.5:               # brought back to canvas size, as to_canvas does
            im = small.resize((W, H), Image.Resampling.BILINEAR)
            f = 1.0
        else:
            im = small
    if rng.random() < 0.5:
        buf = io.BytesIO()
        im.save(buf, format="JPEG", quality=int(rng.integers(60, 96)))
        im = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    a = np.asarray(im).astype(np.float32)
    if rng.random() < 0.3:
        a = a + rng.normal(0, rng.uniform(1, 8), a.shape)
    a = np.clip(np.rint(a), 0, 255).astype(np.uint8)
    # the crop: ascent and descent margins like the verifiers' (1.3 em above the baseline, 0.5 below,
    # or a tight box padded by a third to a half of its height), ±2 px jitter
    j = lambda: int(rng.integers(-2, 3))               # noqa: E731
    top = by - size * rng.uniform(0.85, 1.4)
    bot = by + size * rng.uniform(0.2, 0.6)
    left = bx + x0 - size * rng.uniform(0.1, 1.0)
    right = bx + x1 + size * rng.uniform(0.1, 1.0)
    ya, yb = max(0, int(top * f) + j()), min(a.shape[0], int(math.ceil(bot * f)) + j())
    xa, xb = max(0, int(left * f) + j()), min(a.shape[1], int(math.ceil(right * f)) + j())
    return np.ascontiguousarray(a[ya:max(yb, ya + 4), xa:max(xb, xa + 4)])


def batch(rng: np.random.Generator, n: int, fonts: list[str], height: int = HEIGHT):
    """n samples: (ink maps padded to one width (n, height, W), their widths, texts)."""
    texts = [sample_text(rng) for _ in range(n)]
    maps = [prepare(render_sample(rng, t, fonts), height) for t in texts]
    W = max(m.shape[1] for m in maps)
    x = np.zeros((n, height, W), np.float32)
    for i, m in enumerate(maps):
        x[i, :, :m.shape[1]] = m
    return x, [m.shape[1] for m in maps], texts


def build_model(n_classes: int, channels: Sequence[int] = CHANNELS, height: int = HEIGHT):
    """The torch twin of ``learned.forward``: conv1…conv5 (``learned.LAYERS``) and a 1×1 head."""
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            c = [1, *channels]
            for i, (name, pad, _pool) in enumerate(LAYERS):
                k = (height // 8, 3) if name == "conv5" else (3, 3)
                setattr(self, name, nn.Conv2d(c[i], c[i + 1], k, padding=pad))
                # batch norm while training (CTC converges in far fewer steps); folded into the conv on export
                setattr(self, name + "_bn", nn.BatchNorm2d(c[i + 1]))
            self.head = nn.Conv2d(c[-1], n_classes, 1)

        def forward(self, x):                            # x: (N, 1, height, W) → (T, N, classes) log-probs
            for name, _pad, pool in LAYERS:
                x = torch.relu(getattr(self, name + "_bn")(getattr(self, name)(x)))
                if pool:
                    x = torch.nn.functional.max_pool2d(x, pool)
            return torch.log_softmax(self.head(x)[:, :, 0, :].permute(2, 0, 1), dim=-1)

    return Net()


def _encode(texts: list[str], alphabet: str):
    import torch
    idx = {c: i + 1 for i, c in enumerate(alphabet)}
    flat = [idx[c] for t in texts for c in t]
    return torch.tensor(flat, dtype=torch.long), torch.tensor([len(t) for t in texts], dtype=torch.long)


def to_numpy(model) -> dict[str, np.ndarray]:
    """The weights ``learned.forward`` reads: each conv with its batch norm (running statistics) folded in,
    so the numpy pass equals the torch model in eval mode."""
    sd = {k: v.detach().cpu().double().numpy() for k, v in model.state_dict().items()}
    out = {"head.weight": sd["head.weight"], "head.bias": sd["head.bias"]}
    for name, _pad, _pool in LAYERS:
        bn = name + "_bn"
        g = sd[bn + ".weight"] / np.sqrt(sd[bn + ".running_var"] + model.get_submodule(bn).eps)
        out[name + ".weight"] = sd[name + ".weight"] * g[:, None, None, None]
        out[name + ".bias"] = (sd[name + ".bias"] - sd[bn + ".running_mean"]) * g + sd[bn + ".bias"]
    return {k: v.astype(np.float32) for k, v in out.items()}


def train(steps: int, seed: int, *, channels: Sequence[int] = CHANNELS, batch_size: int = 16, lr: float = 2e-3,
          alphabet: str = ALPHABET, log_every: int = 100) -> tuple[dict[str, np.ndarray], dict]:
    """Train from scratch for ``steps`` batches; (numpy weights, training record). Deterministic per seed."""
    import torch
    torch.set_num_threads(1)
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    fonts = _fonts()
    model = build_model(len(alphabet) + 1, channels)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    ctc = torch.nn.CTCLoss(blank=0, zero_infinity=True)
    t0 = time.time()
    losses = []
    for step in range(steps):
        for g in opt.param_groups:
            g["lr"] = lr * 0.5 * (1 + math.cos(math.pi * step / max(steps, 1))) * min(1.0, (step + 1) / 100)
        x, widths, texts = batch(rng, batch_size, fonts)
        logp = model(torch.from_numpy(x)[:, None])
        tgt, tl = _encode(texts, alphabet)
        il = torch.tensor([w // 4 for w in widths], dtype=torch.long)
        loss = ctc(logp, tgt, il, tl)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
        opt.step()
        losses.append(float(loss.detach()))
        if log_every and (step + 1) % log_every == 0:
            print(f"step {step + 1}/{steps}  ctc {np.mean(losses[-log_every:]):.3f}  {time.time() - t0:.0f}s",
                  file=sys.stderr, flush=True)
    model.eval()
    return to_numpy(model), {"steps": steps, "seconds": round(time.time() - t0, 1),
                             "final_ctc": round(float(np.mean(losses[-50:])), 4) if losses else None}


def _edit(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def accuracy(pairs: list[tuple[str, str]]) -> dict:
    """Character accuracy (1 − edit distance / length) and line accuracy (exact) of (truth, read) pairs."""
    n = sum(len(t) for t, _ in pairs)
    e = sum(_edit(t, r) for t, r in pairs)
    return {"n": len(pairs), "char_acc": round(1 - e / max(n, 1), 4),
            "line_acc": round(sum(t == r for t, r in pairs) / max(len(pairs), 1), 4)}


def evaluate(rec, n: int = 500, seed: int = 10_000) -> dict:
    """The accuracy of ``rec`` (a ``Recogniser``, or any crop → (text, confidence) function) on ``n``
    held-out synthetic crops (``seed`` ≠ the training seed), with the share of lines read confidently
    (≥ 0.8) and how many of those were wrong."""
    read = rec.read if isinstance(rec, Recogniser) else rec
    rng = np.random.default_rng(seed)
    fonts = _fonts()
    pairs, sure, sure_wrong = [], 0, 0
    for _ in range(n):
        t = sample_text(rng)
        r, s = read(render_sample(rng, t, fonts))
        r = r.strip()
        pairs.append((t, r))
        if s >= 0.8:
            sure += 1
            sure_wrong += r != t
    out = accuracy(pairs)
    out.update({"confident": round(sure / max(n, 1), 4), "confident_wrong": sure_wrong, "seed": seed})
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="nesy train --model reader", description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(WEIGHTS_DIR), help="folder for model.safetensors and config.json")
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--eval", type=int, default=500, help="held-out synthetic crops to measure (0: none)")
    a = ap.parse_args(list(argv) if argv is not None else None)
    if a.steps < 1:
        ap.error(f"--steps must be ≥ 1, got {a.steps}")
    if a.batch < 1:
        ap.error(f"--batch must be ≥ 1, got {a.batch}")
    if a.eval < 0:
        ap.error(f"--eval must be ≥ 0 (0: no held-out measurement), got {a.eval}")
    out = Path(a.out)
    try:   # the folder is made writable before hours of training, not after
        require_writable(out, folder=True, option="--out")
    except InputError as e:
        ap.error(str(e))
    weights, record = train(a.steps, a.seed, batch_size=a.batch)
    cfg = {"alphabet": ALPHABET, "height": HEIGHT, "channels": list(CHANNELS), "blank": 0,
           "command": f"nesy train --model reader --steps {a.steps} --seed {a.seed} --batch {a.batch}",
           "data_seed": a.seed, "training": record}
    rec = Recogniser(cfg, weights)
    if a.eval:
        cfg["held_out_synthetic"] = evaluate(rec, a.eval)
        print(f"held-out synthetic: {cfg['held_out_synthetic']}", file=sys.stderr)
    out.mkdir(parents=True, exist_ok=True)
    write_safetensors(out / "model.safetensors", weights, {"format": "nesy.see.learned", "alphabet": ALPHABET})
    (out / "config.json").write_text(json.dumps(cfg, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {out / 'model.safetensors'} and config.json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
