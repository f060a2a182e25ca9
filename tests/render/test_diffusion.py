"""The diffusion renderer on tiny untrained models, on the CPU (real weights and the GPU: marker ``gpu``)."""
import io
import json
import shutil
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

torch = pytest.importorskip("torch")
pytest.importorskip("diffusers")

from nesy.cli import main  # noqa: E402
from nesy.errors import InputError, VerificationFailedError  # noqa: E402
from nesy.pipeline import generate, parse  # noqa: E402
from nesy.registry import get_domain  # noqa: E402
from nesy.render.diffusion import (DiffusionRenderer, _tiny_components, control_map,  # noqa: E402
                                   make_tiny_pipeline_dir, scene_prompt)
from nesy.render.svg import segmentation_svg, svg_to_png, to_svg  # noqa: E402
from nesy.types import SceneGraph  # noqa: E402

CELL = "A eukaryotic cell with one nucleus and four mitochondria outside the nucleus"
NO_MODEL = "nesy's own diffusion model draws microscopy only, not cell; for other sciences pass --model and --controlnet"


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return make_tiny_pipeline_dir(tmp_path_factory.mktemp("tiny"), seed=0)


@pytest.fixture(scope="module")
def renderer(tiny):
    return DiffusionRenderer(*tiny, device="cpu", steps=2)


@pytest.fixture(scope="module")
def cell():
    scene = parse(CELL)
    layout = get_domain(scene.domain).solve(scene, seed=0, attempt=0, feedback=None, timeout_s=20)
    return scene, layout


def _image(png):
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


def test_save_and_load_round_trip_gives_identical_outputs(renderer, cell):
    from diffusers import StableDiffusionControlNetPipeline
    parts = _tiny_components(0)
    fresh = StableDiffusionControlNetPipeline(**parts, safety_checker=None, feature_extractor=None,
                                              requires_safety_checker=False)
    fresh.set_progress_bar_config(disable=True)
    _, control = renderer.control_image(cell[1])

    def run(pipe):
        return pipe(prompt="a cell", image=control, width=control.width, height=control.height,
                    num_inference_steps=2, generator=torch.Generator("cpu").manual_seed(7),
                    output_type="np").images[0]
    a, b = run(fresh), run(renderer.pipe)
    assert a.shape == (control.height, control.width, 3)
    assert np.array_equal(a, b)
    for name, module in (("unet", fresh.unet), ("controlnet", fresh.controlnet), ("vae", fresh.vae)):
        loaded = getattr(renderer.pipe, name).state_dict()
        for k, v in module.state_dict().items():
            assert torch.equal(v, loaded[k]), (name, k)


def test_render_is_deterministic_and_another_attempt_differs(renderer, cell):
    scene, layout = cell
    a = renderer.render(layout, scene, seed=3, attempt=0)
    b = renderer.render(layout, scene, seed=3, attempt=0)
    c = renderer.render(layout, scene, seed=3, attempt=1)
    assert a.png == b.png
    assert a.png != c.png
    assert json.loads(dict(a.controls)["diffusion.json"])["seed"] == 3000


def test_render_many_batches_items_each_with_its_own_seed_in_order(renderer, cell):
    # A user drawing many figures (a dataset, a benchmark) batches them; each figure keeps its own seed, and
    # figures of different model sizes go to separate model calls, returned in the order given.
    scene, layout = cell
    other = parse("A cell with one nucleus and two mitochondria")
    other_layout = get_domain(other.domain).solve(other, seed=1, attempt=0, feedback=None, timeout_s=20)
    items = [(layout, scene, 3, 0), (other_layout, other, 4, 0), (layout, scene, 3, 1)]
    singles = [renderer.render(l, s, seed=sd, attempt=at).png for l, s, sd, at in items]
    assert [r.png for r in renderer.render_many(items, batch_size=1)] == singles
    batched = renderer.render_many(items, batch_size=8)
    assert [json.loads(dict(r.controls)["diffusion.json"])["seed"] for r in batched] == [3000, 4000, 3001]
    for r, l, png in zip(batched, (layout, other_layout, layout), singles):
        assert (r.width, r.height) == (l.width, l.height)
        # batched kernels may round differently; the image is the same draw
        assert np.abs(_image(r.png).astype(int) - _image(png).astype(int)).max() <= 2
    with pytest.raises(InputError, match="batch_size"):
        renderer.render_many(items, batch_size=0)


