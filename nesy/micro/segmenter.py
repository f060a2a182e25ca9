"""A compact nucleus segmenter and its metrics, for the downstream-utility study of nesy's synthetic images.

The question: does adding nesy's synthetic micrographs (with their exact instance masks) to the real
training data help a segmenter on held-out *real* data? ``benchmarks/bench_segmenter.py`` trains this
model on (i) the real training region only and (ii) the real region plus synthetic images, and scores
both on the held-out rectangle of ``load_source("nuclei")`` (never seen in training).

- ``UNet``: a two-level U-Net (~110 k parameters, GroupNorm, fully convolutional) predicting two
  logit maps: foreground and instance boundary (the targets of ``control_from_labels``: the inner
  boundary of every object, so touching nuclei are separated by a boundary band).
- ``train_segmenter``: 64×64 crops with flips/rot90 from the real training region (``TrainingCrops``),
  optionally mixed per batch with crops of synthetic images; fixed seeds; deterministic on the CPU
  for a fixed thread count.
- ``instances``: seeds = foreground without boundary, then a watershed on the boundary probability
  inside the foreground (scikit-image); foreground blobs without a seed become objects of their own.
- ``dice`` / ``match_instances``: pixel Dice of the foreground and one-to-one (Hungarian) matching of
  instances at an IoU threshold → TP, FP, FN, precision, recall, F1.

Caveat: the ground-truth mask shipped with the stardist 2018-DSB image leaves some dim nuclei unlabelled;
a segmenter that finds them is counted as wrong (FP, lower Dice). This affects both arms alike.
torch loads inside the functions, so ``import nesy.micro.segmenter`` stays light.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np

__all__ = ["build_unet", "n_params", "train_segmenter", "predict", "instances", "dice",
           "match_instances", "evaluate", "SyntheticCrops", "synthetic_to_float", "SegmenterConfig"]


# --------------------------------------------------------------------------- model


def build_unet(base: int = 16, in_ch: int = 1, out_ch: int = 2, groups: int = 4):
    """A two-level U-Net: base → 2·base → 4·base (bottleneck) and back, 3×3 convs, GroupNorm, ReLU.

    Input height and width must be multiples of 4. Output: ``out_ch`` logit maps at input resolution
    (channel 0 foreground, channel 1 boundary).
    """
    import torch
    from torch import nn

    def block(ci: int, co: int) -> nn.Sequential:
        return nn.Sequential(nn.Conv2d(ci, co, 3, padding=1), nn.GroupNorm(groups, co), nn.ReLU(inplace=True),
                             nn.Conv2d(co, co, 3, padding=1), nn.GroupNorm(groups, co), nn.ReLU(inplace=True))

    class UNet(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            b = base
            self.e1, self.e2, self.mid = block(in_ch, b), block(b, 2 * b), block(2 * b, 4 * b)
            self.pool = nn.MaxPool2d(2)
            self.u2 = nn.ConvTranspose2d(4 * b, 2 * b, 2, stride=2)
            self.d2 = block(4 * b, 2 * b)
            self.u1 = nn.ConvTranspose2d(2 * b, b, 2, stride=2)
            self.d1 = block(2 * b, b)
            self.head = nn.Conv2d(b, out_ch, 1)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            e1 = self.e1(x)
            e2 = self.e2(self.pool(e1))
            m = self.mid(self.pool(e2))
            d2 = self.d2(torch.cat([self.u2(m), e2], 1))
            d1 = self.d1(torch.cat([self.u1(d2), e1], 1))
            return self.head(d1)

    return UNet()


def n_params(model: Any) -> int:
    return int(sum(p.numel() for p in model.parameters()))


# --------------------------------------------------------------------------- data


def synthetic_to_float(img: np.ndarray) -> np.ndarray:
    """uint8 grey levels → float32 in [-1, 1] (the inverse of ``nesy.micro.data.to_uint8``)."""
    return np.asarray(img, np.float32) / 127.5 - 1.0


class SyntheticCrops:
    """Random crops (with flips/rot90) of (image, instance labels) pairs, e.g. nesy's synthetic micrographs.

    ``pairs``: ``[(uint8 or [-1, 1] float image (H, W), int labels (H, W)), ...]``; targets are
    ``control_from_labels`` of the labels (foreground, inner boundaries), as for the real crops.
    """

    def __init__(self, pairs: Sequence[tuple[np.ndarray, np.ndarray]], size: int = 64):
        from .data import control_from_labels
        if not pairs:
            raise ValueError("SyntheticCrops needs at least one (image, labels) pair")
        self.size = size
        self.images, self.controls = [], []
        for img, lab in pairs:
            img = np.asarray(img)
            im = synthetic_to_float(img) if img.dtype == np.uint8 else img.astype(np.float32)
            if im.shape != np.asarray(lab).shape or min(im.shape) < size:
                raise ValueError(f"image {im.shape} and labels {np.asarray(lab).shape} must match and be ≥ {size} px")
            self.images.append(im)
            self.controls.append(control_from_labels(np.asarray(lab, np.int32)))

    def batch(self, rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
        k = self.size
        imgs = np.empty((n, 1, k, k), np.float32)
        ctrl = np.empty((n, 2, k, k), np.float32)
        for i in range(n):
            j = int(rng.integers(len(self.images)))
            h, w = self.images[j].shape
            y, x = int(rng.integers(h - k + 1)), int(rng.integers(w - k + 1))
            im, c = self.images[j][y:y + k, x:x + k], self.controls[j][:, y:y + k, x:x + k]
            r = int(rng.integers(4))
            im, c = np.rot90(im, r), np.rot90(c, r, axes=(1, 2))
            if rng.integers(2):
                im, c = im[:, ::-1], c[:, :, ::-1]
            imgs[i, 0], ctrl[i] = im, c
        return imgs, ctrl


# --------------------------------------------------------------------------- training


@dataclass
class SegmenterConfig:
    steps: int = 600
    batch_size: int = 8
    crop: int = 64
    lr: float = 2e-3
    base: int = 16
    boundary_weight: float = 1.0     # weight of the boundary BCE relative to the foreground BCE
    boundary_pos_weight: float = 3.0  # boundary pixels are rare: up-weight them in their BCE
    synthetic_fraction: float = 0.5   # share of each batch drawn from the synthetic crops (when given)
    extra: dict[str, Any] = field(default_factory=dict)


def train_segmenter(seed: int = 0, config: SegmenterConfig | None = None, *,
                    synthetic: Sequence[tuple[np.ndarray, np.ndarray]] | None = None,
                    real_key: str = "nuclei", threads: int | None = None, log_every: int = 0):
    """Train the U-Net; returns ``(model, info)`` with ``info = {"steps", "seconds", "losses", "params"}``.

    Every batch has ``config.batch_size`` crops of ``config.crop`` px. Without ``synthetic`` all come
    from the real training region of ``real_key``; with it, ``round(batch_size · synthetic_fraction)``
    come from synthetic crops and the rest from the real region. The model's initial weights depend
    only on ``seed`` (the same for both arms of a paired study); so does the real-crop stream.
    Deterministic on the CPU for a fixed ``threads``.
    """
    import torch
    import torch.nn.functional as F
    from .data import TrainingCrops
    cfg = config or SegmenterConfig()
    if threads is not None:
        torch.set_num_threads(int(threads))
    torch.manual_seed(seed)
    model = build_unet(cfg.base)
    real = TrainingCrops(size=cfg.crop, keys=(real_key,))
    syn = SyntheticCrops(synthetic, size=cfg.crop) if synthetic else None
    n_syn = int(round(cfg.batch_size * cfg.synthetic_fraction)) if syn is not None else 0
    n_real = cfg.batch_size - n_syn
    rng_real = np.random.default_rng([seed, 1])
    rng_syn = np.random.default_rng([seed, 2])
    opt = torch.optim.Adam(model.parameters(), lr=cfg.lr)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=cfg.lr, total_steps=max(cfg.steps, 1), pct_start=0.1)
    pos_w = torch.tensor([cfg.boundary_pos_weight])
    losses: list[float] = []
    t0 = time.perf_counter()
    model.train()
    for step in range(cfg.steps):
        parts_x, parts_y = [], []
        if n_real:
            x, c, _ = real.batch(rng_real, n_real)
            parts_x.append(x), parts_y.append(c)
        if n_syn:
            x, c = syn.batch(rng_syn, n_syn)  # type: ignore[union-attr]
            parts_x.append(x), parts_y.append(c)
        xb = torch.from_numpy(np.concatenate(parts_x))
        yb = torch.from_numpy(np.concatenate(parts_y))
        out = model(xb)
        loss = (F.binary_cross_entropy_with_logits(out[:, 0], yb[:, 0])
                + cfg.boundary_weight * F.binary_cross_entropy_with_logits(out[:, 1], yb[:, 1], pos_weight=pos_w))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        sched.step()
        losses.append(float(loss.detach()))
        if log_every and (step + 1) % log_every == 0:
            print(f"  step {step + 1}/{cfg.steps} loss {np.mean(losses[-log_every:]):.4f}", flush=True)
    model.eval()
    return model, {"steps": cfg.steps, "seconds": time.perf_counter() - t0, "losses": losses,
                   "params": n_params(model), "batch": (n_real, n_syn)}


# --------------------------------------------------------------------------- inference


def predict(model: Any, image: np.ndarray) -> np.ndarray:
    """Foreground and boundary probabilities, float32 (2, H, W), of a [-1, 1] image (run fully convolutionally;
    the image is reflect-padded to a multiple of 4 px and the padding cropped off)."""
    import torch
    img = np.asarray(image, np.float32)
    h, w = img.shape
    ph, pw = (-h) % 4, (-w) % 4
    if ph or pw:
        img = np.pad(img, ((0, ph), (0, pw)), mode="reflect")
    with torch.no_grad():
        out = torch.sigmoid(model(torch.from_numpy(np.ascontiguousarray(img))[None, None]))[0].numpy()
    return out[:, :h, :w].astype(np.float32)


def instances(prob: np.ndarray, *, fg_thresh: float = 0.5, boundary_thresh: float = 0.5,
              min_seed: int = 8, min_size: int = 20) -> np.ndarray:
    """Instance labels (int32) from (foreground, boundary) probabilities (2, H, W).

    Seeds are the connected components (≥ ``min_seed`` px) of foreground-but-not-boundary; a watershed
    on the boundary probability grows them over the whole foreground, so a boundary band between two
    touching nuclei splits them. Foreground blobs that hold no seed become objects of their own; objects
    smaller than ``min_size`` px are dropped.
    """
    from skimage.measure import label
    from skimage.morphology import remove_small_objects
    from skimage.segmentation import watershed
    p_fg, p_bd = np.asarray(prob[0], np.float32), np.asarray(prob[1], np.float32)
    fg = p_fg > fg_thresh
    seeds = label(fg & (p_bd < boundary_thresh), connectivity=1)
    if min_seed > 1 and seeds.max():
        seeds = label(remove_small_objects(seeds > 0, max_size=min_seed - 1), connectivity=1)
    lab = watershed(p_bd, markers=seeds, mask=fg) if seeds.max() else np.zeros(fg.shape, np.int64)
    rest = label(fg & (lab == 0), connectivity=1)
    if rest.max():
        lab = np.where(rest > 0, rest + lab.max(), lab)
    if min_size > 1 and lab.max():
        sizes = np.bincount(lab.ravel())
        small = sizes < min_size
        small[0] = False
        lab[small[lab]] = 0
    # renumber 1..n
    ids = np.unique(lab)
    ids = ids[ids > 0]
    lut = np.zeros(int(lab.max()) + 1, np.int32)
    lut[ids] = np.arange(1, len(ids) + 1, dtype=np.int32)
    return lut[lab]


# --------------------------------------------------------------------------- metrics


def dice(pred: np.ndarray, gt: np.ndarray) -> float:
    """Pixel Dice of the foregrounds (label > 0); 1.0 when both are empty."""
    p, g = np.asarray(pred) > 0, np.asarray(gt) > 0
    s = int(p.sum()) + int(g.sum())
    return 1.0 if s == 0 else 2.0 * int((p & g).sum()) / s


def iou_matrix(gt: np.ndarray, pred: np.ndarray) -> np.ndarray:
    """IoU of every (ground-truth object, predicted object), float (n_gt, n_pred); objects numbered by rank."""
    g_ids = np.unique(gt)
    g_ids = g_ids[g_ids > 0]
    p_ids = np.unique(pred)
    p_ids = p_ids[p_ids > 0]
    if not len(g_ids) or not len(p_ids):
        return np.zeros((len(g_ids), len(p_ids)))
    gi = np.searchsorted(g_ids, gt.ravel())
    pi = np.searchsorted(p_ids, pred.ravel())
    gin = gt.ravel() > 0
    pin = pred.ravel() > 0
    both = gin & pin
    inter = np.zeros((len(g_ids), len(p_ids)))
    np.add.at(inter, (gi[both], pi[both]), 1)
    ga = np.bincount(gi[gin], minlength=len(g_ids)).astype(float)
    pa = np.bincount(pi[pin], minlength=len(p_ids)).astype(float)
    return inter / (ga[:, None] + pa[None, :] - inter)


def match_instances(gt: np.ndarray, pred: np.ndarray, thresh: float = 0.5) -> dict[str, float]:
    """One-to-one matching (Hungarian, maximising total IoU over pairs with IoU ≥ ``thresh``).

    Returns ``tp, fp, fn, precision, recall, f1, mean_iou`` (mean IoU of the matched pairs). F1 is 1.0
    when both images are empty.
    """
    from scipy.optimize import linear_sum_assignment
    gt, pred = np.asarray(gt), np.asarray(pred)
    m = iou_matrix(gt, pred)
    n_gt, n_pred = m.shape
    tp, miou = 0, 0.0
    if n_gt and n_pred:
        cost = np.where(m >= thresh, -m, 0.0)
        r, c = linear_sum_assignment(cost)
        ok = m[r, c] >= thresh
        tp = int(ok.sum())
        miou = float(m[r, c][ok].mean()) if tp else 0.0
    fp, fn = n_pred - tp, n_gt - tp
    prec = tp / n_pred if n_pred else (1.0 if not n_gt else 0.0)
    rec = tp / n_gt if n_gt else (1.0 if not n_pred else 0.0)
    f1 = 1.0 if (n_gt + n_pred) == 0 else 2 * tp / (2 * tp + fp + fn)
    return {"tp": tp, "fp": fp, "fn": fn, "precision": prec, "recall": rec, "f1": f1, "mean_iou": miou}


def evaluate(model: Any, image: np.ndarray, gt: np.ndarray, thresholds: Sequence[float] = (0.5, 0.3),
             **inst_kw: Any) -> dict[str, Any]:
    """Predict on a whole (held-out) image, extract instances and score them against ``gt``."""
    pred = instances(predict(model, image), **inst_kw)
    out: dict[str, Any] = {"dice": dice(pred, gt), "n_gt": int(len(np.unique(gt)) - (gt == 0).any()),
                           "n_pred": int(pred.max())}
    for t in thresholds:
        r = match_instances(gt, pred, t)
        key = f"{t:g}"
        out[f"f1@{key}"] = r["f1"]
        out[f"precision@{key}"] = r["precision"]
        out[f"recall@{key}"] = r["recall"]
    return out
