"""Benchmark of `nesy dataset` (issue 13): throughput by engine and science, memory against N, and an
independent re-computation of every QA answer.

    python benchmarks/bench_dataset.py --items 60 --shard-size 5 --mem-n 1000,10000 \
        --mem-sciences circuits,mechanics,sets,cell --qa-items 1000 --overall 150 --out bench_dataset_out

1. items/s by science with the process pool at 1 and 2 workers and on Ray (local instance, 2 CPUs);
   the output of each engine is compared shard by shard (SHA-256): it must be identical.
2. peak memory (driver + workers, max RSS) as N grows, on the default config, 2 workers.
3. the QA spot check: every QA pair of `--qa-items` items recomputed WITHOUT the nesy code that produced
   it — the thin-lens equation by hand from the scene's stated values, circuit currents by a nodal solve of
   the written netlist, pymatgen's SpacegroupAnalyzer on the written CIF, counts and containment from the
   COCO masks, set relations from the layout outlines (shapely), Kepler's law from orbits.json, triangle
   areas by the shoelace formula on figure.json's vertices, automata by simulating automaton.json.

Writes OUT/bench_dataset.json; prints a Markdown table for benchmarks/RESULTS.md.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

G = 9.80665
_PLURAL = {"mitochondria": "mitochondrion", "nuclei": "nucleus", "nucleoli": "nucleolus", "lysosomes": "lysosome",
           "ribosomes": "ribosome", "vesicles": "vesicle", "peroxisomes": "peroxisome", "chloroplasts": "chloroplast",
           "vacuoles": "vacuole", "centrosomes": "centrosome", "Golgi apparatuses": "golgi",
           "endoplasmic reticula": "er", "cells": "cell"}


# ------------------------------------------------------------------ independent recomputation
def _poly(seg: list[list[float]]):
    from shapely.geometry import Polygon
    c = seg[0]
    return Polygon(list(zip(c[0::2], c[1::2]))).buffer(0)


def _cell(q: str, row: dict[str, Any]) -> Any:
    anns = json.loads(row["annotations"])
    cats = [a["category"] for a in anns]
    m = re.match(r"How many (.+) are drawn in the figure\?", q)
    if m:
        return cats.count(_PLURAL[m.group(1)])
    if q == "How many cells are drawn?":
        return cats.count("cell")
    if q.startswith("How many organelles"):
        return sum(1 for c in cats if c != "cell")
    if q.startswith("Which kind of organelle is the most numerous"):
        counts = {c: cats.count(c) for c in set(cats) if c != "cell"}
        top = max(counts.values())
        best = [c for c, n in counts.items() if n == top]
        inv = {v: k for k, v in _PLURAL.items()}
        return inv[best[0]] if len(best) == 1 else None
    m = re.match(r"Is the nucleolus inside the (nucleus|cell)\?", q)
    if m:
        outer = [_poly(a["segmentation"]) for a in anns if a["category"] == m.group(1)]
        inner = [_poly(a["segmentation"]) for a in anns if a["category"] == "nucleolus"]
        return all(any(o.buffer(1.0).contains(i) for o in outer) for i in inner) and bool(inner)
    return NotImplemented


def _sets(q: str, row: dict[str, Any]) -> Any:
    from shapely.geometry import shape
    geo = {k: shape(v) for k, v in json.loads(row["layout"])["entities"].items()}
    regions = {k: g for k, g in geo.items() if g.geom_type != "Point"}
    points = {k: g for k, g in geo.items() if g.geom_type == "Point"}
    if q == "How many sets are drawn?":
        return len(regions)
    if q == "How many elements are marked?":
        return len(points)
    m = re.match(r"Is (\w+) a subset of (\w+)\?", q)
    if m:
        return regions[m.group(2)].buffer(0.5).contains(regions[m.group(1)])
    m = re.match(r"Do (\w+) and (\w+) have any element in common\?", q)
    if m:
        return regions[m.group(1)].intersection(regions[m.group(2)]).area > 1.0
    m = re.match(r"Do (\w+) and (\w+) overlap\?", q)
    if m:
        return regions[m.group(1)].intersection(regions[m.group(2)]).area > 1.0
    m = re.match(r"Is (\w+) an element of (\w+)\?", q)
    if m:
        return regions[m.group(2)].contains(points[m.group(1)])
    return NotImplemented


def _crystal(q: str, row: dict[str, Any]) -> Any:
    from pymatgen.core import Structure
    from pymatgen.symmetry.analyzer import SpacegroupAnalyzer
    st = Structure.from_str(row["artifact"].decode(), fmt="cif")
    if q.startswith("What is the space group"):
        return SpacegroupAnalyzer(st, symprec=0.01).get_space_group_number()
    if q.startswith("How many atoms are in the conventional"):
        return len(SpacegroupAnalyzer(st, symprec=0.01).get_conventional_standard_structure())
    if q.startswith("What is the lattice constant"):
        return st.lattice.a
    if q.startswith("What is the nearest-neighbour distance"):
        return min(n.nn_distance for site in st for n in st.get_neighbors(site, st.lattice.a))
    if q.startswith("Along which zone axis"):
        return json.loads(row["scene"])["attributes"]["zone_axis"]
    return NotImplemented


_NASA_AU = {"Mercury": 0.387, "Venus": 0.723, "Earth": 1.0, "Mars": 1.524, "Jupiter": 5.203, "Saturn": 9.537,
            "Uranus": 19.19, "Neptune": 30.07}


def _astronomy(q: str, row: dict[str, Any]) -> Any:
    sol = json.loads(row["artifact"])["solution"]
    names = {e["id"]: e["name"] for e in json.loads(row["scene"])["entities"]}
    a = {names[k]: v["a_au"] for k, v in sol.items()}
    if q.startswith("How many planets"):
        return len(a)
    if "farthest" in q or "longest" in q:
        return max(a, key=lambda p: _NASA_AU[p])
    if "closest" in q:
        return min(a, key=lambda p: _NASA_AU[p])
    m = re.match(r"By Kepler's third law, what is the orbital period of (\w+) \(semi-major axis ([0-9.]+) AU\)", q)
    if m:
        a_drawn = a[m.group(1)]
        if abs(a_drawn - _NASA_AU[m.group(1)]) > 0.01 * _NASA_AU[m.group(1)]:
            return f"drawn a {a_drawn} AU is not the fact sheet's {_NASA_AU[m.group(1)]} AU"
        return a_drawn ** 1.5  # T² = a³ (years, AU), with orbits.json's a
    return NotImplemented


def _optics(q: str, row: dict[str, Any]) -> Any:
    attrs = json.loads(row["scene"])["attributes"]
    facts = {x["what"]: float(x["value"]) for x in attrs["facts"]}
    f = facts["f"] if attrs["element"]["type"] == "converging" else -facts["f"]
    do = facts["do"]
    di = 1.0 / (1.0 / f - 1.0 / do)  # 1/f = 1/do + 1/di
    m = -di / do
    if q.startswith("What is the image distance"):
        return di
    if q.startswith("Is the image real or virtual"):
        return di > 0
    if q.startswith("What is the magnification"):
        return m
    if q.startswith("Is the image upright or inverted"):
        return m < 0
    if q.startswith("What is the focal length"):
        return facts["f"]
    if q.startswith("How tall is the image"):
        return abs(m) * facts["ho"]
    return NotImplemented


def _geometry(q: str, row: dict[str, Any]) -> Any:
    fig = json.loads(row["artifact"])
    names = sorted(fig["vertices"])
    order = list(fig["vertices"])
    pts = [fig["vertices"][k] for k in order]
    n = len(pts)
    sides = [math.dist(pts[i], pts[(i + 1) % n]) for i in range(n)]
    area = abs(sum(pts[i][0] * pts[(i + 1) % n][1] - pts[(i + 1) % n][0] * pts[i][1] for i in range(n))) / 2

    def angle(i: int) -> float:
        a, b, c = pts[i - 1], pts[i], pts[(i + 1) % n]
        v1, v2 = (a[0] - b[0], a[1] - b[1]), (c[0] - b[0], c[1] - b[1])
        return math.degrees(math.acos((v1[0] * v2[0] + v1[1] * v2[1]) / (math.hypot(*v1) * math.hypot(*v2))))
    if q.startswith("What is the perimeter"):
        return sum(sides)
    if q.startswith("What is the area"):
        return area
    if q.startswith("What is the largest angle"):
        return max(angle(i) for i in range(n))
    if q.startswith("Is the triangle acute"):
        big = max(angle(i) for i in range(n))
        return "right" if abs(big - 90) < 1e-4 else ("obtuse" if big > 90 else "acute")
    if q.startswith("How many vertices"):
        return len(names)
    if q.startswith("What is each interior angle"):
        return angle(0)
    if q.startswith("What is the radius of the inscribed"):
        return fig["incircle"][2]
    if q.startswith("What is the radius of the circumscribed"):
        return fig["circumcircle"][2]
    return NotImplemented


def _mechanics(q: str, row: dict[str, Any]) -> Any:
    attrs = json.loads(row["scene"])["attributes"]
    m = float(attrs["masses"][0]["value"])
    th = math.radians(float(attrs["incline"]["value"])) if attrs.get("incline") else 0.0
    if q.startswith("What is the weight"):
        return m * G
    if q.startswith("What is the normal force on the body"):
        return m * G * math.cos(th)
    if q.startswith("What is the friction force"):
        return m * G * math.sin(th)
    if q.startswith("What is the smallest coefficient"):
        return math.tan(th)
    if q.startswith("What is the acceleration"):
        return G * math.sin(th)
    if q.startswith("Is the body in equilibrium"):
        return not bool(attrs.get("frictionless"))
    if q.startswith("What is the tension") or q.startswith("What is the normal force from the table"):
        return m * G
    if q.startswith("How many forces"):
        return len(json.loads(row["artifact"].decode() if False else _forces(row))["bodies"][0]["forces"])
    return NotImplemented


def _forces(row: dict[str, Any]) -> str:
    return row["artifact"].decode()


def _nodal(netlist: str) -> tuple[dict[str, float], dict[str, float], float, float]:
    """Modified nodal analysis of a SPICE netlist of resistors and DC sources: (R values, |V across|,
    |I source|, source volts)."""
    import numpy as np
    res, srcs = {}, []
    for line in netlist.splitlines():
        t = line.split()
        if not t or t[0].startswith(("*", ".")):
            continue
        if t[0][0] in "Rr":
            res[t[0]] = (t[1], t[2], float(t[3]))
        elif t[0][0] in "Vv":
            srcs.append((t[0], t[1], t[2], float(t[-1])))
    nodes = sorted(({n for (a, b, _r) in res.values() for n in (a, b)} | {n for s in srcs for n in s[1:3]}) - {"0"})
    idx = {n: i for i, n in enumerate(nodes)}
    N, M = len(nodes), len(srcs)
    A = np.zeros((N + M, N + M))
    z = np.zeros(N + M)
    for _, (a, b, r) in res.items():
        for p, q_ in ((a, b), (b, a)):
            if p != "0":
                A[idx[p], idx[p]] += 1 / r
                if q_ != "0":
                    A[idx[p], idx[q_]] -= 1 / r
    for k, (_, p, n, v) in enumerate(srcs):
        if p != "0":
            A[idx[p], N + k] += 1
            A[N + k, idx[p]] += 1
        if n != "0":
            A[idx[n], N + k] -= 1
            A[N + k, idx[n]] -= 1
        z[N + k] = v
    x = np.linalg.solve(A, z)
    volt = lambda n: 0.0 if n == "0" else x[idx[n]]  # noqa: E731
    across = {name: abs(volt(a) - volt(b)) for name, (a, b, _) in res.items()}
    return {k: v[2] for k, v in res.items()}, across, abs(x[N]), abs(srcs[0][3])


def _circuits(q: str, row: dict[str, Any]) -> Any:
    R, across, I, V = _nodal(row["artifact"].decode())
    if q.startswith("What is the equivalent resistance"):
        return V / I
    if q.startswith("What current does the source"):
        return I
    if q.startswith("What power"):
        return V * I
    if q.startswith("How many resistors"):
        return len(R)
    m = re.match(r"What current flows through (\w+)\?", q)
    if m:
        return across[m.group(1)] / R[m.group(1)]
    m = re.match(r"What is the voltage across (\w+)\?", q)
    if m:
        return across[m.group(1)]
    return NotImplemented


def _automata(q: str, row: dict[str, Any]) -> Any:
    a = json.loads(row["artifact"])
    delta = {(t["from"], t["symbol"]): t["to"] for t in a["transitions"]}
    alpha = sorted({t["symbol"] for t in a["transitions"]} | set(json.loads(row["truth"])["alphabet"]))
    if q.startswith("How many states"):
        return len(a["states"])
    if q.startswith("How many transitions"):
        return len(a["transitions"])
    if q.startswith("Which state is the start"):
        return a["start"][0]
    if q.startswith("How many accepting"):
        return len(a["accepting"])
    if q.startswith("Is the transition function total"):
        return all((s, c) in delta for s in a["states"] for c in alpha)
    m = re.match(r"Which state does (\w+) go to on (\w+)\?", q)
    if m:
        return delta.get((m.group(1), m.group(2)))
    m = re.match(r'Does the automaton accept the string "(\w+)"\?', q)
    if m:
        s = a["start"][0]
        for c in m.group(1):
            s = delta.get((s, c))
            if s is None:
                return False
        return s in a["accepting"]
    return NotImplemented


CHECKERS = {"cell": _cell, "sets": _sets, "crystal": _crystal, "astronomy": _astronomy, "optics": _optics,
            "geometry": _geometry, "mechanics": _mechanics, "circuits": _circuits, "automata": _automata}


def _same(mine: Any, value: Any, answer: str) -> bool:
    if isinstance(mine, bool) or isinstance(value, bool):
        return bool(mine) == bool(value) if isinstance(value, bool) else str(mine) == answer
    if isinstance(mine, (int, float)) and isinstance(value, (int, float)):
        return math.isclose(float(mine), float(value), rel_tol=2e-3, abs_tol=1e-6)
    if isinstance(mine, list):
        return mine == value
    return str(mine) == str(value) or str(mine) == answer


def check_rows(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Recompute every QA answer of ``rows`` independently; counts of agreements, disagreements (with
    examples) and pairs no checker covers."""
    ok = bad = unchecked = 0
    examples: list[dict[str, Any]] = []
    by_type: dict[str, int] = {}
    for row in rows:
        if row["impossible"]:
            continue
        fn = CHECKERS[row["science"]]
        for qa in row["qa"]:
            value = json.loads(qa["value"])
            try:
                mine = fn(qa["question"], row)
            except Exception as e:  # noqa: BLE001 - a crash of the checker counts as a disagreement
                mine = f"checker error: {type(e).__name__}: {e}"
            if mine is NotImplemented:
                unchecked += 1
                continue
            by_type[qa["type"]] = by_type.get(qa["type"], 0) + 1
            if _same(mine, value, qa["answer"]):
                ok += 1
            else:
                bad += 1
                if len(examples) < 10:
                    examples.append({"key": row["key"], "question": qa["question"], "answer": qa["answer"],
                                     "value": value, "recomputed": mine if not isinstance(mine, float) else round(mine, 6)})
    return {"agree": ok, "disagree": bad, "unchecked": unchecked, "by_type": by_type, "examples": examples}


