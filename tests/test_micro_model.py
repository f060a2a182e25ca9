"""nesy's own microscopy ControlNet model: real data with held-out regions, fitted laws, tiny-model
training → save → load → sample on the CPU, clear errors for bad weight folders, the renderer's exact labels."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")  # nesy[diffusion]; CI sets NESY_REQUIRE_EXTRAS=1 so it cannot skip there

from nesy.errors import InputError  # noqa: E402
from nesy.micro import data as mdata  # noqa: E402
from nesy.micro.model import build_components, load_pipeline, model_config, save_pipeline, train  # noqa: E402


def tiny_config() -> dict:
    cfg = copy.deepcopy(model_config())
    cfg["architecture"].update(block_out_channels=[8, 16], norm_num_groups=4,
                               conditioning_embedding_out_channels=[8])
    cfg["training"].update(batch_size=2, crop=32, warmup_steps=1, threads=1)
    return cfg


@pytest.fixture(scope="module")
def tiny_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tiny") / "model"
    train(out, steps=3, seed=0, log=None, config=tiny_config())
    return out


def test_real_sources_load_offline_with_labels_and_held_out_regions():
    s = mdata.load_source("nuclei")
    assert s.image.shape == (512, 512) and s.ground_truth
    assert -1.0 <= s.image.min() and s.image.max() <= 1.0
    assert len(np.unique(s.held_out_labels())) - 1 >= 20  # the held-out quadrant holds real nuclei
    for key in ("ihc", "cell", "hubble"):
        src = mdata.load_source(key)
        assert not src.ground_truth and src.labels.max() > 0
        assert src.train_mask().sum() < src.image.size


def test_training_crops_never_touch_the_held_out_region():
    crops = mdata.TrainingCrops(64)
    for src, corners in zip(crops.sources, crops.corners):
        y0, y1, x0, x1 = src.held_out
        ys, xs = corners[:, 0], corners[:, 1]
        overlap = (ys < y1) & (ys + 64 > y0) & (xs < x1) & (xs + 64 > x0)
        assert not overlap.any(), src.key
    img, ctrl, cls = crops.batch(np.random.default_rng(0), 16)
    assert img.shape == (16, 1, 64, 64) and ctrl.shape == (16, 2, 64, 64)
    assert set(np.unique(ctrl)) <= {0.0, 1.0} and set(cls) <= {0, 1, 2, 3}


def test_control_maps_keep_touching_objects_apart():
    lab = np.zeros((20, 20), np.int32)
    lab[5:15, 2:10] = 1
    lab[5:15, 10:18] = 2  # touching along x = 10
    c = mdata.control_from_labels(lab)
    assert c[0].sum() == (lab > 0).sum()
    assert c[1][10, 9] == 1 and c[1][10, 10] == 1  # both sides of the contact are boundary


def test_shipped_fitted_laws_equal_a_fresh_fit():
    import yaml
    from nesy.micro.fit import fit_nuclei
    from nesy.resources import data_dir
    shipped = yaml.safe_load((data_dir("solvers") / "microscopy_fitted.yaml").read_text())
    assert shipped["nuclei"] == json.loads(json.dumps(fit_nuclei("nuclei")))
    d = shipped["nuclei"]["diameter_px"]
    assert 15 < np.exp(d["mu"]) < 35 and 0 < d["sigma"] < 1  # nuclei of ~24 px in a 512 px field
    assert "Caicedo" in shipped["nuclei"]["source"]


def test_tiny_model_trains_saves_safetensors_and_round_trips(tiny_dir):
    assert (tiny_dir / "model_index.json").is_file()
    for part in ("unet", "controlnet"):
        files = [p.name for p in (tiny_dir / part).iterdir()]
        assert any(f.endswith(".safetensors") for f in files)
        assert not any(f.endswith((".bin", ".pt", ".ckpt")) for f in files)
    meta = json.loads((tiny_dir / "training.json").read_text())
    assert meta["steps"] == 3 and meta["seed"] == 0
    pipe = load_pipeline(tiny_dir)
    labels = mdata.load_source("nuclei").held_out_labels()[:32, :32]
    ctrl = mdata.control_from_labels(labels)
    a = pipe(ctrl, 0, num_inference_steps=2, generator=torch.Generator().manual_seed(5))
    b = load_pipeline(tiny_dir)(ctrl, 0, num_inference_steps=2, generator=torch.Generator().manual_seed(5))
    c = pipe(ctrl, 0, num_inference_steps=2, generator=torch.Generator().manual_seed(6))
    assert a.shape == (1, 1, 32, 32) and np.array_equal(a, b) and not np.array_equal(a, c)
    assert -1 <= a.min() and a.max() <= 1


def test_training_is_reproducible_from_its_seed(tmp_path):
    cfg = tiny_config()
    train(tmp_path / "a", steps=2, seed=3, log=None, config=cfg)
    train(tmp_path / "b", steps=2, seed=3, log=None, config=cfg)
    train(tmp_path / "c", steps=2, seed=4, log=None, config=cfg)
    from safetensors.numpy import load_file
    wa = load_file(str(tmp_path / "a" / "controlnet" / "diffusion_pytorch_model.safetensors"))
    wb = load_file(str(tmp_path / "b" / "controlnet" / "diffusion_pytorch_model.safetensors"))
    wc = load_file(str(tmp_path / "c" / "controlnet" / "diffusion_pytorch_model.safetensors"))
    assert all(np.array_equal(wa[k], wb[k]) for k in wa)
    assert any(not np.array_equal(wa[k], wc[k]) for k in wa)


def test_bad_weight_folders_give_clear_errors(tmp_path, tiny_dir):
    import shutil
    with pytest.raises(InputError, match="existing directory"):
        load_pipeline(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="model_index.json"):
        load_pipeline(tmp_path / "empty")
    bad = tmp_path / "pickled"
    shutil.copytree(tiny_dir, bad)
    st = bad / "unet" / "diffusion_pytorch_model.safetensors"
    st.rename(st.with_suffix(".bin"))
    with pytest.raises(InputError, match="pickle"):
        load_pipeline(bad)
    other = tmp_path / "other"
    shutil.copytree(tiny_dir, other)
    idx = json.loads((other / "model_index.json").read_text())
    idx["_class_name"] = "StableDiffusionPipeline"
    (other / "model_index.json").write_text(json.dumps(idx))
    with pytest.raises(InputError, match="not a nesy microscopy model"):
        load_pipeline(other)
    broken = tmp_path / "broken"
    shutil.copytree(tiny_dir, broken)
    (broken / "unet" / "config.json").write_text("{not json")
    with pytest.raises(InputError, match="not valid JSON"):
        load_pipeline(broken)


def test_renderer_draws_a_layout_with_its_exact_label_image(tiny_dir):
    from PIL import Image
    import io
    from nesy.micro.masks import label_image
    from nesy.micro.renderer import MicroscopyRenderer
    from nesy.types import Layout
    ells = [{"id": "n1", "kind": "nucleus", "cx": 10.0, "cy": 12.0, "a": 7.0, "b": 4.0, "theta": 30.0},
            {"id": "n2", "kind": "nucleus", "cx": 26.0, "cy": 20.0, "a": 5.0, "b": 5.0, "theta": 0.0}]
    layout = Layout("microscopy", 38, 30, extras=(("ellipses", tuple(tuple(e.items()) for e in ells)),
                                                  ("class", 0)))
    lab, ids = label_image(layout)
    assert ids == ["n1", "n2"] and set(np.unique(lab)) == {0, 1, 2}
    assert abs((lab == 2).sum() - np.pi * 25) < 6  # a disc of radius 5 px
    r = MicroscopyRenderer(tiny_dir, device="cpu", steps=2)
    out = r.render(layout, None, seed=1, attempt=0)
    img = np.asarray(Image.open(io.BytesIO(out.png)))
    assert img.shape == (30, 38) and img.dtype == np.uint8
    controls = dict(out.controls)
    assert np.array_equal(np.asarray(Image.open(io.BytesIO(controls["labels.png"]))), lab)
    again = r.render(layout, None, seed=1, attempt=0).png
    assert again == out.png and r.render(layout, None, seed=1, attempt=1).png != out.png
    with pytest.raises(InputError, match="microscopy only"):
        r.render(Layout("cell", 10, 10), None, seed=0, attempt=0)


def test_a_modality_the_model_was_not_trained_on_is_refused(tiny_dir, tmp_path):
    """The configured training reads the fluorescence image only: an IHC layout (class 1) would be drawn from an
    untrained class embedding, so the renderer refuses it by name; a model trained on every source draws it."""
    from nesy.micro.model import trained_classes
    from nesy.micro.renderer import MicroscopyRenderer
    from nesy.types import Layout
    ells = ({"id": "n1", "kind": "nucleus", "cx": 10.0, "cy": 12.0, "a": 6.0, "b": 4.0, "theta": 0.0},)
    ihc = Layout("microscopy", 32, 24, extras=(("ellipses", tuple(tuple(e.items()) for e in ells)), ("class", 1)))
    assert trained_classes(tiny_dir) == frozenset({0})
    assert trained_classes() == frozenset({0})   # the shipped weights
    r = MicroscopyRenderer(tiny_dir, device="cpu", steps=1)
    with pytest.raises(InputError, match="trained on nuclei images only, not ihc"):
        r.render(ihc, None, seed=0, attempt=0)
    cfg = tiny_config()
    cfg["training"].pop("sources")
    every = tmp_path / "every"
    train(every, steps=1, seed=0, log=None, config=cfg)
    assert trained_classes(every) == frozenset({0, 1, 2, 3})
    assert MicroscopyRenderer(every, device="cpu", steps=1).render(ihc, None, seed=0, attempt=0).png


def test_draw_many_gives_each_label_image_its_own_seeded_image(tiny_dir):
    from nesy.micro.renderer import MicroscopyRenderer
    r = MicroscopyRenderer(tiny_dir, device="cpu", steps=2)
    small = np.pad(np.ones((8, 8), np.int32), 12)                # 32 x 32
    wide = np.pad(np.ones((6, 10), np.int32), ((5, 5), (9, 9)))  # 16 x 28: another model size
    singles = [r.draw(small, 0, seed=5), r.draw(wide, 0, seed=6), r.draw(small, 0, seed=7)]
    assert [x.tolist() for x in r.draw_many([small, wide, small], 0, [5, 6, 7], batch_size=1)] == \
        [x.tolist() for x in singles]
    batched = r.draw_many([small, wide, small], 0, [5, 6, 7])
    assert [x.shape for x in batched] == [(32, 32), (16, 28), (32, 32)]
    assert all(np.abs(a.astype(int) - b.astype(int)).max() <= 2 for a, b in zip(batched, singles))
    assert not np.array_equal(batched[0], batched[2])             # two seeds, two images
    with pytest.raises(InputError, match="seeds"):
        r.draw_many([small, small], 0, [1])


def test_untrained_components_build_from_config():
    comps = build_components(0, tiny_config())
    assert comps["controlnet"].config.conditioning_channels == 2
    assert comps["unet"].config.in_channels == 1 and comps["unet"].config.num_class_embeds == 4


def test_untrained_baseline_saves_and_loads(tmp_path):
    out = save_pipeline(build_components(1, tiny_config()), tmp_path / "untrained")
    assert load_pipeline(out).unet.config.block_out_channels == (8, 16) or \
        list(load_pipeline(out).unet.config.block_out_channels) == [8, 16]


@pytest.mark.gpu
def test_renderer_on_cuda(tiny_dir):
    if not torch.cuda.is_available():
        pytest.skip("no CUDA device (run with the device tool)")
    from nesy.micro.renderer import MicroscopyRenderer
    r = MicroscopyRenderer(tiny_dir, device="cuda", steps=2)
    img = r.draw(np.pad(np.ones((8, 8), np.int32), 12), 0, seed=0)
    assert img.shape == (32, 32)


def drop_first_nucleus(layout, rendering):
    """``rendering`` with the layout's first nucleus painted over with the background level: a renderer's
    local mistake (one nucleus missing)."""
    import io as _io
    from dataclasses import replace as _replace
    import numpy as _np
    from PIL import Image as _Image
    from scipy import ndimage as _ndi
    from nesy.micro.masks import label_image
    lab, ids = label_image(layout)
    g = _np.asarray(_Image.open(_io.BytesIO(rendering.png)).convert("L")).copy()
    g[_ndi.binary_dilation(lab == 1, iterations=2)] = int(_np.median(g[lab == 0]))
    buf = _io.BytesIO()
    _Image.fromarray(g).save(buf, format="PNG")
    return _replace(rendering, png=buf.getvalue()), ids[0]


class _DropsANucleusFirst:
    """Draws the exact schematic, but leaves one nucleus out in the first round (a wrong object count)."""

    def __init__(self):
        self.calls = []

    def render(self, layout, scene, *, seed, attempt):
        from nesy.registry import get_domain
        self.calls.append(attempt)
        r = get_domain("microscopy").render(layout, scene, controls=False)
        return drop_first_nucleus(layout, r)[0] if attempt == 0 else r


def test_the_loop_re_renders_after_a_wrong_count_and_keeps_every_rounds_verdict(tmp_path):
    from nesy.pipeline import generate
    r = _DropsANucleusFirst()
    res = generate("a fluorescence micrograph of 12 nuclei, well separated", seed=0, renderer=r,
                   rounds=3, out_dir=tmp_path)
    assert r.calls == [0, 1] and res.verdict.passed and res.verdict.rounds == 2
    first, png1 = res.rounds[0]
    assert not first.passed and png1
    count = [c for c in first.checks if c.law == "nucleus_count"]
    assert count and not count[0].passed and count[0].observed == 11
    kept = json.loads((tmp_path / "rounds.json").read_text())
    assert [k["round"] for k in kept] == [1, 2] and kept[0]["passed"] is False and kept[1]["passed"] is True
    assert (tmp_path / "rounds" / "round-1.png").read_bytes() == png1


def test_a_renderer_that_never_gets_it_right_is_never_reported_as_passing(tmp_path):
    from nesy.errors import VerificationFailedError
    from nesy.pipeline import generate

    class Always(_DropsANucleusFirst):
        def render(self, layout, scene, *, seed, attempt):
            return super().render(layout, scene, seed=seed, attempt=0)

    with pytest.raises(VerificationFailedError):
        generate("a fluorescence micrograph of 12 nuclei", renderer=Always(), rounds=2, out_dir=tmp_path)
    assert json.loads((tmp_path / "verdict.json").read_text())["passed"] is False
    assert len(json.loads((tmp_path / "rounds.json").read_text())) == 2


def test_nesy_train_rejects_bad_arguments_clearly(capsys, tmp_path):
    from nesy.cli import main
    assert main(["train", "--steps", "0", "--out", str(tmp_path / "m")]) == 2
    assert "steps must be at least 1" in capsys.readouterr().err
    assert not (tmp_path / "m").exists()
    assert main(["train", "--batch-size", "0", "--out", str(tmp_path / "m")]) == 2
    assert "--batch-size must be at least 1" in capsys.readouterr().err
    assert not (tmp_path / "m").exists()
    with pytest.raises(SystemExit) as e:
        main(["train", "--steps", "many"])
    assert e.value.code == 2 and "invalid int value" in capsys.readouterr().err


def test_train_refuses_an_unwritable_output_before_training():
    """`nesy train --fit-only --fit-out X` / `--out X` where X cannot be written: a clear input error naming the
    option, at once (both ended in an internal FileNotFoundError, training's after the whole run)."""
    from nesy.micro.cli import main
    with pytest.raises(InputError, match="--fit-out"):
        main(["--fit-only", "--fit-out", "/proc/nesy-no-such-folder/fit.yaml"])
    for mod in ("torch", "diffusers", "safetensors", "stardist"):
        pytest.importorskip(mod)
    with pytest.raises(InputError, match="--out"):
        main(["--out", "/proc/nesy-no-such-folder", "--steps", "1", "--device", "cpu"])
