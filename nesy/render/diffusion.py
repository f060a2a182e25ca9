"""A diffusion renderer: a control map of the layout → a ControlNet-guided Stable Diffusion image.

``DiffusionRenderer`` plugs into ``nesy.pipeline.generate(renderer=...)``. It draws the layout's control
map of the type the ControlNet was trained on (``control_type``, documented in ``layout/controls.yaml``:
``segmentation`` — the flat class map the exact renderer writes to ``control/segmentation.png``; ``canny``
— Canny edges of the exact figure, white on black; ``lineart`` — the exact figure's strokes, white on
black), feeds it to a Stable-Diffusion-1.5-family pipeline with a ControlNet, and hands back a ``Rendering`` whose
``png`` is the diffusion image and whose ``svg`` is still the exact symbolic figure. The pipeline then
verifies those pixels like any other rendering, so an image the model got wrong is re-solved and
re-rendered, and never reported as passing.

Weights are read from local directories in diffusers layout only, as safetensors only: nothing is
downloaded and no pickle (``.bin``/``.ckpt``) file is ever unpickled. torch and diffusers are imported
when a renderer is built, so importing this module stays cheap.

``make_tiny_pipeline_dir`` writes a tiny, untrained pipeline and ControlNet (built from config with
fixed seeds) for tests and smoke runs on the CPU.
"""
from __future__ import annotations

import io
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..types import Layout, Rendering, SceneGraph

__all__ = ["DiffusionRenderer", "scene_prompt", "make_tiny_pipeline_dir", "CONTROL_TYPES"]

CONTROL_TYPES = ("segmentation", "canny", "lineart")

_PICKLE_SUFFIXES = (".bin", ".ckpt", ".pt", ".pth", ".pkl")
# Pipeline parts nesy loads; the safety checker and image encoders of a full SD-1.5 folder are skipped.
_REQUIRED = ("unet", "vae", "scheduler")
_TEXT_PARTS = ("text_encoder", "tokenizer")
_IRREGULAR = {"mitochondrion": "mitochondria", "nucleus": "nuclei", "nucleolus": "nucleoli",
              "bacterium": "bacteria", "vertex": "vertices", "axis": "axes", "matrix": "matrices",
              "lens": "lenses", "focus": "foci", "radius": "radii", "datum": "data"}


def _plural(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def scene_prompt(scene: SceneGraph) -> str:
    """A text prompt that counts the scene's entities by kind, in order of first appearance.

    ``"a scientific illustration of a cell with 1 nucleus and 4 mitochondria"`` when the first kind
    occurs once (it is the container), else ``"a scientific illustration of 3 planets and 1 star"``.
    """
    counts = Counter(e.kind for e in scene.entities)
    if not counts:
        return f"a scientific illustration ({scene.domain})"

    def phrase(kind: str, n: int) -> str:
        name = kind.replace("_", " ")
        return f"{n} {name if n == 1 else _plural(name)}"

    def join(parts: list[str]) -> str:
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]

    kinds = list(counts)
    if counts[kinds[0]] == 1 and len(kinds) > 1:
        rest = [phrase(k, counts[k]) for k in kinds[1:]]
        return f"a scientific illustration of a {kinds[0].replace('_', ' ')} with {join(rest)}"
    return "a scientific illustration of " + join([phrase(k, counts[k]) for k in kinds])


def _read_json(path: Path, arg: str, value: Any) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(f"{arg} {str(value)!r}: {path.name} is not valid JSON ({e})") from None


class _quiet:
    """Silence diffusers'/transformers' loading chatter (progress bars, accelerate hints) while loading."""

    def __enter__(self):
        import warnings
        self._w = warnings.catch_warnings()
        self._w.__enter__()
        warnings.simplefilter("ignore")
        from diffusers.utils import logging as dlog
        from transformers.utils import logging as tlog
        self._levels = (dlog.get_verbosity(), tlog.get_verbosity())
        dlog.set_verbosity_error()
        tlog.set_verbosity_error()
        dlog.disable_progress_bar()
        tlog.disable_progress_bar()
        return self

    def __exit__(self, *exc):
        from diffusers.utils import logging as dlog
        from transformers.utils import logging as tlog
        dlog.set_verbosity(self._levels[0])
        tlog.set_verbosity(self._levels[1])
        dlog.enable_progress_bar()
        tlog.enable_progress_bar()
        self._w.__exit__(*exc)
        return False


