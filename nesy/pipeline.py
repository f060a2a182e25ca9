"""The pipeline: parse → solve → render → verify, and the one loop that re-solves on a failed verdict.

``generate`` returns a ``Result`` (scene, layout, rendering, verdict) and, given ``out_dir``, writes
the files of the command-line contract: figure.svg, figure.png, scene.json, layout.json,
verdict.json, control/ and the domain's artifacts (structure.cif for crystals).
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError, VerificationFailedError
from .resources import load_yaml
from .types import Layout, Rendering, SceneGraph, Verdict

__all__ = ["Result", "generate", "parse", "explain", "verify_image", "load_spec", "write_outputs"]


@dataclass(frozen=True)
class Result:
    scene: SceneGraph
    layout: Layout
    rendering: Rendering
    verdict: Verdict
    timings: dict[str, float]
    # Every round's verdict and, when a renderer other than the exact one drew it, its image (PNG bytes).
    rounds: tuple[tuple[Verdict, bytes | None], ...] = ()


def _profile(name: str = "default") -> dict[str, Any]:
    profs = load_yaml("solvers", "profiles.yaml")
    if name not in profs:
        raise InputError(f"profile must be one of {sorted(profs)}, got {name!r}")
    return profs[name]


def parse(text: str, *, domain: str | None = None, allow_unknown: bool = False) -> SceneGraph:
    """Text → SceneGraph with the named domain, or the one whose vocabulary fits best."""
    from .parse.grammar import check_text
    from .registry import detect_domain, get_domain
    check_text(text)
    dom = get_domain(domain) if domain else detect_domain(text)
    return dom.parse(text, allow_unknown=allow_unknown)


def generate(text: str | None = None, *, scene: SceneGraph | None = None, domain: str | None = None,
             seed: int = 0, rounds: int | None = None, timeout_s: float | None = None,
             allow_unknown: bool = False, controls: bool = True, out_dir: str | Path | None = None,
             profile: str = "default", raise_on_fail: bool = True, renderer: Any = None) -> Result:
    """Make a verified figure from ``text`` (or a ready ``scene``).

    Solves, renders and verifies; on a failed verdict re-solves with another arrangement and wider
    margins, up to ``rounds`` rounds. Raises ``UnsatisfiableError`` for impossible specifications,
    ``VerificationFailedError`` when no round passes (after writing the outputs, when ``out_dir``).

    ``renderer``: an object with ``render(layout, scene, *, seed, attempt) -> Rendering`` that draws
    the figure instead of the domain's exact renderer (e.g. a diffusion model conditioned on the
    layout's control maps); its pixels are verified the same way, and a failed round is re-solved
    and re-rendered with the next attempt number.
    """
    from .registry import get_domain
    if not isinstance(seed, int) or seed < 0:
        raise InputError(f"seed must be a non-negative integer, got {seed!r}")
    prof = _profile(profile)
    rounds = int(prof["rounds"] if rounds is None else rounds)
    if rounds < 1:
        raise InputError(f"rounds must be at least 1, got {rounds}")
    timeout_s = float(prof["timeout_s"] if timeout_s is None else timeout_s)
    if not timeout_s > 0:
        raise InputError(f"timeout must be positive, got {timeout_s}")
    t0 = time.perf_counter()
    if scene is None:
        if text is None:
            raise InputError("give either text or a scene")
        scene = parse(text, domain=domain, allow_unknown=allow_unknown)
    dom = get_domain(scene.domain)
    t_parse = time.perf_counter() - t0
    history: list[tuple[int, int]] = []
    kept: list[tuple[Verdict, bytes | None]] = []
    verdict: Verdict | None = None
    t_solve = t_render = t_verify = 0.0
    for attempt in range(rounds):
        t = time.perf_counter()
        layout = dom.solve(scene, seed=seed, attempt=attempt, feedback=verdict, timeout_s=timeout_s)
        t_solve += time.perf_counter() - t
        t = time.perf_counter()
        if renderer is None:
            rendering = dom.render(layout, scene, controls=False)
        else:
            rendering = renderer.render(layout, scene, seed=seed, attempt=attempt)
        t_render += time.perf_counter() - t
        t = time.perf_counter()
        if getattr(dom, "verify_uses_layout", False):
            verdict = dom.verify(rendering.png, scene, layout=layout)
        else:
            verdict = dom.verify(rendering.png, scene)
        t_verify += time.perf_counter() - t
        history.append((attempt + 1, len(verdict.failed())))
        kept.append((verdict, None if renderer is None else rendering.png))
        if verdict.passed:
            break
    assert verdict is not None
    verdict = Verdict(verdict.checks, len(history), tuple(history))
    if controls and renderer is None:
        t = time.perf_counter()
        rendering = dom.render(layout, scene, controls=True)
        t_render += time.perf_counter() - t
    timings = {"parse_s": t_parse, "solve_s": t_solve, "render_s": t_render, "verify_s": t_verify,
               "total_s": time.perf_counter() - t0}
    result = Result(scene, layout, rendering, verdict, timings, tuple(kept))
    if out_dir is not None:
        write_outputs(result, out_dir, dom)
    if raise_on_fail and not verdict.passed:
        raise VerificationFailedError(verdict)
    return result


def write_outputs(result: Result, out_dir: str | Path, dom: Any = None) -> None:
    """Write the command-line contract's files into ``out_dir``."""
    from .registry import get_domain
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    dom = dom or get_domain(result.scene.domain)
    (out / "figure.svg").write_text(result.rendering.svg, encoding="utf-8")
    (out / "figure.png").write_bytes(result.rendering.png)
    _dump(out / "scene.json", result.scene.to_dict())
    _dump(out / "layout.json", result.layout.geojson())
    _dump(out / "verdict.json", result.verdict.to_dict())
    if result.rendering.controls:
        (out / "control").mkdir(exist_ok=True)
        for name, data in result.rendering.controls:
            (out / "control" / name).write_bytes(data)
    for name, data in dom.artifacts(result.layout, result.scene).items():
        (out / name).write_bytes(data)
    if result.rounds:
        # rounds.json: every round's verdict; rounds/round-N.png: what a non-exact renderer drew in round N.
        _dump(out / "rounds.json", [{"round": i + 1, **v.to_dict()} for i, (v, _) in enumerate(result.rounds)])
        if any(png for _, png in result.rounds):
            (out / "rounds").mkdir(exist_ok=True)
            for i, (_, png) in enumerate(result.rounds):
                if png:
                    (out / "rounds" / f"round-{i + 1}.png").write_bytes(png)


