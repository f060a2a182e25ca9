"""Release-quality measures: core install size and time from the built wheel, and the cold start of
``nesy generate`` for every symbolic science (a new process per run, as a user's shell starts it).

    python benchmarks/bench_release.py [--runs 5] [--skip-install]

Prints markdown rows for benchmarks/RESULTS.md. The install goes into a fresh venv in a temporary
folder (pip takes packages from the machine's configured indexes; nothing is left behind).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROMPTS = {
    "cell": "A cell with a nucleus and four mitochondria",
    "sets": "Sets A, B and C are pairwise disjoint. D is a subset of A. x is an element of D.",
    "crystal": "rock salt NaCl with a = 5.64 Å viewed along [001]",
    "astronomy": "The inner planets Mercury, Venus, Earth and Mars orbiting the Sun to scale",
    "optics": "A converging lens with focal length 10 cm and an object 3 cm tall placed 25 cm in front of it",
    "geometry": "A triangle with sides 3 cm, 4 cm and 5 cm and its inscribed circle",
    "mechanics": "A 5 kg block on a 30 degree incline with friction, in equilibrium",
    "circuits": "A 9 V battery in series with R1 = 100 Ω and a parallel combination of R2 = 220 Ω and R3 = 330 Ω",
    "automata": "A DFA with states q0 and q1; q0 is the start state; q1 is accepting; q0 goes to q1 on a",
    "microscopy": "a fluorescence micrograph of 12 nuclei, well separated",
}


def du_mib(path: Path, apparent: bool = False) -> float:
    args = ["du", "-s", "--block-size=1"] + (["--apparent-size"] if apparent else []) + [str(path)]
    return int(subprocess.run(args, capture_output=True, text=True, check=True).stdout.split()[0]) / 2 ** 20


def install(tmp: Path) -> dict[str, float]:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp / "dist"), str(ROOT)],
                   check=True, capture_output=True)
    whl = next((tmp / "dist").glob("nesy-*.whl"))
    subprocess.run([sys.executable, "-m", "venv", str(tmp / "blank")], check=True)
    subprocess.run([sys.executable, "-m", "venv", str(tmp / "venv")], check=True)
    t = time.perf_counter()
    subprocess.run([str(tmp / "venv" / "bin" / "pip"), "install", "-q", str(whl)], check=True, capture_output=True)
    secs = time.perf_counter() - t
    return {"install_s": secs, "venv_mib": du_mib(tmp / "venv"), "venv_apparent_mib": du_mib(tmp / "venv", True),
            "blank_mib": du_mib(tmp / "blank")}


def cold(nesy: str, runs: int, tmp: Path) -> dict[str, tuple[float, float]]:
    out = {}
    for sci, text in PROMPTS.items():
        walls = []
        for _ in range(runs):
            t = time.perf_counter()
            r = subprocess.run([nesy, "generate", text, "-o", str(tmp / f"cold-{sci}")], capture_output=True, text=True)
            walls.append(time.perf_counter() - t)
            if r.returncode != 0:
                raise SystemExit(f"{sci}: {r.stderr}")
        out[sci] = (statistics.median(walls), max(walls))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--skip-install", action="store_true", help="time the `nesy` on PATH instead of a fresh core venv")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        nesy = shutil.which("nesy") or "nesy"
        if not a.skip_install:
            m = install(tmp)
            print(f"| core install (wheel → fresh venv) | {m['install_s']:.0f} s | {m['venv_mib']:.0f} MiB on disk "
                  f"({m['venv_apparent_mib']:.0f} MiB apparent); an empty venv is {m['blank_mib']:.0f} MiB |")
            nesy = str(tmp / "venv" / "bin" / "nesy")
        print(f"| science | cold `nesy generate`, median of {a.runs} (s) | max (s) |")
        print("|---|---|---|")
        for sci, (med, mx) in cold(nesy, a.runs, tmp).items():
            print(f"| {sci} | {med:.2f} | {mx:.2f} |")
        print(f"(machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