def _one_line(e: BaseException, limit: int = 400) -> str:
    text = " ".join(str(e).split()) or type(e).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _check_weights(folder: Path, arg: str, value: Any) -> None:
    """Require ``.safetensors`` weights in ``folder``; name pickle files when those are all there is."""
    files = [p for p in folder.iterdir() if p.is_file()]
    if any(p.suffix == ".safetensors" for p in files):
        return
    pickles = sorted(p.name for p in files if p.suffix in _PICKLE_SUFFIXES)
    where = "" if folder.name == Path(value).name else f" in {folder.name}/"
    if pickles:
        raise InputError(f"{arg} {str(value)!r} holds only pickle weights{where} ({', '.join(pickles)}); "
                         "nesy loads .safetensors weights only, convert them first")
    raise InputError(f"{arg} {str(value)!r} has no .safetensors weights{where}")


def _check_dir(value: Any, arg: str, index: str) -> Path:
    if not isinstance(value, (str, os.PathLike)) or not str(value):
        raise InputError(f"{arg} must be a directory path, got {value!r}")
    p = Path(value)
    if not p.exists():
        raise InputError(f"{arg} must be an existing directory, got {str(value)!r} (it does not exist)")
    if not p.is_dir():
        raise InputError(f"{arg} must be a directory in diffusers layout, got the file {str(value)!r}")
    if not (p / index).is_file():
        raise InputError(f"{arg} {str(value)!r} is not in diffusers layout: it has no {index}")
    return p


def _check_model_dir(value: Any) -> tuple[Path, bool]:
    """Validate a pipeline folder; returns it and whether it holds a text encoder and tokenizer."""
    p = _check_dir(value, "model_dir", "model_index.json")
    index = _read_json(p / "model_index.json", "model_dir", value)
    if not isinstance(index, dict):
        raise InputError(f"model_dir {str(value)!r}: model_index.json must hold a JSON object, "
                         f"got {type(index).__name__}")
    for part in _REQUIRED:
        if not (p / part).is_dir():
            raise InputError(f"model_dir {str(value)!r} has no {part}/ folder")
    for part in ("unet", "vae"):
        if not (p / part / "config.json").is_file():
            raise InputError(f"model_dir {str(value)!r} has no {part}/config.json")
        _read_json(p / part / "config.json", "model_dir", value)
        _check_weights(p / part, "model_dir", value)
    has_text = all((p / t).is_dir() and index.get(t) not in (None, [None, None]) for t in _TEXT_PARTS)
    if has_text:
        _read_json(p / "text_encoder" / "config.json", "model_dir", value)
        _check_weights(p / "text_encoder", "model_dir", value)
    return p, has_text


def _check_controlnet_dir(value: Any) -> Path:
    p = _check_dir(value, "controlnet_dir", "config.json")
    _read_json(p / "config.json", "controlnet_dir", value)
    _check_weights(p, "controlnet_dir", value)
    return p