def _dump(path: Path, obj: Any) -> None:
    path.write_text(json.dumps(obj, indent=1, ensure_ascii=False, sort_keys=False) + "\n", encoding="utf-8")


def explain(text: str, *, domain: str | None = None, allow_unknown: bool = False,
            timeout_s: float = 20.0) -> dict[str, Any]:
    """Solve without rendering: ``{"satisfiable": True, summary...}`` or the conflict and its fix."""
    from .errors import UnsatisfiableError
    from .registry import get_domain
    scene = parse(text, domain=domain, allow_unknown=allow_unknown)
    dom = get_domain(scene.domain)
    try:
        layout = dom.solve(scene, timeout_s=timeout_s)
    except UnsatisfiableError as e:
        return {"satisfiable": False, "message": str(e), **e.to_dict()}
    kinds: dict[str, int] = {}
    for e in scene.entities:
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
    return {"satisfiable": True, "domain": scene.domain, "entities": kinds,
            "relations": len(scene.relations), "canvas": [layout.width, layout.height],
            "solve": dict(layout.stats)}


def load_spec(path: str | Path) -> SceneGraph:
    """Read a scene graph from YAML/JSON, validated against ``configs/scene.schema.json``."""
    from .spec import load_spec as _load
    return _load(path)


def verify_image(image: str | Path, scene_path: str | Path) -> Verdict:
    """Check an existing image against a scene.json; returns the verdict."""
    from .registry import get_domain
    from .spec import load_spec as _load
    p = Path(image)
    if not p.is_file():
        raise InputError(f"image must be an existing file, got {str(image)!r}")
    scene = _load(scene_path)
    return get_domain(scene.domain).verify(p.read_bytes(), scene)