def test_rendering_has_layout_size_exact_svg_and_the_control_map(renderer, cell):
    scene, layout = cell
    r = renderer.render(layout, scene, seed=0, attempt=0)
    assert (r.width, r.height) == (layout.width, layout.height)
    assert _image(r.png).shape == (layout.height, layout.width, 3)
    assert r.svg == to_svg(layout)
    controls = dict(r.controls)
    assert controls["segmentation.png"] == svg_to_png(segmentation_svg(layout))
    used = _image(controls["diffusion_control.png"])
    w, h = renderer.model_size(layout.width, layout.height)
    assert used.shape == (h, w, 3) and max(w, h) == renderer.resolution == 64
    # Nearest-neighbour resizing: the map the model saw holds only colours of the exact map.
    exact = {tuple(p) for p in _image(controls["segmentation.png"]).reshape(-1, 3)}
    assert {tuple(p) for p in used.reshape(-1, 3)} <= exact
    assert json.loads(controls["diffusion.json"])["prompt"] == scene_prompt(scene)


def test_prompt_counts_entities_by_kind(cell):
    assert scene_prompt(cell[0]) == "a scientific illustration of a cell with 1 nucleus and 4 mitochondria"
    assert scene_prompt(SceneGraph("cell")) == "a scientific illustration (cell)"


def test_model_without_text_encoder_uses_zero_prompt_embeds(tmp_path, cell):
    model, cn = make_tiny_pipeline_dir(tmp_path, text_encoder=False)
    r = DiffusionRenderer(model, cn, device="cpu", steps=2)
    assert not r.has_text and r.pipe.text_encoder is None
    out = r.render(cell[1], cell[0], seed=0, attempt=0)
    assert json.loads(dict(out.controls)["diffusion.json"])["prompt"] is None
    assert out.png == r.render(cell[1], cell[0], seed=0, attempt=0).png
    with pytest.raises(InputError, match="prompt was given"):
        DiffusionRenderer(model, cn, device="cpu", prompt="a cell")


def _break(kind, model, cn, tmp):
    """Copy the tiny folders and break one thing; returns (model_dir, controlnet_dir, argument named)."""
    m, c = tmp / "m", tmp / "c"
    shutil.copytree(model, m)
    shutil.copytree(cn, c)
    if kind == "missing model":
        return tmp / "nowhere", c, "model_dir"
    if kind == "missing controlnet":
        return m, tmp / "nowhere", "controlnet_dir"
    if kind == "file not dir":
        f = tmp / "model.safetensors"
        f.write_bytes(b"x")
        return f, c, "model_dir"
    if kind == "no model_index":
        (m / "model_index.json").unlink()
        return m, c, "model_dir"
    if kind == "no controlnet config":
        (c / "config.json").unlink()
        return m, c, "controlnet_dir"
    if kind == "malformed model_index":
        (m / "model_index.json").write_text('{"unet": [', encoding="utf-8")
        return m, c, "model_dir"
    if kind == "malformed controlnet config":
        (c / "config.json").write_text("{not json", encoding="utf-8")
        return m, c, "controlnet_dir"
    if kind == "bin only unet":
        for f in (m / "unet").glob("*.safetensors"):
            f.rename(f.with_name("diffusion_pytorch_model.bin"))
        return m, c, "model_dir"
    if kind == "bin only controlnet":
        for f in c.glob("*.safetensors"):
            f.rename(f.with_name("diffusion_pytorch_model.bin"))
        return m, c, "controlnet_dir"
    if kind == "no weights":
        for f in (m / "vae").glob("*.safetensors"):
            f.unlink()
        return m, c, "model_dir"
    if kind == "corrupt weights":  # passes the checks; diffusers' own error is wrapped
        for f in c.glob("*.safetensors"):
            f.write_bytes(b"\x00" * 64)
        return m, c, "controlnet_dir"
    raise AssertionError(kind)


