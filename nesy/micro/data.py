"""Real microscopy images that install offline, their masks, held-out regions and training crops.

Sources and held-out rectangles are declared in ``configs/microscopy_data.yaml``: the stardist 2018-DSB
fluorescence nuclei image (ground-truth instance labels) and scikit-image's ``immunohistochemistry``,
``cell`` and ``hubble_deep_field`` (pseudo-labels from classical segmentation, said so in the file).
Every training crop lies wholly outside its source's held-out rectangle; evaluation uses only the
held-out rectangle. Images are normalised to [-1, 1] with percentiles of the *training* region.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from ..resources import load_yaml

__all__ = ["Source", "sources", "load_source", "control_from_labels", "TrainingCrops", "to_uint8"]


@dataclass(frozen=True)
class Source:
    """One real image: normalised pixels in [-1, 1], instance labels, and where the held-out part is."""

    key: str
    cls: int
    image: np.ndarray          # float32 (H, W) in [-1, 1]
    labels: np.ndarray         # int32 (H, W) instance labels, 0 = background
    held_out: tuple[int, int, int, int]   # y0, y1, x0, x1
    weight: float
    ground_truth: bool
    source: str

    def train_mask(self) -> np.ndarray:
        """True where a pixel may be used for training (outside the held-out rectangle)."""
        return _outside(self.image.shape, self.held_out)

    def held_out_image(self) -> np.ndarray:
        y0, y1, x0, x1 = self.held_out
        return self.image[y0:y1, x0:x1]

    def held_out_labels(self) -> np.ndarray:
        y0, y1, x0, x1 = self.held_out
        return self.labels[y0:y1, x0:x1]


def _outside(shape: tuple[int, ...], held_out: tuple[int, int, int, int]) -> np.ndarray:
    m = np.ones(shape, bool)
    y0, y1, x0, x1 = held_out
    m[y0:y1, x0:x1] = False
    return m


def sources() -> dict[str, dict[str, Any]]:
    return load_yaml("configs", "microscopy_data.yaml")["sources"]


def _raw(loader: str) -> tuple[np.ndarray, np.ndarray | None]:
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if loader == "stardist.test_image_nuclei_2d":
            from ..errors import require_extra
            require_extra("stardist", "microscopy", "the DSB-2018 nuclei image (training and fitting)")
            from stardist.data import test_image_nuclei_2d
            img, mask = test_image_nuclei_2d(return_mask=True)
            return img.astype(np.float32), mask.astype(np.int32)
        import skimage.data as skd
        from skimage.color import rgb2gray, rgb2hed
        if loader == "skimage.immunohistochemistry":
            return rgb2hed(skd.immunohistochemistry())[..., 0].astype(np.float32), None
        if loader == "skimage.cell":
            return skd.cell().astype(np.float32), None
        if loader == "skimage.hubble_deep_field":
            return rgb2gray(skd.hubble_deep_field()).astype(np.float32), None
    raise ValueError(f"unknown loader {loader!r} in configs/microscopy_data.yaml")


def _pseudo_labels(img: np.ndarray, train: np.ndarray) -> np.ndarray:
    """Otsu threshold (fitted on the training region) of the Gaussian-smoothed image, then instance labels."""
    from skimage.filters import gaussian, threshold_otsu
    from skimage.measure import label
    from skimage.morphology import remove_small_objects
    sm = gaussian(img, sigma=1.0, preserve_range=True)
    fg = sm > threshold_otsu(sm[train])
    fg = remove_small_objects(fg, max_size=8)
    return label(fg).astype(np.int32)


@lru_cache(maxsize=None)
def load_source(key: str) -> Source:
    """The real image ``key`` of ``configs/microscopy_data.yaml``, normalised, with its labels."""
    spec = sources()[key]
    raw, labels = _raw(spec["loader"])
    held = tuple(int(v) for v in spec["held_out"])
    train = _outside(raw.shape, held)  # type: ignore[arg-type]
    lo, hi = np.percentile(raw[train], [float(v) for v in spec["norm"]])
    img = np.clip((raw - lo) / max(hi - lo, 1e-6), 0.0, 1.0) * 2.0 - 1.0
    truth = labels is not None
    if labels is None:
        labels = _pseudo_labels(raw, train)
    return Source(key, int(spec["class"]), img.astype(np.float32), labels, held,  # type: ignore[arg-type]
                  float(spec["weight"]), truth, str(spec["source"]))


def control_from_labels(labels: np.ndarray) -> np.ndarray:
    """Control maps of an instance-label image: [foreground mask, instance boundaries], float32 (2, H, W).

    The boundary channel marks where two objects meet, so touching objects stay two objects.
    """
    from skimage.segmentation import find_boundaries
    fg = (labels > 0).astype(np.float32)
    edge = find_boundaries(labels, mode="inner").astype(np.float32)
    return np.stack([fg, edge])


def to_uint8(img: np.ndarray) -> np.ndarray:
    """[-1, 1] float image → uint8 grey levels."""
    return np.clip(np.round((np.asarray(img, np.float32) + 1.0) * 127.5), 0, 255).astype(np.uint8)


class TrainingCrops:
    """Random square crops from the training regions only, with flips/rotations, as (image, control, class)."""

    def __init__(self, size: int = 64, keys: tuple[str, ...] | None = None):
        self.size = size
        self.sources = [load_source(k) for k in (keys or tuple(sources()))]
        w = np.array([s.weight for s in self.sources], np.float64)
        self.p = w / w.sum()
        self.controls = [control_from_labels(s.labels) for s in self.sources]
        # Top-left corners whose crop avoids the held-out rectangle, per source.
        self.corners = []
        for s in self.sources:
            h, wd = s.image.shape
            ys, xs = np.mgrid[0:h - size + 1, 0:wd - size + 1]
            y0, y1, x0, x1 = s.held_out
            ok = (ys + size <= y0) | (ys >= y1) | (xs + size <= x0) | (xs >= x1)
            self.corners.append(np.stack([ys[ok], xs[ok]], 1))

    def batch(self, rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        imgs = np.empty((n, 1, self.size, self.size), np.float32)
        ctrl = np.empty((n, 2, self.size, self.size), np.float32)
        cls = np.empty(n, np.int64)
        k = self.size
        for i in range(n):
            j = int(rng.choice(len(self.sources), p=self.p))
            y, x = self.corners[j][rng.integers(len(self.corners[j]))]
            im = self.sources[j].image[y:y + k, x:x + k]
            c = self.controls[j][:, y:y + k, x:x + k]
            r = int(rng.integers(4))
            im, c = np.rot90(im, r), np.rot90(c, r, axes=(1, 2))
            if rng.integers(2):
                im, c = im[:, ::-1], c[:, :, ::-1]
            imgs[i, 0], ctrl[i], cls[i] = im, c, self.sources[j].cls
        return imgs, ctrl, cls