def read_rows(folder: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq
    rows: list[dict[str, Any]] = []
    for f in sorted(Path(folder, "data").glob("train-*.parquet")):
        rows += pq.read_table(f, columns=["key", "science", "impossible", "qa", "annotations", "layout", "scene",
                                          "artifact", "truth"]).to_pylist()
        if limit and len(rows) >= limit:
            break
    return rows[:limit] if limit else rows


# ------------------------------------------------------------------ runs
def _run(args: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """One `nesy dataset` run in a fresh process; wall time, peak RSS of the driver and of its workers."""
    code = ("import json, resource, sys, time; from nesy.cli import main; t=time.perf_counter(); "
            f"rc=main(['dataset', *{args!r}, '--json', '--no-progress']); "
            "S=resource.getrusage(resource.RUSAGE_SELF); C=resource.getrusage(resource.RUSAGE_CHILDREN); "
            "print('BENCH', json.dumps({'rc': rc, 'wall': time.perf_counter()-t, 'rss_self_mb': S.ru_maxrss/1024, "
            "'rss_children_mb': C.ru_maxrss/1024, 'cpu_self_s': S.ru_utime+S.ru_stime, "
            "'cpu_children_s': C.ru_utime+C.ru_stime}))")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, **(env or {})})
    line = [x for x in p.stdout.splitlines() if x.startswith("BENCH ")]
    if p.returncode or not line:
        raise RuntimeError(f"run {args} failed: {p.stderr[-2000:]}")
    out = json.loads(line[-1][6:])
    if out["rc"] != 0:
        raise RuntimeError(f"run {args} exited {out['rc']}: {p.stderr[-2000:]}")
    body = p.stdout[: p.stdout.index("BENCH ")]
    out["counts"] = json.loads(body)
    return out


