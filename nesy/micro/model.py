"""nesy's own compact ControlNet diffusion model for microscopy, and its training loop.

``NesyControlNetPipeline`` is a ``diffusers.DiffusionPipeline``: a pixel-space ``UNet2DConditionModel``
denoiser (no attention, fully convolutional), a ``ControlNetModel`` that reads the layout's control
maps (foreground mask + instance boundaries, ``nesy.micro.data.control_from_labels``) and adds its
residuals to the UNet, and a DDIM scheduler. The class label is the image modality. Architecture and
training settings live in ``configs/microscopy_model.yaml``; ``train`` reproduces the shipped weights
(``nesy/weights/microscopy``) from a seed. Weights are saved and loaded as safetensors only.
"""
from __future__ import annotations

import json
import math
import os
import time
from pathlib import Path
from typing import Any, Callable

import numpy as np

from ..errors import InputError
from ..resources import load_yaml

__all__ = ["NesyControlNetPipeline", "build_components", "load_pipeline", "train", "default_model_dir",
           "model_config"]


def model_config() -> dict[str, Any]:
    return load_yaml("configs", "microscopy_model.yaml")


def default_model_dir() -> Path:
    """Where the shipped, trained weights live (inside the package, so wheels carry them)."""
    return Path(__file__).resolve().parent.parent / "weights" / "microscopy"


def _pipeline_class():
    import torch
    from diffusers import DiffusionPipeline

    class NesyControlNetPipeline(DiffusionPipeline):
        """Control maps (B, 2, H, W) in {0, 1} + modality class → grey images in [-1, 1].

        ``generator``: one ``torch.Generator`` for the batch's noise, or a list of one per image.

        ``H`` and ``W`` must be multiples of 4 (two 2× downsamplings). Deterministic on the CPU for a
        given ``generator`` seed.
        """

        model_cpu_offload_seq = "controlnet->unet"

        def __init__(self, unet, controlnet, scheduler):
            super().__init__()
            self.register_modules(unet=unet, controlnet=controlnet, scheduler=scheduler)

        @torch.no_grad()
        def __call__(self, control, class_labels=0, num_inference_steps: int = 20,
                     generator=None, eta: float = 0.0, conditioning_scale: float = 1.0,
                     output_type: str = "np"):
            dev = self.unet.device
            dtype = self.unet.dtype
            control = torch.as_tensor(np.asarray(control, np.float32) if not torch.is_tensor(control)
                                      else control).to(dev, dtype)
            if control.ndim == 3:
                control = control[None]
            b, _, h, w = control.shape
            if h % 4 or w % 4:
                raise InputError(f"the model draws sizes that are multiples of 4 px, got {w}×{h}")
            cls = torch.as_tensor(class_labels, device=dev).long().reshape(-1).expand(b)
            ehs = torch.zeros(b, 1, self.unet.config.cross_attention_dim, device=dev, dtype=dtype)
            shape = (self.unet.config.in_channels, h, w)
            if isinstance(generator, (list, tuple)):   # one generator per image: each image its own seed
                if len(generator) != b:
                    raise InputError(f"{len(generator)} generators for a batch of {b} control maps")
                x = torch.cat([torch.randn((1, *shape), generator=g, device="cpu", dtype=torch.float32)
                               for g in generator])
            else:
                x = torch.randn((b, *shape), generator=generator, device="cpu", dtype=torch.float32)
            x = x.to(dev, dtype)
            self.scheduler.set_timesteps(num_inference_steps, device=dev)
            for t in self.scheduler.timesteps:
                down, mid = self.controlnet(x, t, encoder_hidden_states=ehs, controlnet_cond=control,
                                            class_labels=cls, conditioning_scale=conditioning_scale,
                                            return_dict=False)
                eps = self.unet(x, t, encoder_hidden_states=ehs, class_labels=cls,
                                down_block_additional_residuals=down,
                                mid_block_additional_residual=mid).sample
                x = self.scheduler.step(eps, t, x, eta=eta, generator=generator).prev_sample
            x = x.clamp(-1, 1).float().cpu()
            return x if output_type == "pt" else x.numpy()

    return NesyControlNetPipeline


def __getattr__(name: str):
    if name == "NesyControlNetPipeline":
        return _pipeline_class()
    raise AttributeError(name)