class DiffusionRenderer:
    """Draw a layout with Stable Diffusion 1.5 + ControlNet, conditioned on its segmentation map.

    ``model_dir``: a ``StableDiffusionPipeline`` folder in diffusers layout (``model_index.json``,
    ``unet/``, ``vae/``, ``scheduler/``, optionally ``text_encoder/`` and ``tokenizer/``).
    ``controlnet_dir``: a ``ControlNetModel`` folder (``config.json`` and ``.safetensors`` weights),
    trained on segmentation maps in nesy's class palette. Both are read locally, safetensors only.
    ``device``: ``"cuda"`` or ``"cpu"``; by default CUDA when available. ``steps``: denoising steps.
    ``resolution``: the longer side of the image the model draws (pixels, a multiple of 8); by
    default the model's own (``unet.sample_size × VAE scale``: 512 for SD 1.5). ``prompt``: by
    default ``scene_prompt(scene)``.

    A model folder without text encoder and tokenizer is accepted: the UNet is then conditioned on
    zero ``prompt_embeds`` (77 tokens × the UNet's cross-attention size), i.e. on the control map
    alone, and ``prompt`` must be left unset.
    """

    def __init__(self, model_dir: str | os.PathLike, controlnet_dir: str | os.PathLike, *,
                 device: str | None = None, steps: int = 20, guidance_scale: float = 7.5,
                 resolution: int | None = None, prompt: str | None = None,
                 controlnet_conditioning_scale: float = 1.0, control_type: str = "segmentation"):
        from ..errors import require_extra
        if control_type not in CONTROL_TYPES:
            raise InputError(f"control_type must be one of {', '.join(CONTROL_TYPES)} (the kind of map the "
                             f"ControlNet was trained on), got {control_type!r}")
        for mod in ("torch", "diffusers", "transformers", "safetensors"):
            require_extra(mod, "diffusion", "the diffusion renderer")
        if isinstance(steps, bool) or not isinstance(steps, int) or steps < 1:
            raise InputError(f"steps must be a positive integer, got {steps!r}")
        if isinstance(guidance_scale, bool) or not isinstance(guidance_scale, (int, float)) \
                or not 0 <= guidance_scale < 1e3:
            raise InputError(f"guidance_scale must be a number in [0, 1000), got {guidance_scale!r}")
        if resolution is not None and (isinstance(resolution, bool) or not isinstance(resolution, int)
                                       or resolution < 8 or resolution % 8):
            raise InputError(f"resolution must be a positive multiple of 8 pixels, got {resolution!r}")
        if prompt is not None and (not isinstance(prompt, str) or not prompt.strip()):
            raise InputError(f"prompt must be non-empty text, got {prompt!r}")
        if device not in (None, "cuda", "cpu"):
            raise InputError(f"device must be 'cuda' or 'cpu', got {device!r}")
        self.model_dir, self.has_text = _check_model_dir(model_dir)
        self.controlnet_dir = _check_controlnet_dir(controlnet_dir)
        if prompt is not None and not self.has_text:
            raise InputError(f"prompt was given ({prompt!r}) but model_dir {str(model_dir)!r} has no "
                             "text_encoder/ and tokenizer/ to read it")
        import torch
        if device == "cuda" and not torch.cuda.is_available():
            raise InputError("device 'cuda' was asked for, but torch sees no CUDA device here; "
                             "use --device cpu")
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        self.steps = steps
        self.guidance_scale = float(guidance_scale)
        self.prompt = prompt
        self.controlnet_conditioning_scale = float(controlnet_conditioning_scale)
        self.control_type = control_type
        self.pipe = self._load()
        vae_scale = self.pipe.vae_scale_factor
        # The sizes the UNet halves through must stay whole, so round to latent × downsampling steps.
        self.multiple = max(8, vae_scale * 2 ** (len(self.pipe.unet.config.block_out_channels) - 1))
        self.resolution = resolution or int(self.pipe.unet.config.sample_size) * vae_scale

    def _load(self):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import torch
        with _quiet():
            from diffusers import ControlNetModel, StableDiffusionControlNetPipeline
        dtype = torch.float16 if self.device == "cuda" else torch.float32
        opts = dict(use_safetensors=True, local_files_only=True, torch_dtype=dtype)
        try:
            with _quiet():
                controlnet = ControlNetModel.from_pretrained(str(self.controlnet_dir), **opts)
        except Exception as e:  # diffusers raises OSError/ValueError/EnvironmentError/KeyError…
            raise InputError(f"controlnet_dir {str(self.controlnet_dir)!r} could not be loaded as a "
                             f"ControlNetModel: {_one_line(e)}") from e
        extra: dict[str, Any] = {"safety_checker": None, "feature_extractor": None,
                                 "requires_safety_checker": False}
        if not self.has_text:
            extra.update(text_encoder=None, tokenizer=None)
        try:
            with _quiet():
                pipe = StableDiffusionControlNetPipeline.from_pretrained(
                    str(self.model_dir), controlnet=controlnet, **extra, **opts)
        except Exception as e:
            raise InputError(f"model_dir {str(self.model_dir)!r} could not be loaded as a Stable "
                             f"Diffusion pipeline: {_one_line(e)}") from e
        pipe = pipe.to(self.device)
        pipe.set_progress_bar_config(disable=True)
        return pipe

    def model_size(self, width: int, height: int) -> tuple[int, int]:
        """The (width, height) the model draws a ``width × height`` figure at (pixels)."""
        s = self.resolution / max(width, height)
        m = self.multiple
        return max(m, round(width * s / m) * m), max(m, round(height * s / m) * m)

    def control_image(self, layout: Layout) -> tuple[bytes, Any]:
        """The layout's control map of ``control_type`` as PNG bytes (layout size; for ``segmentation`` the
        class map, otherwise the exact figure it is made from) and as the PIL image the model gets (model size)."""
        return control_map(layout, self.control_type, self.model_size(layout.width, layout.height))

    def render(self, layout: Layout, scene: SceneGraph, *, seed: int, attempt: int) -> Rendering:
        """Draw ``layout`` with the model; seeded by ``seed * 1000 + attempt`` (deterministic on CPU)."""
        return self.render_many([(layout, scene, seed, attempt)])[0]

    def render_many(self, items: list[tuple[Layout, SceneGraph, int, int]], *,
                    batch_size: int = 8) -> list[Rendering]:
        """Draw many ``(layout, scene, seed, attempt)`` items, ``batch_size`` at a time in one model call.

        Items whose model size differs go to separate calls. Each image has its own generator seeded
        ``seed * 1000 + attempt``, so an item's image does not depend on which others share its batch (up to
        the floating-point differences of batched kernels on the GPU; on the CPU ``render`` of one item gives
        the bytes it always gave). Returns the renderings in the order of ``items``.
        """
        import torch
        check_batch_size(batch_size)
        prepared = []
        for layout, scene, seed, attempt in items:
            src_png, control = self.control_image(layout)
            prompt = (self.prompt or scene_prompt(scene)) if self.has_text else None
            prepared.append((layout, src_png, control, prompt, int(seed) * 1000 + int(attempt)))
        images: dict[int, Any] = {}
        for part in size_batches([c[2].size for c in prepared], batch_size):
            w, h = prepared[part[0]][2].size
            gens = [torch.Generator(device=self.device).manual_seed(prepared[i][4]) for i in part]
            kw: dict[str, Any] = {}
            if self.has_text:
                kw["prompt"] = [prepared[i][3] for i in part]
            else:
                p = self.pipe
                zeros = torch.zeros(len(part), 77, p.unet.config.cross_attention_dim, dtype=p.unet.dtype,
                                    device=self.device)
                kw.update(prompt_embeds=zeros, negative_prompt_embeds=zeros)
            out = self.pipe(image=[prepared[i][2] for i in part], width=w, height=h,
                            num_inference_steps=self.steps, guidance_scale=self.guidance_scale,
                            controlnet_conditioning_scale=self.controlnet_conditioning_scale,
                            generator=gens[0] if len(gens) == 1 else gens, output_type="pil", **kw).images
            images.update(zip(part, out))
        return [self._rendering(*prepared[i], images[i]) for i in range(len(prepared))]

    def _rendering(self, layout: Layout, src_png: bytes, control: Any, prompt: str | None, seed: int,
                   out: Any) -> Rendering:
        from PIL import Image
        from .svg import to_svg
        out = out.convert("RGB").resize((layout.width, layout.height), Image.LANCZOS)
        buf = io.BytesIO()
        out.save(buf, format="PNG")
        cbuf = io.BytesIO()
        control.save(cbuf, format="PNG")
        meta = {"renderer": "diffusion", "model_dir": str(self.model_dir),
                "controlnet_dir": str(self.controlnet_dir), "seed": seed,
                "steps": self.steps, "guidance_scale": self.guidance_scale, "control_type": self.control_type,
                "prompt": prompt, "model_size": [control.width, control.height]}
        first = ("segmentation.png", src_png) if self.control_type == "segmentation" else ("exact.png", src_png)
        controls = (first, ("diffusion_control.png", cbuf.getvalue()),
                    ("diffusion.json", json.dumps(meta, indent=1).encode()))
        return Rendering(to_svg(layout), buf.getvalue(), layout.width, layout.height, controls)