@pytest.mark.parametrize("kind, says", [
    ("missing model", "does not exist"), ("missing controlnet", "does not exist"),
    ("file not dir", "must be a directory"), ("no model_index", "no model_index.json"),
    ("no controlnet config", "no config.json"), ("malformed model_index", "not valid JSON"),
    ("malformed controlnet config", "not valid JSON"), ("bin only unet", "only pickle weights"),
    ("bin only controlnet", "only pickle weights"), ("no weights", "no .safetensors weights"),
    ("corrupt weights", "could not be loaded"),
])
def test_bad_model_folders_raise_input_error_naming_the_argument(tiny, tmp_path, kind, says):
    model, cn, arg = _break(kind, *tiny, tmp_path)
    with pytest.raises(InputError) as ei:
        DiffusionRenderer(model, cn, device="cpu")
    msg = str(ei.value)
    assert msg.startswith(arg) and says in msg
    assert str(model if arg == "model_dir" else cn) in msg


@pytest.mark.parametrize("kw, says", [({"steps": 0}, "steps"), ({"device": "tpu"}, "device"),
                                      ({"resolution": 100}, "resolution"), ({"prompt": " "}, "prompt"),
                                      ({"guidance_scale": float("nan")}, "guidance_scale")])
def test_bad_arguments_raise_before_loading(kw, says):
    with pytest.raises(InputError, match=says):
        DiffusionRenderer("/nonexistent/model", "/nonexistent/cn", **kw)


@pytest.mark.skipif(torch.cuda.is_available(), reason="CUDA is available here")
def test_cuda_without_cuda_is_an_input_error(tiny):
    with pytest.raises(InputError, match="device 'cuda'"):
        DiffusionRenderer(*tiny, device="cuda")
    assert DiffusionRenderer(*tiny, steps=1).device == "cpu"


class _Recording:
    def __init__(self, inner):
        self.inner, self.attempts = inner, []

    def render(self, layout, scene, *, seed, attempt):
        self.attempts.append(attempt)
        return self.inner.render(layout, scene, seed=seed, attempt=attempt)


def test_untrained_model_fails_verification_every_round_and_is_never_reported_passing(renderer, tmp_path):
    rec = _Recording(renderer)
    with pytest.raises(VerificationFailedError) as ei:
        generate(CELL, renderer=rec, rounds=2, out_dir=tmp_path)
    v = ei.value.verdict
    assert rec.attempts == [0, 1]
    assert not v.passed and v.rounds == 2 and all(f > 0 for _, f in v.history)
    assert json.loads((tmp_path / "verdict.json").read_text())["passed"] is False
    assert (tmp_path / "figure.svg").read_text().startswith("<svg")
    seg = _image((tmp_path / "control" / "segmentation.png").read_bytes())
    assert _image((tmp_path / "figure.png").read_bytes()).shape == seg.shape
    assert (tmp_path / "control" / "diffusion_control.png").is_file()


CIRCUIT = "A 9 V battery in series with R1 = 100 Ω and R2 = 220 Ω"


def test_control_maps_are_the_kind_each_controlnet_was_trained_on():
    """segmentation: nesy's class colours only; canny: cv2-convention edges of the exact figure, white on
    black; lineart: the exact figure's strokes white on a black page — at the model's size."""
    from nesy.render.edges import canny
    scene = parse(CIRCUIT)
    layout = get_domain(scene.domain).solve(scene, seed=0, attempt=0, feedback=None, timeout_s=20)
    size = (256, 128)
    seg_src, seg = control_map(layout, "segmentation", size)
    assert seg.size == size and seg_src == svg_to_png(segmentation_svg(layout))
    exact_src, edges = control_map(layout, "canny", size)
    assert exact_src == svg_to_png(to_svg(layout)) and edges.size == size
    e = np.asarray(edges)
    assert set(np.unique(e)) <= {0, 255} and (e[..., 0] == e[..., 2]).all()
    want = canny(np.asarray(Image.open(io.BytesIO(exact_src)).convert("RGB").resize(size, Image.Resampling.BOX)))
    assert (e[..., 0] == want).all() and 0.005 < (e[..., 0] > 0).mean() < 0.3   # edges, on a black page
    _, line = control_map(layout, "lineart", size)
    g = np.asarray(line)[..., 0]
    assert np.median(g) == 0 and g.max() >= 200          # black page, white strokes
    with pytest.raises(InputError, match="control_type must be one of segmentation, canny, lineart"):
        control_map(layout, "depth", size)