def _hashes(folder: Path) -> dict[str, str]:
    m = json.loads((folder / "manifest.json").read_text())
    return {k: v for s in m["shards"] for k, v in s["files"].items()}


def _ray_run(cfg_path: str, out: Path, n: int, shard: int) -> dict[str, Any]:
    # Ray: a local instance with 2 CPUs started by the job itself (--ray local); start-up is included
    return _run(["--config", cfg_path, "-o", str(out), "-n", str(n), "--shard-size", str(shard), "--ray", "local",
                 "--workers", "2"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="bench_dataset_out")
    ap.add_argument("--items", type=int, default=40, help="items per science per engine")
    ap.add_argument("--shard-size", type=int, default=5)
    ap.add_argument("--sciences", default="cell,sets,crystal,astronomy,optics,geometry,mechanics,circuits,automata")
    ap.add_argument("--mem-n", default="1000,10000", help="N values of the memory runs (default config)")
    ap.add_argument("--mem-sciences", default="", help="restrict the memory runs to these sciences (default: all)")
    ap.add_argument("--qa-items", type=int, default=1000)
    ap.add_argument("--overall", type=int, default=0, help="items of an all-science run per engine (0: skip)")
    ap.add_argument("--resume", action="store_true", help="keep the sciences already in OUT/bench_dataset.json")
    ap.add_argument("--skip", default="", help="comma list of parts to skip: speed, memory, qa")
    a = ap.parse_args(argv)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    skip = set(filter(None, a.skip.split(",")))
    res: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
    import yaml
    base = yaml.safe_load(Path("configs/dataset/default.yaml").read_text())
    if "speed" not in skip:
        speed = {}
        for sci in a.sciences.split(","):
            cfg = {**base, "sciences": {sci: base["sciences"][sci]}, "impossible_rate": 0.0}
            cp = out / f"cfg-{sci}.yaml"
            cp.write_text(yaml.safe_dump(cfg))
            row: dict[str, Any] = {}
            prev = out / "bench_dataset.json"
            if a.resume and prev.is_file() and sci in json.loads(prev.read_text()).get("speed", {}):
                speed[sci] = json.loads(prev.read_text())["speed"][sci]
                continue
            for label, extra in (("w1", ["--workers", "1"]), ("w2", ["--workers", "2"])):
                d = out / f"speed-{sci}-{label}"
                _rm(d)
                r = _run(["--config", str(cp), "-o", str(d), "-n", str(a.items), "--shard-size", str(a.shard_size), *extra])
                row[label] = a.items / r["wall"]
                # CPU seconds per item, driver + workers: equal at 1 and 2 workers means the engine adds no work,
                # and wall-clock speed-up is then bounded only by the free cores of the machine
                row[label + "_cpu_s_per_item"] = (r["cpu_self_s"] + r["cpu_children_s"]) / a.items
                row[label + "_steady"] = r["counts"]["run"]["engine"].get("steady_items_per_s")
            d = out / f"speed-{sci}-ray"
            _rm(d)
            r = _ray_run(str(cp), d, a.items, a.shard_size)
            row["ray"] = a.items / r["wall"]
            row["ray_steady"] = r["counts"]["run"]["engine"].get("steady_items_per_s")
            row["speedup_2_over_1"] = row["w2"] / row["w1"]
            row["ray_over_pool2"] = row["ray"] / row["w2"]
            if row["w1_steady"] and row["w2_steady"] and row["ray_steady"]:
                row["steady_speedup_2_over_1"] = row["w2_steady"] / row["w1_steady"]
                row["steady_ray_over_pool2"] = row["ray_steady"] / row["w2_steady"]
            row["identical_outputs"] = _hashes(out / f"speed-{sci}-w1") == _hashes(out / f"speed-{sci}-w2") == _hashes(d)
            speed[sci] = row
            print(sci, json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in row.items()}), flush=True)
            (out / "bench_dataset.json").write_text(json.dumps({**res, "speed": speed}, indent=1))
        res["speed"] = speed
    if a.overall and "overall" not in skip:
        # every science together (the default config), a longer run: less start-up in the ratio
        row = {}
        for label, extra in (("w1", ["--workers", "1"]), ("w2", ["--workers", "2"]), ("ray", ["--ray", "local", "--workers", "2"])):
            d = out / f"overall-{label}"
            _rm(d)
            r = _run(["-o", str(d), "-n", str(a.overall), "--shard-size", str(a.shard_size), *extra])
            row[label] = a.overall / r["wall"]
            row[label + "_steady"] = r["counts"]["run"]["engine"].get("steady_items_per_s")
            row[label + "_cpu_s_per_item"] = (r["cpu_self_s"] + r["cpu_children_s"]) / a.overall
            print("overall", label, json.dumps(row), flush=True)
        row["identical_outputs"] = _hashes(out / "overall-w1") == _hashes(out / "overall-w2") == _hashes(out / "overall-ray")
        res["overall"] = row
        print("overall", json.dumps(row), flush=True)
    if "memory" not in skip:
        mem = []
        cp = out / "cfg-mem.yaml"
        mcfg = dict(base)
        if a.mem_sciences:
            mcfg["sciences"] = {s: base["sciences"][s] for s in a.mem_sciences.split(",")}
        cp.write_text(yaml.safe_dump(mcfg))
        for n in [int(x) for x in a.mem_n.split(",")]:
            d = out / f"mem-{n}"
            _rm(d)
            r = _run(["--config", str(cp), "-o", str(d), "-n", str(n), "--workers", "2"])
            mem.append({"n": n, "wall_s": r["wall"], "items_per_s": n / r["wall"], "rss_driver_mb": r["rss_self_mb"],
                        "rss_worker_max_mb": r["rss_children_mb"], "rejection_rate": r["counts"]["rejection_rate"]})
            print("memory", json.dumps(mem[-1]), flush=True)
        res["memory"] = mem
    if "qa" not in skip:
        d = out / "qa-spot"
        if not (d / "manifest.json").is_file() or not json.loads((d / "manifest.json").read_text())["complete"]:
            _run(["-o", str(d), "-n", str(a.qa_items), "--workers", "2"])
        rows = read_rows(d, a.qa_items)
        t = time.perf_counter()
        res["qa"] = {"items": len(rows), **check_rows(rows), "seconds": time.perf_counter() - t}
        print("qa", json.dumps({k: v for k, v in res["qa"].items() if k != "examples"}), flush=True)
    prev = out / "bench_dataset.json"
    if prev.is_file():
        res = {**json.loads(prev.read_text()), **res}
    prev.write_text(json.dumps(res, indent=1))
    _table(res)
    return 0