def build_components(seed: int = 0, config: dict[str, Any] | None = None) -> dict[str, Any]:
    """Untrained UNet, ControlNet and scheduler from ``configs/microscopy_model.yaml`` (or ``config``)."""
    import torch
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from diffusers import ControlNetModel, DDIMScheduler, UNet2DConditionModel
    cfg = config or model_config()
    a = cfg["architecture"]
    n = len(a["block_out_channels"])
    torch.manual_seed(seed)
    unet = UNet2DConditionModel(
        sample_size=64, in_channels=1, out_channels=1, block_out_channels=tuple(a["block_out_channels"]),
        layers_per_block=a["layers_per_block"], down_block_types=("DownBlock2D",) * n,
        up_block_types=("UpBlock2D",) * n, mid_block_type="UNetMidBlock2D", cross_attention_dim=8,
        num_class_embeds=a["num_class_embeds"], norm_num_groups=a["norm_num_groups"])
    torch.manual_seed(seed + 1)
    controlnet = ControlNetModel.from_unet(
        unet, conditioning_channels=a["conditioning_channels"],
        conditioning_embedding_out_channels=tuple(a["conditioning_embedding_out_channels"]))
    s = cfg["scheduler"]
    scheduler = DDIMScheduler(num_train_timesteps=s["num_train_timesteps"], beta_schedule=s["beta_schedule"],
                              beta_start=s["beta_start"], beta_end=s["beta_end"],
                              prediction_type=s["prediction_type"], clip_sample=False)
    return {"unet": unet, "controlnet": controlnet, "scheduler": scheduler}


def _quiet_import():
    from ..render.diffusion import _quiet
    return _quiet()


