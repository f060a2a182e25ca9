"""How nesy reads requests phrased by people who have never seen it (tests/parse/phrasing/*.yaml).

Each request is parsed with ``nesy.pipeline.parse`` and the scene's facts (entity and relation
counts, the quantities a correct figure must show, in fixed units) are compared with the gold
written with it. A request is *right* when every gold fact matches (or, for a request whose gold is
a refusal, when nesy refuses), *refused* when nesy raises a nesy error, *wrong* when it parses to
something else. The reader of facts is the one ``tests/parse/test_phrasing.py`` uses.

    python benchmarks/bench_phrasing.py [science …] [-v]
"""
from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

__all__ = ["SUITES", "load_suite", "facts", "judge", "run"]

SUITES = Path(__file__).resolve().parents[1] / "tests" / "parse" / "phrasing"


def load_suite(science: str) -> list[dict[str, Any]]:
    """The requests of one science, as written in its YAML file."""
    return yaml.safe_load((SUITES / f"{science}.yaml").read_text(encoding="utf-8"))["requests"]


def facts(scene: Any) -> dict[str, Any]:
    """The scene's facts in the gold's keys and units (see tests/parse/phrasing/README.md)."""
    out: dict[str, Any] = {"domain": scene.domain.split(".")[1] if "." in scene.domain else scene.domain}
    kinds = Counter(e.kind for e in scene.entities)
    for k, n in kinds.items():
        out[f"n.{k}"] = n
    for k, n in Counter(r.kind for r in scene.relations).items():
        out[f"r.{k}"] = n
    d = out["domain"]
    if d == "astronomy":
        bodies = scene.attr("bodies") or []
        for key in ("a", "e", "T"):
            vals = sorted(float(b[key]) for b in bodies if b.get(key) is not None and b.get("kind") != "moon")
            out[key] = vals
    elif d == "optics":
        el = scene.attr("element") or {}
        out["element"] = f"{el.get('kind')}/{el.get('type')}"
        for f in scene.attr("facts") or []:
            v = f.get("value")
            if f["what"] in ("f", "do", "ho", "di", "hi", "R") and isinstance(v, (int, float)):
                out[f["what"]] = abs(float(v))  # the scene holds lengths in cm
            elif f["what"] == "pos":
                out["pos"] = v
        if "R" in out and "f" not in out and el.get("kind") == "mirror":
            out["f"] = out["R"] / 2
    elif d == "circuits":
        vals: dict[str, list[float]] = {}
        for e in scene.entities:
            a = dict(e.attributes) if e.attributes else {}
            if a.get("value") is not None:
                vals.setdefault(e.kind, []).append(float(a["value"]))
        for k, v in vals.items():
            out[f"v.{k}"] = sorted(v)
    elif d == "crystal":
        out["material"] = scene.attr("material")
        out["structure"] = scene.attr("structure")
        lat = scene.attr("lattice") or {}
        if lat.get("a") is not None:
            out["a"] = float(lat["a"])
        za = scene.attr("zone_axis")
        out["zone_axis"] = list(za) if za is not None else None
    elif d == "automata":
        out["states"] = sorted(e.id for e in scene.entities)
        out["start"] = sorted(e.id for e in scene.entities if e.attr("start"))
        out["accepting"] = sorted(e.id for e in scene.entities if e.attr("accepting"))
        out["transitions"] = sorted(([t["source"], t["symbol"], t["target"]]
                                     for t in scene.attr("transitions") or []), key=str)
    elif d == "microscopy":
        out["clusters"] = len({dict(e.attributes).get("cluster") for e in scene.entities
                               if e.attributes and dict(e.attributes).get("cluster")})
    return out


# automata facts are sets: the gold may list them in any order
_AS_SETS = ("states", "start", "accepting", "transitions")


def _same(want: Any, got: Any) -> bool:
    if isinstance(want, list):
        return isinstance(got, list) and len(want) == len(got) and all(_same(w, g) for w, g in zip(want, got))
    if isinstance(want, (int, float)) and not isinstance(want, bool):
        return isinstance(got, (int, float)) and math.isclose(float(want), float(got), rel_tol=2e-3, abs_tol=1e-12)
    return want == got


def judge(item: dict[str, Any]) -> tuple[str, str]:
    """('right' | 'refused' | 'wrong', detail) for one request of a suite."""
    from nesy.errors import NesyError
    from nesy.pipeline import parse
    try:
        scene = parse(item["text"])
    except NesyError as exc:
        msg = str(exc).splitlines()[0][:160]
        return ("right" if "refuse" in item else "refused"), f"{type(exc).__name__}: {msg}"
    if "refuse" in item:
        return "wrong", f"parsed as {scene.domain}, should refuse: {item['refuse']}"
    got = facts(scene)
    bad = [f"{k}: want {w!r}, got {got.get(k, 0 if k.startswith(('n.', 'r.')) else None)!r}"
           for k, w in ((k, sorted(w, key=str) if k in _AS_SETS and isinstance(w, list) else w)
                        for k, w in item["gold"].items())
           if not _same(w, got.get(k, 0 if k.startswith(("n.", "r.")) else None))]
    if bad:
        return "wrong", "; ".join(bad)
    if scene.unknown:
        # Parsed right but with words left unread: the pipeline reports them beside the figure.
        return "right", "not read: " + ", ".join(u.text for u in scene.unknown)
    return "right", ""


def run(sciences: list[str], verbose: bool = False) -> dict[str, Counter]:
    """Judge every request of the named suites; print one line per science (and per request with -v)."""
    table: dict[str, Counter] = {}
    for sci in sciences:
        c: Counter = Counter()
        for item in load_suite(sci):
            verdict, detail = judge(item)
            c[verdict] += 1
            if verbose and (verdict != "right" or detail):
                print(f"  [{verdict}] {item['text'][:90]}\n      {detail}")
        table[sci] = c
        print(f"{sci:11s} right {c['right']:2d}  refused {c['refused']:2d}  wrong {c['wrong']:2d}  "
              f"of {sum(c.values())}", flush=True)
    return table


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    sci = args or sorted(p.stem for p in SUITES.glob("*.yaml"))
    run(sci, verbose="-v" in sys.argv)