def check_batch_size(batch_size: Any) -> None:
    """``batch_size`` of a batched draw: a positive integer, else an ``InputError``."""
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise InputError(f"batch_size must be a positive integer, got {batch_size!r}")


def size_batches(sizes: list[Any], batch_size: int) -> list[list[int]]:
    """Indices of ``sizes`` in model calls: those of one size together (a batch is one tensor), at most
    ``batch_size`` a call, in order of each size's first appearance."""
    groups: dict[Any, list[int]] = {}
    for i, size in enumerate(sizes):
        groups.setdefault(size, []).append(i)
    return [idx[k:k + batch_size] for idx in groups.values() for k in range(0, len(idx), batch_size)]


def control_map(layout: Layout, control_type: str, size: tuple[int, int]) -> tuple[bytes, Any]:
    """The control map of ``control_type`` (``layout/controls.yaml``) for ``layout`` at ``size`` (width,
    height, the model's): (the PNG it is made from, at layout size; the RGB PIL image the ControlNet gets)."""
    import numpy as np
    from PIL import Image
    from .svg import segmentation_svg, svg_to_png, to_svg
    if control_type == "segmentation":
        seg = svg_to_png(segmentation_svg(layout))
        img = Image.open(io.BytesIO(seg)).convert("RGB")
        # nearest keeps every pixel a class colour: the ControlNet reads classes, not shades
        return seg, img.resize(size, Image.NEAREST)
    if control_type not in CONTROL_TYPES:
        raise InputError(f"control_type must be one of {', '.join(CONTROL_TYPES)}, got {control_type!r}")
    exact = svg_to_png(to_svg(layout))
    img = Image.open(io.BytesIO(exact)).convert("RGB").resize(size, Image.Resampling.BOX)
    if control_type == "canny":
        # on the colour image, as the annotator runs cv2.Canny (the channel with the largest gradient)
        from ..resources import load_yaml
        from .edges import canny
        t = load_yaml("layout", "controls.yaml")["types"]["canny"]
        m = canny(np.asarray(img), t["low"], t["high"])
    else:   # lineart: strokes white on black
        m = (255 - np.asarray(img.convert("L"))).astype(np.uint8)
    return exact, Image.fromarray(np.repeat(m[:, :, None], 3, axis=2))