def _rm(d: Path) -> None:
    import shutil
    if d.exists():
        shutil.rmtree(d)


def _table(res: dict[str, Any]) -> None:
    if "speed" in res:
        print("\n| science | 1 worker (items/s) | 2 workers | Ray (2 CPUs) | 2 w / 1 w | Ray / 2 w | "
              "steady 2 w / 1 w | steady Ray / 2 w | same output |")
        print("|---|---|---|---|---|---|---|---|---|")
        for s, r in res["speed"].items():
            st = (f"{r['steady_speedup_2_over_1']:.2f}× | {r['steady_ray_over_pool2']:.2f}"
                  if "steady_speedup_2_over_1" in r else "– | –")
            print(f"| {s} | {r['w1']:.2f} | {r['w2']:.2f} | {r['ray']:.2f} | {r['speedup_2_over_1']:.2f}× | "
                  f"{r['ray_over_pool2']:.2f} | {st} | {'yes' if r['identical_outputs'] else 'NO'} |")
    if "overall" in res:
        o = res["overall"]
        print(f"\nAll sciences: {o['w1']:.2f} items/s (1 worker), {o['w2']:.2f} (2 workers, {o['w2'] / o['w1']:.2f}×), "
              f"{o['ray']:.2f} (Ray, {o['ray'] / o['w2']:.2f} of the pool); CPU s/item {o['w1_cpu_s_per_item']:.3f} / "
              f"{o['w2_cpu_s_per_item']:.3f}; same output: {o['identical_outputs']}")
    if "memory" in res:
        print("\n| N | items/s | driver peak RSS (MB) | worker peak RSS (MB) | rejected |")
        print("|---|---|---|---|---|")
        for r in res["memory"]:
            print(f"| {r['n']} | {r['items_per_s']:.2f} | {r['rss_driver_mb']:.0f} | {r['rss_worker_max_mb']:.0f} | "
                  f"{100 * r['rejection_rate']:.1f} % |")
    if "qa" in res:
        q = res["qa"]
        print(f"\nQA spot check: {q['items']} items, {q['agree']} answers agree, {q['disagree']} disagree, "
              f"{q['unchecked']} not covered; by type {q['by_type']}")


if __name__ == "__main__":
    sys.exit(main())
