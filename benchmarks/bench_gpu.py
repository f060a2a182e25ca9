"""nesy's two diffusion paths on a CUDA GPU: correctness checks and throughput at batch sizes 1, 8 and 32.

    python benchmarks/bench_gpu.py --prepare       # on any machine with nesy installed: solve the figures
                                                   # once -> benchmarks/gpu/cases.json (scenes and layouts)
    python benchmarks/bench_gpu.py --out DIR       # on the CUDA machine: checks + throughput -> DIR/gpu.json

The GPU machine needs only torch, diffusers, PIL, PyYAML, scikit-image and resvg-py: the figures were
parsed and solved by ``--prepare`` (spaCy, Z3), and the run reads them with ``Layout.from_dict``.

1. **nesy's own microscopy model** (the shipped weights, ``MicroscopyRenderer``; pixel space, 256 x 256,
   20 DDIM steps): the same seed twice on CUDA gives the same image; CUDA against the CPU's image of the
   same seed (grey levels); images per second of ``draw_many`` at batch 1, 8 and 32.
2. **Stable Diffusion 1.5 + ControlNet** (``DiffusionRenderer``, the path of every other science): no stock
   weights can be downloaded, so the benchmark builds the SD-1.5 architecture from its published config
   (UNet 320/640/1280/1280, 768-wide cross-attention, CLIP ViT-L/14 text encoder of 12 layers, the KL VAE)
   with random weights. Speed does not depend on the weights' values; the images are noise and are not
   verified. Checked: fp16 on CUDA, the figure's size, the same seed twice gives the same bytes, and
   ``render_many`` of one item gives ``render``'s bytes. Timed: ``render_many`` (control map, 20 DDIM
   steps with classifier-free guidance, VAE decode, PNG) at batch 1, 8 and 32, 512 px model size.
3. **Training step** of the microscopy model (batch 8, as configured, and 64) on CUDA, synthetic tensors
   of the training crops' shape: steps per second.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "gpu" / "cases.json"
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The figures timed: a cell for the SD path (what the README draws) and a microscopy field for nesy's own model.
TEXTS = {
    "cell": ("cell", "A eukaryotic cell with one nucleus and four mitochondria outside the nucleus"),
    "microscopy": ("microscopy", "A 256 x 256 fluorescence image with 30 nuclei, some of them touching"),
}


def prepare() -> None:
    from nesy.pipeline import generate
    cases = {}
    for key, (domain, text) in TEXTS.items():
        r = generate(text, domain=domain, seed=0, controls=False)
        cases[key] = {"text": text, "scene": r.scene.to_dict(), "layout": r.layout.to_dict(),
                      "verified": r.passed}
        print(f"{key}: {r.layout.width} x {r.layout.height} px, verified={r.passed}")
    CASES.write_text(json.dumps(cases, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {CASES.relative_to(ROOT)}")


def _sd15_dirs(root: Path, seed: int = 0) -> tuple[Path, Path]:
    """An SD-1.5-shaped pipeline and ControlNet with random weights, written in diffusers layout (fp16)."""
    import torch
    from diffusers import (AutoencoderKL, ControlNetModel, DDIMScheduler, StableDiffusionControlNetPipeline,
                           UNet2DConditionModel)
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer
    torch.manual_seed(seed)
    # runwayml/stable-diffusion-v1-5 unet/config.json (published architecture)
    unet = UNet2DConditionModel(
        sample_size=64, in_channels=4, out_channels=4, layers_per_block=2,
        block_out_channels=(320, 640, 1280, 1280), cross_attention_dim=768, attention_head_dim=8,
        down_block_types=("CrossAttnDownBlock2D",) * 3 + ("DownBlock2D",),
        up_block_types=("UpBlock2D",) + ("CrossAttnUpBlock2D",) * 3)
    controlnet = ControlNetModel.from_unet(unet)   # lllyasviel's SD-1.5 ControlNets: the UNet's encoder copy
    vae = AutoencoderKL(in_channels=3, out_channels=3, latent_channels=4, sample_size=512,
                        block_out_channels=(128, 256, 512, 512), layers_per_block=2,
                        down_block_types=("DownEncoderBlock2D",) * 4, up_block_types=("UpDecoderBlock2D",) * 4)
    scheduler = DDIMScheduler(beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear",
                              clip_sample=False, set_alpha_to_one=False, steps_offset=1)
    # CLIP ViT-L/14's text tower (openai/clip-vit-large-patch14 text_config); a letters-only vocabulary
    # stands in for its BPE merges (token ids only change which rows of the embedding are read)
    text = CLIPTextModel(CLIPTextConfig(vocab_size=49408, hidden_size=768, intermediate_size=3072,
                                        num_hidden_layers=12, num_attention_heads=12,
                                        max_position_embeddings=77, hidden_act="quick_gelu",
                                        bos_token_id=0, eos_token_id=1, pad_token_id=1)).eval()
    vocab = {"<|startoftext|>": 0, "<|endoftext|>": 1}
    for c in "abcdefghijklmnopqrstuvwxyz0123456789":
        vocab[c] = len(vocab)
        vocab[c + "</w>"] = len(vocab)
    tok = CLIPTokenizer(vocab=vocab, merges=[], model_max_length=77)
    pipe = StableDiffusionControlNetPipeline(vae=vae, text_encoder=text, tokenizer=tok, unet=unet,
                                             controlnet=controlnet, scheduler=scheduler, safety_checker=None,
                                             feature_extractor=None, requires_safety_checker=False)
    pipe.to(torch.float16)
    model_dir, cn_dir = root / "sd15", root / "sd15-controlnet"
    pipe.save_pretrained(model_dir, safe_serialization=True)
    controlnet.save_pretrained(cn_dir, safe_serialization=True)
    n = {k: sum(p.numel() for p in m.parameters()) for k, m in
         (("unet", unet), ("controlnet", controlnet), ("vae", vae), ("text_encoder", text))}
    return model_dir, cn_dir, n


def _sync() -> None:
    import torch
    if torch.cuda.is_available():
        torch.cuda.synchronize()


def _peak_gib() -> float | None:
    import torch
    return round(torch.cuda.max_memory_allocated() / 2**30, 2) if torch.cuda.is_available() else None


def _reset_peak() -> None:
    import torch
    if torch.cuda.is_available():
        torch.cuda.reset_peak_memory_stats()


def _time(fn, repeats: int) -> float:
    best = []
    for _ in range(repeats):
        _sync()
        t0 = time.perf_counter()
        fn()
        _sync()
        best.append(time.perf_counter() - t0)
    return min(best)


def run(out: Path, batches: list[int], repeats: int, smoke: bool = False) -> dict:
    import numpy as np
    import torch
    from nesy.types import Layout, SceneGraph
    from nesy.render.diffusion import DiffusionRenderer
    from nesy.micro.renderer import MicroscopyRenderer
    from nesy.micro.masks import label_image

    res: dict = {"torch": torch.__version__, "cuda": torch.version.cuda,
                 "device": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None}
    import diffusers
    res["diffusers"] = diffusers.__version__
    dev = "cuda" if torch.cuda.is_available() else "cpu"
    if dev == "cpu" and not smoke:
        raise SystemExit("no CUDA device: this benchmark is for the GPU machine (--smoke tries it on the CPU)")
    res["smoke"] = smoke
    steps = 1 if smoke else 20
    cases = json.loads(CASES.read_text(encoding="utf-8"))
    save = lambda: (out / "gpu.json").write_text(json.dumps(res, indent=1) + "\n")  # noqa: E731
    checks: dict[str, object] = {}
    res["checks"] = checks

    # 1. nesy's own microscopy model
    m = cases["microscopy"]
    lay = Layout.from_dict(m["layout"])
    labels, _ = label_image(lay)
    t0 = time.perf_counter()
    r = MicroscopyRenderer(device=dev, steps=steps)
    res["micro_load_s"] = round(time.perf_counter() - t0, 2)
    a = r.draw(labels, 0, seed=7)
    b = r.draw(labels, 0, seed=7)
    checks["micro_cuda_same_seed_identical"] = bool(np.array_equal(a, b))
    cpu = MicroscopyRenderer(device="cpu", steps=steps).draw(labels, 0, seed=7)
    d = np.abs(a.astype(int) - cpu.astype(int))
    checks["micro_cuda_vs_cpu_grey_levels"] = {"max": int(d.max()), "mean": round(float(d.mean()), 3),
                                               "share_over_2": round(float((d > 2).mean()), 4)}
    one = r.draw_many([labels], 0, [7])[0]
    many = r.draw_many([labels] * 4, 0, [7, 8, 9, 10])
    checks["micro_batch_of_4_first_equals_single"] = {
        "max_grey_diff": int(np.abs(many[0].astype(int) - one.astype(int)).max())}
    thr = {}
    for bs in batches:
        lab = [labels] * bs
        seeds = list(range(bs))
        r.draw_many(lab, 0, seeds, batch_size=bs)           # warm-up (cuDNN algorithm choice)
        _reset_peak()
        s = _time(lambda: r.draw_many(lab, 0, seeds, batch_size=bs), repeats)
        thr[str(bs)] = {"s_per_batch": round(s, 3), "images_per_s": round(bs / s, 2),
                        "peak_gib": _peak_gib()}
        print(f"microscopy batch {bs}: {bs / s:.1f} images/s ({s:.3f} s a batch)", flush=True)
    res["microscopy"] = {"size": list(labels.shape), "steps": r.steps, "dtype": str(r.pipe.unet.dtype),
                         "throughput": thr}
    save()

    # 3. training step of the microscopy model (before the big model takes the memory)
    from nesy.micro.model import build_components
    comps = build_components(0)
    unet, cn, sched = comps["unet"].to(dev).train(), comps["controlnet"].to(dev).train(), comps["scheduler"]
    params = list(unet.parameters()) + list(cn.parameters())
    opt = torch.optim.AdamW(params, lr=5e-4)
    train = {}
    for bs in ((8,) if smoke else (8, 64)):
        x0 = torch.randn(bs, 1, 64, 64, device=dev)
        c = (torch.rand(bs, 2, 64, 64, device=dev) > 0.5).float()
        cl = torch.zeros(bs, dtype=torch.long, device=dev)
        ehs = torch.zeros(bs, 1, unet.config.cross_attention_dim, device=dev)

        def step():
            t = torch.randint(0, 1000, (bs,), device=dev)
            noise = torch.randn_like(x0)
            xt = sched.add_noise(x0, noise, t)
            down, mid = cn(xt, t, encoder_hidden_states=ehs, controlnet_cond=c, class_labels=cl, return_dict=False)
            eps = unet(xt, t, encoder_hidden_states=ehs, class_labels=cl, down_block_additional_residuals=down,
                       mid_block_additional_residual=mid).sample
            loss = torch.nn.functional.mse_loss(eps, noise)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
        for _ in range(2 if smoke else 10):
            step()
        n = 3 if smoke else 100
        s = _time(lambda: [step() for _ in range(n)], 1)
        train[str(bs)] = {"steps_per_s": round(n / s, 1), "ms_per_step": round(1000 * s / n, 2)}
        print(f"train step batch {bs}: {n / s:.1f} steps/s", flush=True)
    res["micro_train_step"] = train
    del unet, cn, opt, params, comps
    if dev == "cuda":
        torch.cuda.empty_cache()
    save()

    # 2. Stable Diffusion 1.5-shaped + ControlNet
    scene = SceneGraph.from_dict(cases["cell"]["scene"])
    layout = Layout.from_dict(cases["cell"]["layout"])
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        model_dir, cn_dir, nparams = _sd15_dirs(Path(tmp))
        res["sd15_build_and_save_s"] = round(time.perf_counter() - t0, 1)
        res["sd15_parameters_millions"] = {k: round(v / 1e6, 1) for k, v in nparams.items()}
        t0 = time.perf_counter()
        sd = DiffusionRenderer(model_dir, cn_dir, device=dev, steps=steps,
                               resolution=64 if smoke else None)
        res["sd15_load_s"] = round(time.perf_counter() - t0, 1)
    checks["sd15_dtype"] = f"{sd.device} {sd.pipe.unet.dtype}"
    one = sd.render(layout, scene, seed=3, attempt=0)
    two = sd.render(layout, scene, seed=3, attempt=0)
    from PIL import Image
    import io
    img = Image.open(io.BytesIO(one.png))
    checks["sd15_image_size_is_layout_size"] = img.size == (layout.width, layout.height)
    checks["sd15_same_seed_same_bytes"] = one.png == two.png
    checks["sd15_render_many_of_one_equals_render"] = sd.render_many([(layout, scene, 3, 0)])[0].png == one.png
    res["sd15_model_size"] = list(sd.model_size(layout.width, layout.height))
    save()
    thr = {}
    for bs in batches:
        items = [(layout, scene, i, 0) for i in range(bs)]
        sd.render_many(items, batch_size=bs)     # warm-up
        _reset_peak()
        s = _time(lambda: sd.render_many(items, batch_size=bs), repeats)
        thr[str(bs)] = {"s_per_batch": round(s, 3), "images_per_s": round(bs / s, 2),
                        "peak_gib": _peak_gib()}
        print(f"sd15+controlnet batch {bs}: {bs / s:.2f} images/s ({s:.2f} s a batch)", flush=True)
        save()
    res["sd15"] = {"steps": steps, "guidance_scale": sd.guidance_scale, "throughput": thr}
    h = hashlib.sha256(one.png).hexdigest()[:16]
    res["sd15_first_png_sha256_16"] = h
    save()
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--prepare", action="store_true", help="solve the figures into benchmarks/gpu/cases.json")
    ap.add_argument("--out", default=".", help="folder for gpu.json")
    ap.add_argument("--batches", default="1,8,32")
    ap.add_argument("--repeats", type=int, default=2, help="timed runs per batch size (the fastest is kept)")
    ap.add_argument("--smoke", action="store_true", help="try the run on the CPU (1 step, 64 px SD images)")
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import warnings
    warnings.filterwarnings("ignore")
    if args.prepare:
        prepare()
        return
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    res = run(out, [int(b) for b in args.batches.split(",")], args.repeats, args.smoke)
    print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
