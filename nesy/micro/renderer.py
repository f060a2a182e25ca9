"""The microscopy diffusion renderer: a layout's exact masks → nesy's ControlNet model → a micrograph.

``MicroscopyRenderer`` plugs into ``nesy.pipeline.generate(renderer=...)``. The control maps are made
from the layout's exact instance labels (``nesy.micro.masks.label_image``), so the label image written
beside every generated image (``control/labels.png``, 16-bit, pixel value = object number,
``control/labels.json`` maps numbers to entity ids) is the image's exact ground truth. The
pipeline then verifies the generated pixels with classical segmentation and re-solves/re-seeds on a
failure. torch/diffusers load when the renderer is built.
"""
from __future__ import annotations

import io
import json
import os
from typing import Any

import numpy as np

from ..errors import InputError
from ..types import Layout, Rendering, SceneGraph
from .model import model_config

__all__ = ["MicroscopyRenderer", "marked_png", "png_gray", "png_labels"]


def png_gray(img: np.ndarray) -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.fromarray(np.asarray(img, np.uint8), mode="L").save(buf, format="PNG")
    return buf.getvalue()


def _png_rgb(img: np.ndarray) -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.fromarray(np.asarray(img, np.uint8), mode="RGB").save(buf, format="PNG")
    return buf.getvalue()


def png_labels(labels: np.ndarray) -> bytes:
    """A 16-bit PNG of an instance-label image (exact, lossless)."""
    from PIL import Image
    buf = io.BytesIO()
    Image.fromarray(np.asarray(labels, np.uint16)).save(buf, format="PNG")
    return buf.getvalue()


def marked_png(img: np.ndarray, layout: Layout) -> tuple[bytes, str]:
    """The figure's PNG of a model image ``img`` (uint8 grey) with the scale bar and the stain's name the layout
    plans burnt over it (``nesy.domains.microscopy_marks``), and the SVG fragment of those marks."""
    from ..domains.microscopy_marks import burn
    img, frag = burn(img, layout.extra("marks"))
    return (png_gray(img) if img.ndim == 2 else _png_rgb(img)), frag


