"""The built wheel, installed outside the checkout, runs generate, explain, verify, bench and serve, finds all
its data (grammars, laws, styles, fonts, lemma table, benchmark suite) and writes nothing into itself."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wheel")
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w",
                        str(tmp / "dist"), str(ROOT)], capture_output=True, text=True, timeout=600)
    if r.returncode != 0 and "hatchling" in (r.stderr + r.stdout):
        r = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp / "dist"),
                            str(ROOT)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    whl = next((tmp / "dist").glob("nesy-*.whl"))
    r = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(tmp / "site"),
                        str(whl)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    return whl, tmp / "site", tmp


def _run(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run([sys.executable, "-m", "nesy", *args], capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=600)


def _tree(site: Path) -> dict[str, int]:
    return {str(p.relative_to(site)): p.stat().st_size for p in (site / "nesy").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def test_the_wheel_carries_its_data(installed):
    whl, _, _ = installed
    names = set(zipfile.ZipFile(whl).namelist())
    for need in ("nesy/_data/layout/fonts/DejaVuSans.ttf", "nesy/_data/grammars/common/lemma_lookup.json.gz",
                 "nesy/_data/suite/cell.jsonl", "nesy/_data/prompts/optics.yaml", "nesy/_data/configs/scene.schema.json",
                 "nesy/_data/solvers/profiles.yaml", "nesy/serve/static/index.html",
                 "nesy/weights/microscopy/model_index.json", "nesy/weights/language/config.cfg",
                 "nesy/weights/language/LICENSE", "nesy/weights/language/parser/model",
                 "nesy/_data/grammars/common/no_content.yaml", "nesy/_data/grammars/common/units.yaml",
                 "nesy/_data/grammars/optics/concepts.yaml", "nesy/_data/grammars/cell/concepts.yaml",
                 "nesy/_data/configs/dataset/default.yaml", "nesy/_data/configs/dataset/dataset.schema.json"):
        assert need in names, need


@pytest.mark.slow
def test_the_installed_wheel_works_from_outside_the_checkout(installed):
    _, site, tmp = installed
    work = tmp / "work"
    work.mkdir()
    before = _tree(site)
    who = subprocess.run([sys.executable, "-c", "import nesy, nesy.resources as r; print(nesy.__file__); "
                          "print(r.data_dir('layout'))"], capture_output=True, text=True, cwd=work,
                         env={**os.environ, "PYTHONPATH": str(site)})
    assert str(site) in who.stdout.splitlines()[0] and str(site) in who.stdout.splitlines()[1], who.stdout
    r = _run(site, work, "generate", "A converging lens with focal length 10 cm and an object 3 cm tall placed "
             "25 cm in front of it", "-o", "lens")
    assert r.returncode == 0, r.stderr
    assert json.loads((work / "lens" / "verdict.json").read_text())["passed"] is True
    r = _run(site, work, "verify", "lens/figure.png", "--scene", "lens/scene.json")
    assert r.returncode == 0, r.stdout + r.stderr
    r = _run(site, work, "generate", "a 9 V battery in series with a 100 ohm resistor", "--pdf", "--dpi", "150",
             "-o", "circ")
    assert r.returncode == 0 and (work / "circ" / "figure.pdf").is_file(), r.stderr
    r = _run(site, work, "dataset", "-o", "ds", "-n", "3", "--workers", "0", "--science", "optics")
    assert r.returncode == 0 and list((work / "ds" / "data").glob("*.parquet")), r.stderr[-2000:]
    read = subprocess.run([sys.executable, "-c", "from nesy.parse.reading import read; "
                           "print(read('A 5 kg block on a 30° incline').quantities[0].unit)"],
                          capture_output=True, text=True, cwd=work, env={**os.environ, "PYTHONPATH": str(site)})
    assert read.returncode == 0 and read.stdout.strip() == "kilogram", read.stdout + read.stderr[-1000:]
    r = _run(site, work, "explain", "a nucleus larger than the cell")
    assert r.returncode == 3 and "smallest fix" in r.stdout
    r = _run(site, work, "bench", "--domain", "cell", "--limit", "2", "--out", "bench", "--quiet")
    assert r.returncode == 0, r.stderr[-2000:]
    assert json.loads((work / "bench" / "results.json").read_text())
    r = _run(site, work, "train", "--fit-only", "--fit-out", "x.yaml")
    assert r.returncode in (0, 6), r.stderr  # 6: nesy[microscopy] is not installed here
    code = ("from nesy.serve import make_server; import threading, urllib.request, json; "
            "s = make_server('127.0.0.1', 0, out_dir='served'); t = threading.Thread(target=s.serve_forever, "
            "daemon=True); t.start(); port = s.server_address[1]; "
            "print(json.load(urllib.request.urlopen(f'http://127.0.0.1:{port}/api/health'))['ok']); "
            "print(len(urllib.request.urlopen(f'http://127.0.0.1:{port}/').read()) > 100); s.shutdown()")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=work, timeout=300,
                       env={**os.environ, "PYTHONPATH": str(site)})
    assert r.stdout.split() == ["True", "True"], r.stdout + r.stderr[-2000:]
    assert _tree(site) == before, "nesy wrote into its installed package"