@pytest.mark.parametrize("control", ["canny", "lineart"])
def test_a_stock_controlnet_of_each_type_gets_its_map_and_the_reader_judges_the_image(tiny, tmp_path, control):
    r = DiffusionRenderer(*tiny, device="cpu", steps=1, control_type=control)
    res = generate(CIRCUIT, renderer=r, rounds=1, out_dir=tmp_path, raise_on_fail=False)
    meta = json.loads((tmp_path / "control" / "diffusion.json").read_text())
    assert meta["control_type"] == control
    assert (tmp_path / "control" / "exact.png").is_file()
    # an untrained model draws noise: the reader sees no circuit, and the figure is never reported passing
    assert not res.verdict.passed
    assert json.loads((tmp_path / "verdict.json").read_text())["passed"] is False


def test_cli_control_flag(tiny, capsys, tmp_path):
    assert main(["generate", CIRCUIT, "--renderer", "diffusion", "--control", "canny", "-o",
                 str(tmp_path / "o")]) == 2
    assert "--control applies to a stock ControlNet" in capsys.readouterr().err
    assert main(["generate", CIRCUIT, "--control", "lineart", "-o", str(tmp_path / "o")]) == 2
    assert "only with --renderer diffusion" in capsys.readouterr().err
    args = ["generate", CIRCUIT, "--renderer", "diffusion", "--model", str(tiny[0]), "--controlnet", str(tiny[1]),
            "--control", "lineart", "--steps", "1", "--rounds", "1", "--device", "cpu", "-o", str(tmp_path / "c")]
    assert main(args) == VerificationFailedError.exit_code
    assert json.loads((tmp_path / "c" / "control" / "diffusion.json").read_text())["control_type"] == "lineart"


def test_cli_diffusion_without_a_model_exits_2_and_says_why(capsys, tmp_path):
    # No --model/--controlnet: nesy's own (microscopy) model, which cannot draw a cell-biology figure.
    assert main(["generate", CELL, "--renderer", "diffusion", "-o", str(tmp_path / "o")]) == 2
    assert NO_MODEL in capsys.readouterr().err
    assert main(["generate", CELL, "--renderer", "diffusion", "--model", str(tmp_path), "-o",
                 str(tmp_path / "o")]) == 2
    assert "no model_index.json" in capsys.readouterr().err
    assert main(["generate", CELL, "--renderer", "diffusion", "--controlnet", str(tmp_path), "-o",
                 str(tmp_path / "o")]) == 2
    assert "--controlnet needs --model" in capsys.readouterr().err
    assert main(["generate", CELL, "--steps", "3", "-o", str(tmp_path / "o")]) == 2
    assert "only with --renderer diffusion" in capsys.readouterr().err


def test_cli_diffusion_runs_the_loop_and_reports_failure(tiny, capsys, tmp_path):
    args = ["generate", CELL, "--renderer", "diffusion", "--model", str(tiny[0]), "--controlnet",
            str(tiny[1]), "--steps", "1", "--rounds", "1", "-o", str(tmp_path)]
    assert main([*args, "--device", "cpu"]) == VerificationFailedError.exit_code
    assert "failed verification after 1 round" in capsys.readouterr().err
    if not torch.cuda.is_available():
        assert main([*args, "--device", "cuda"]) == 2
        assert "device 'cuda'" in capsys.readouterr().err
    assert main(["generate", CELL, "--renderer", "diffusion", "--model", str(tmp_path / "none"),
                 "--controlnet", str(tiny[1]), "-o", str(tmp_path)]) == 2
    assert "model_dir" in capsys.readouterr().err


def test_importing_the_module_does_not_import_torch():
    code = "import sys, nesy.render.diffusion, nesy.cli; print('torch' in sys.modules, 'diffusers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_renders_on_cuda(tiny, cell):
    r = DiffusionRenderer(*tiny, device="cuda", steps=2)
    assert r.device == "cuda" and r.pipe.unet.dtype == torch.float16
    a = r.render(cell[1], cell[0], seed=1, attempt=0)
    assert _image(a.png).shape == (cell[1].height, cell[1].width, 3)
    assert a.png == r.render(cell[1], cell[0], seed=1, attempt=0).png