class MicroscopyRenderer:
    """Draw microscopy layouts with nesy's own ControlNet model (default: the weights shipped in the package).

    ``model_dir``: a folder written by ``nesy train`` (diffusers layout, safetensors). ``device``:
    ``"cuda"`` or ``"cpu"`` (default: CUDA when available). ``steps``: DDIM steps (default from
    ``configs/microscopy_model.yaml``). The random seed of a render is ``seed * 1000 + attempt``, so
    a re-render after a failed verdict draws a new image and the same (text, seed) gives the same
    bytes on the CPU.
    """

    def __init__(self, model_dir: str | os.PathLike | None = None, *, device: str | None = None,
                 steps: int | None = None, pipe: Any = None):
        from ..errors import require_extra
        for mod in ("torch", "diffusers", "safetensors"):
            require_extra(mod, "diffusion", "the microscopy diffusion renderer")
        from .model import load_pipeline
        if steps is not None and (isinstance(steps, bool) or not isinstance(steps, int) or steps < 1):
            raise InputError(f"steps must be a positive integer, got {steps!r}")
        if device not in (None, "cuda", "cpu"):
            raise InputError(f"device must be 'cuda' or 'cpu', got {device!r}")
        import torch
        if device == "cuda" and not torch.cuda.is_available():
            raise InputError("device 'cuda' was asked for, but torch sees no CUDA device here; use --device cpu")
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        self.steps = int(steps or model_config()["sampling"]["steps"])
        self.eta = float(model_config()["sampling"].get("eta", 0.0))
        self.model_dir = None if model_dir is None else str(model_dir)
        self.pipe = pipe if pipe is not None else load_pipeline(model_dir, self.device)
        from .model import trained_classes
        self.classes = trained_classes(model_dir) if pipe is None else None

    def scale_for(self, attempt: int) -> float:
        """ControlNet conditioning scale of render ``attempt`` (grows after each failed verdict)."""
        s = model_config()["sampling"]
        return min(float(s["max_conditioning_scale"]),
                   float(s["conditioning_scale"]) + float(s["retry_scale_step"]) * int(attempt))

    def draw(self, labels: np.ndarray, cls: int, seed: int, scale: float | None = None) -> np.ndarray:
        """uint8 grey image (H, W) drawn for instance labels ``labels`` with modality ``cls``."""
        return self.draw_many([labels], cls, [seed], scale)[0]

    def draw_many(self, labels: list[np.ndarray], cls: int, seeds: list[int], scale: float | None = None, *,
                  batch_size: int = 32) -> list[np.ndarray]:
        """One uint8 grey image per instance-label image, ``batch_size`` of one size in a model call.

        Each image's noise comes from its own generator (``seeds[i]``), so an image does not depend on the
        others in its batch (up to the floating-point differences of batched kernels on the GPU).
        """
        import torch
        from ..render.diffusion import check_batch_size, size_batches
        from .data import control_from_labels, to_uint8
        if len(labels) != len(seeds):
            raise InputError(f"{len(labels)} label images but {len(seeds)} seeds")
        check_batch_size(batch_size)
        scale = self.scale_for(0) if scale is None else float(scale)
        padded = []
        for lab in labels:
            h, w = lab.shape
            full = np.zeros((-(-h // 4) * 4, -(-w // 4) * 4), lab.dtype)
            full[:h, :w] = lab
            padded.append(full)
        out: dict[int, np.ndarray] = {}
        for part in size_batches([lab.shape for lab in padded], batch_size):
            control = np.stack([control_from_labels(padded[i]) for i in part])
            gens = [torch.Generator().manual_seed(int(seeds[i])) for i in part]
            x = self.pipe(control, int(cls), num_inference_steps=self.steps, generator=gens, eta=self.eta,
                          conditioning_scale=scale)
            for j, i in enumerate(part):
                h, w = labels[i].shape
                out[i] = to_uint8(x[j, 0, :h, :w])
        return [out[i] for i in range(len(labels))]

    def render(self, layout: Layout, scene: SceneGraph, *, seed: int, attempt: int) -> Rendering:
        from ..render.svg import to_svg
        from .masks import label_image
        if layout.domain != "microscopy":
            raise InputError(f"nesy's own diffusion model draws microscopy only, not {layout.domain}; for "
                             "other sciences pass --model and --controlnet (a local Stable Diffusion 1.5 "
                             "pipeline and ControlNet)")
        labels, ids = label_image(layout)
        s = int(seed) * 1000 + int(attempt)
        cls = int(layout.extra("class", 0) or 0)
        if self.classes is not None and cls not in self.classes:
            # a class the model never saw has an untrained embedding: its images would be noise, not that modality
            from .data import sources
            seen = ", ".join(sorted(k for k, v in sources().items() if int(v["class"]) in self.classes))
            name = next((k for k, v in sources().items() if int(v["class"]) == cls), str(cls))
            raise InputError(f"the microscopy model {self.model_dir or '(shipped)'} was trained on {seen} images only, "
                             f"not {name}; draw this text with the exact renderer (the default), or train a model "
                             f"on it (configs/microscopy_model.yaml training.sources) and pass --model")
        scale = self.scale_for(attempt)
        img = self.draw(labels, cls, s, scale)
        png, frag = marked_png(img, layout)
        fg = ((labels > 0) * 255).astype(np.uint8)
        meta = {"renderer": "nesy-microscopy-controlnet", "model_dir": self.model_dir or "shipped default",
                "seed": s, "steps": self.steps, "conditioning_scale": scale, "class": cls, "device": self.device,
                "labels": {str(i + 1): e for i, e in enumerate(ids)}}
        controls = (("labels.png", png_labels(labels)), ("mask.png", png_gray(fg)),
                    ("diffusion.json", json.dumps(meta, indent=1).encode()))
        svg = to_svg(layout)
        if frag:
            svg = svg[:svg.rindex("</svg>")] + frag + "</svg>\n"
        return Rendering(svg, png, layout.width, layout.height, controls)