def trained_classes(model_dir: str | os.PathLike | None = None) -> frozenset[int] | None:
    """The modality classes a model folder was trained on (its ``training.json`` ``config.training.sources``,
    mapped by ``configs/microscopy_data.yaml``); every source when it names none; None without a training.json
    (a folder made elsewhere: nothing is known)."""
    from .data import sources
    p = Path(model_dir) if model_dir is not None else default_model_dir()
    try:
        tr = json.loads((p / "training.json").read_text(encoding="utf-8"))["config"]["training"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    src = sources()
    return frozenset(int(src[k]["class"]) for k in (tr.get("sources") or src) if k in src)


def load_pipeline(model_dir: str | os.PathLike | None = None, device: str = "cpu"):
    """Load a ``NesyControlNetPipeline`` from a local folder (safetensors only; default: shipped weights)."""
    from ..render.diffusion import _check_weights, _one_line, _read_json
    p = Path(model_dir) if model_dir is not None else default_model_dir()
    arg = "model_dir"
    if not p.is_dir():
        if model_dir is None:
            raise InputError(f"nesy's trained microscopy model is missing from this installation ({p}); "
                             "run `nesy train --out <dir>` and pass --model <dir>")
        raise InputError(f"{arg} must be an existing directory, got {str(model_dir)!r}")
    if not (p / "model_index.json").is_file():
        raise InputError(f"{arg} {str(p)!r} is not in diffusers layout: it has no model_index.json")
    index = _read_json(p / "model_index.json", arg, p)
    if not isinstance(index, dict) or index.get("_class_name") != "NesyControlNetPipeline":
        raise InputError(f"{arg} {str(p)!r} is not a nesy microscopy model (model_index.json names "
                         f"{index.get('_class_name') if isinstance(index, dict) else index!r})")
    for part in ("unet", "controlnet"):
        if not (p / part / "config.json").is_file():
            raise InputError(f"{arg} {str(p)!r} has no {part}/config.json")
        _read_json(p / part / "config.json", arg, p)
        _check_weights(p / part, arg, p)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    cls = _pipeline_class()
    try:
        with _quiet_import():
            pipe = cls.from_pretrained(str(p), use_safetensors=True, local_files_only=True)
    except Exception as e:
        raise InputError(f"{arg} {str(p)!r} could not be loaded as a nesy microscopy model: {_one_line(e)}") from e
    pipe = pipe.to(device)
    pipe.set_progress_bar_config(disable=True)
    return pipe


def save_pipeline(components: dict[str, Any], out: str | os.PathLike, meta: dict[str, Any] | None = None) -> Path:
    cls = _pipeline_class()
    out = Path(out)
    with _quiet_import():
        pipe = cls(**components)
        pipe.save_pretrained(out, safe_serialization=True)
    if meta is not None:
        (out / "training.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return out


def train(out: str | os.PathLike, *, steps: int | None = None, seed: int | None = None,
          device: str = "cpu", log: Callable[[str], None] | None = print,
          config: dict[str, Any] | None = None, checkpoint_every: int = 0) -> Path:
    """Train the model on the real training crops (``nesy.micro.data.TrainingCrops``) and save it.

    Reproducible from ``seed`` (numpy + torch generators; on the CPU with the configured thread count).
    Writes ``out/`` in diffusers layout with safetensors weights (the EMA weights) and
    ``training.json`` (settings, loss curve, wall time).
    """
    import copy
    import torch
    import torch.nn.functional as F
    from .data import TrainingCrops
    cfg = config or model_config()
    tr = dict(cfg["training"])
    steps = int(tr["steps"] if steps is None else steps)
    seed = int(tr["seed"] if seed is None else seed)
    if steps < 1:
        raise InputError(f"steps must be at least 1, got {steps}")
    torch.set_num_threads(int(tr.get("threads", 2)))
    torch.use_deterministic_algorithms(True, warn_only=True)
    comps = build_components(seed, cfg)
    unet, cn, sched = comps["unet"], comps["controlnet"], comps["scheduler"]
    unet.to(device).train()
    cn.to(device).train()
    params = list(unet.parameters()) + list(cn.parameters())
    ema = [copy.deepcopy(unet).eval(), copy.deepcopy(cn).eval()]
    opt = torch.optim.AdamW(params, lr=float(tr["lr"]), weight_decay=0.0)
    warm = int(tr["warmup_steps"])
    lr_at = lambda i: min(1.0, (i + 1) / warm) * 0.5 * (1 + math.cos(math.pi * i / steps))  # noqa: E731
    sch = torch.optim.lr_scheduler.LambdaLR(opt, lr_at)
    # ``sources``: train on these real images only (default: every source of configs/microscopy_data.yaml)
    crops = TrainingCrops(int(tr["crop"]), keys=tuple(tr["sources"]) if tr.get("sources") else None)
    rng = np.random.default_rng(seed)
    gen = torch.Generator().manual_seed(seed)
    bs = int(tr["batch_size"])
    T = sched.config.num_train_timesteps
    ehs = torch.zeros(bs, 1, unet.config.cross_attention_dim, device=device)
    losses: list[float] = []
    t0 = time.perf_counter()
    decay = float(tr["ema_decay"])
    from tqdm.auto import tqdm
    for i in tqdm(range(steps), desc="nesy train", unit="step", disable=None, mininterval=1.0):
        x0, c, cl = crops.batch(rng, bs)
        x0, c, cl = torch.from_numpy(x0).to(device), torch.from_numpy(c).to(device), torch.from_numpy(cl).to(device)
        noise = torch.randn(x0.shape, generator=gen).to(device)
        t = torch.randint(0, T, (bs,), generator=gen).to(device)
        xt = sched.add_noise(x0, noise, t)
        down, mid = cn(xt, t, encoder_hidden_states=ehs, controlnet_cond=c, class_labels=cl, return_dict=False)
        eps = unet(xt, t, encoder_hidden_states=ehs, class_labels=cl, down_block_additional_residuals=down,
                   mid_block_additional_residual=mid).sample
        loss = F.mse_loss(eps, noise)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, float(tr["grad_clip"]))
        opt.step()
        sch.step()
        with torch.no_grad():
            d = min(decay, (1 + i) / (10 + i))
            for m_ema, m in zip(ema, (unet, cn)):
                pe, pm = list(m_ema.parameters()), [q.detach() for q in m.parameters()]
                torch._foreach_mul_(pe, d)          # one kernel per step on the GPU, not one per tensor
                torch._foreach_add_(pe, pm, alpha=1 - d)
        losses.append(loss.item())
        if log and (i + 1) % 100 == 0:
            log(f"step {i + 1}/{steps}  loss(mean of last 100) {np.mean(losses[-100:]):.4f}  "
                f"{time.perf_counter() - t0:.0f} s")
        if checkpoint_every and (i + 1) % checkpoint_every == 0 and i + 1 < steps:
            save_pipeline({"unet": copy.deepcopy(ema[0]).cpu(), "controlnet": copy.deepcopy(ema[1]).cpu(),
                           "scheduler": sched}, Path(out).with_name(Path(out).name + f"-step{i + 1}"))
    wall = time.perf_counter() - t0
    meta = {"seed": seed, "steps": steps, "device": device, "wall_s": round(wall, 1),
            "torch_threads": torch.get_num_threads(), "config": cfg,
            "loss_per_100_steps": [round(float(np.mean(losses[k:k + 100])), 5) for k in range(0, steps, 100)],
            "data": "configs/microscopy_data.yaml (training regions only)"}
    return save_pipeline({"unet": ema[0].cpu(), "controlnet": ema[1].cpu(), "scheduler": sched}, out, meta)
