"""The command line as a user meets it: files written, clear errors and exit codes, help, no stale files."""
import json
import subprocess
import sys

import pytest

from nesy.cli import _SCIENCES
from nesy.registry import domain_names

OPTICS = "A converging lens with focal length 10 cm and an object 3 cm tall placed 25 cm in front of it"
CRYSTAL = "rock salt NaCl with a = 5.64 Å viewed along [001] with bonds"
CELL = "A cell with a nucleus and two mitochondria"


def nesy(*args, cwd=None, timeout=300):
    return subprocess.run([sys.executable, "-m", "nesy", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=timeout)


def test_optics_writes_its_verdict_and_verify_json_reads_it(tmp_path):
    r = nesy("generate", OPTICS, "-o", str(tmp_path / "o"))
    assert r.returncode == 0, r.stderr
    v = json.loads((tmp_path / "o" / "verdict.json").read_text())
    assert v["passed"] is True and all(isinstance(c["passed"], bool) for c in v["checks"])
    r = nesy("verify", str(tmp_path / "o" / "figure.png"), "--scene", str(tmp_path / "o" / "scene.json"), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["passed"] is True


def test_out_naming_a_file_fails_before_any_work(tmp_path):
    f = tmp_path / "taken"
    f.write_text("mine")
    r = nesy("generate", CELL, "-o", str(f))
    assert r.returncode == 2 and "is not a folder" in r.stderr and "Traceback" not in r.stderr
    assert f.read_text() == "mine"


def test_a_reused_folder_holds_only_the_new_run_and_keeps_the_users_files(tmp_path):
    out = tmp_path / "out"
    assert nesy("generate", CRYSTAL, "-o", str(out)).returncode == 0
    assert (out / "structure.cif").is_file()
    (out / "notes.txt").write_text("my notes")
    assert nesy("generate", CELL, "-o", str(out)).returncode == 0
    assert not (out / "structure.cif").exists()
    assert (out / "notes.txt").read_text() == "my notes"
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["domain"] == "cell" and "structure.cif" not in manifest["files"]
    assert {"figure.png", "figure.svg", "scene.json", "verdict.json"} <= set(manifest["files"])
    import hashlib
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest


@pytest.mark.parametrize("value", ["inf", "nan", "0", "-1", "1e9"])
def test_timeout_must_be_a_finite_positive_budget(value, tmp_path):
    r = nesy("generate", CELL, "-o", str(tmp_path / "o"), "--timeout", value)
    assert r.returncode == 2 and "timeout must be" in r.stderr, r.stderr
    r = nesy("explain", CELL, "--timeout", value)
    assert r.returncode == 2 and "timeout must be" in r.stderr, r.stderr


def test_the_timeout_reported_is_the_time_spent(monkeypatch):
    from nesy.errors import SolverTimeoutError
    from nesy.pipeline import generate, parse
    from nesy.registry import get_domain
    dom = get_domain("cell")
    import time

    def slow_solve(scene, **kw):
        # the solver overruns what is left of the budget by 0.3 s and reports only what it was given
        time.sleep(kw["timeout_s"] + 0.3)
        raise SolverTimeoutError("cell solve", kw["timeout_s"])
    monkeypatch.setattr(type(dom), "solve", lambda self, scene, **kw: slow_solve(scene, **kw))
    # parsed first: a first parse loads the language model, and a parse that ate the budget is reported,
    # rightly, as spent before the solve
    scene = parse(CELL)
    with pytest.raises(SolverTimeoutError) as e:
        generate(scene=scene, timeout_s=1.5)
    assert e.value.seconds >= 1.8 and e.value.budget == 1.5 and "budget 1.5 s" in str(e.value)
    assert "cell solve" in str(e.value)


def test_help_lists_every_science_option_and_exit_code():
    assert sorted(_SCIENCES) == sorted(n.split(".")[1] for n in domain_names())
    top = nesy("--help").stdout
    for s in _SCIENCES:
        assert s in top
    for code in ("0 ", "2 ", "3 ", "4 ", "5 ", "6 ", "70 "):
        assert f"\n  {code}" in top
    gen = nesy("generate", "--help").stdout
    for opt in ("--out", "--seed", "--spec", "--domain", "--rounds", "--timeout", "--allow-unknown", "--renderer",
                "microscopy", "exit codes", "examples"):
        assert opt in gen, opt
    for cmd, opts in (("explain", ("--timeout", "--json", "--domain")), ("verify", ("--scene", "--json", "image"))):
        h = nesy(cmd, "--help").stdout
        assert all(o in h for o in opts), (cmd, h)


def test_help_of_the_package_shows_its_functions():
    import pydoc

    import nesy as pkg
    text = pydoc.render_doc(pkg, renderer=pydoc.plaintext)
    for fn in ("generate(", "explain(", "verify_image(", "scene_graph("):
        assert fn in text


def test_result_saves_itself(tmp_path):
    from nesy import generate
    res = generate(CELL)
    assert res.passed
    res.save(tmp_path / "r")
    assert (tmp_path / "r" / "figure.png").read_bytes() == res.rendering.png


def test_a_missing_extra_names_what_to_install():
    from nesy.errors import MissingExtraError, require_extra
    with pytest.raises(MissingExtraError, match=r"pip install 'nesy\[diffusion\]'") as e:
        require_extra("nesy_no_such_module", "diffusion", "the diffusion renderer")
    assert e.value.exit_code == 6


def test_the_symbolic_path_imports_no_torch_and_no_opencv(tmp_path):
    code = ("import sys; from nesy.cli import main; rc = main(['generate', %r, '-o', %r]); "
            "bad = [m for m in ('torch', 'cv2', 'controlnet_aux', 'diffusers') if m in sys.modules]; "
            "print(rc, bad)") % (CELL, str(tmp_path / "o"))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert r.stdout.strip().endswith("0 []"), (r.stdout, r.stderr)


def test_an_internal_error_is_one_line_not_a_traceback(monkeypatch, capsys):
    from nesy import cli
    monkeypatch.delenv("NESY_DEBUG", raising=False)

    def boom(args):
        raise RuntimeError("kaput")
    monkeypatch.setattr(cli, "_command", boom)
    assert cli.main(["explain", "a cell"]) == 70
    err = capsys.readouterr().err
    assert "internal error: RuntimeError: kaput" in err and "Traceback" not in err


def test_explain_answers_a_conflict_found_while_reading():
    from nesy import explain
    res = explain("R1 = 1 kΩ in series with a 9 V battery. R1 = 2 kΩ")
    assert res["satisfiable"] is False and {p["text"] for p in res["phrases"]} == {"R1 = 1 kΩ", "R1 = 2 kΩ"}
    r = nesy("explain", "R1 = 1 kΩ in series with a 9 V battery. R1 = 2 kΩ")
    assert r.returncode == 3 and "smallest fix" in r.stdout