def _tiny_components(seed: int = 0, *, text_encoder: bool = True) -> dict[str, Any]:
    """Tiny untrained SD-1.5-shaped parts built from config with fixed seeds (64 × 64 px images)."""
    import torch
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from diffusers import AutoencoderKL, ControlNetModel, DDIMScheduler, UNet2DConditionModel
    torch.manual_seed(seed)
    unet = UNet2DConditionModel(block_out_channels=(32, 64), layers_per_block=2, sample_size=32,
                                in_channels=4, out_channels=4, cross_attention_dim=32,
                                down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),
                                up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"))
    torch.manual_seed(seed + 1)
    # The default conditioning channels downsample 8×; a 2-block VAE needs 2×, hence (16, 32).
    controlnet = ControlNetModel.from_unet(unet, conditioning_embedding_out_channels=(16, 32))
    torch.manual_seed(seed + 2)
    vae = AutoencoderKL(block_out_channels=(32, 64), in_channels=3, out_channels=3, latent_channels=4,
                        down_block_types=("DownEncoderBlock2D",) * 2, up_block_types=("UpDecoderBlock2D",) * 2)
    scheduler = DDIMScheduler(beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear",
                              clip_sample=False, set_alpha_to_one=False)
    parts: dict[str, Any] = {"unet": unet, "controlnet": controlnet, "vae": vae, "scheduler": scheduler,
                             "text_encoder": None, "tokenizer": None}
    if text_encoder:
        from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer
        torch.manual_seed(seed + 3)
        cfg = CLIPTextConfig(bos_token_id=0, eos_token_id=1, pad_token_id=1, hidden_size=32,
                             intermediate_size=37, num_attention_heads=4, num_hidden_layers=2,
                             vocab_size=128, max_position_embeddings=77)
        parts["text_encoder"] = CLIPTextModel(cfg).eval()
        letters = "abcdefghijklmnopqrstuvwxyz0123456789"
        vocab = {"<|startoftext|>": 0, "<|endoftext|>": 1}
        for c in letters:
            vocab[c] = len(vocab)
            vocab[c + "</w>"] = len(vocab)
        parts["tokenizer"] = CLIPTokenizer(vocab=vocab, merges=[], model_max_length=77)
    return parts


def make_tiny_pipeline_dir(path: str | os.PathLike, seed: int = 0, *, text_encoder: bool = True
                           ) -> tuple[Path, Path]:
    """Write a tiny untrained pipeline to ``path/model`` and its ControlNet to ``path/controlnet``.

    Safetensors weights, diffusers layout; for tests and CPU smoke runs (64 × 64 px, ~1 s a render).
    Returns ``(model_dir, controlnet_dir)``.
    """
    with _quiet():
        from diffusers import StableDiffusionControlNetPipeline
        parts = _tiny_components(seed, text_encoder=text_encoder)
        root = Path(path)
        model_dir, cn_dir = root / "model", root / "controlnet"
        pipe = StableDiffusionControlNetPipeline(**parts, safety_checker=None, feature_extractor=None,
                                                 requires_safety_checker=False)
        pipe.save_pretrained(model_dir, safe_serialization=True)
        parts["controlnet"].save_pretrained(cn_dir, safe_serialization=True)
    # The pipeline folder also gets a copy of the ControlNet; it is loaded from controlnet_dir instead.
    return model_dir, cn_dir
