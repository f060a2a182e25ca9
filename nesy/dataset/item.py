"""One dataset item: sample → say → read back → generate → verify → masks, COCO, artifact, QA.

``make_item(config, science, rng)`` returns an ``Item`` that is either accepted (with every field the
writers store) or rejected with a reason (counted in the manifest, never written). An item depends only
on the config and its own generator, so any worker, process or Ray node makes the same bytes.
"""
from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass, field
from typing import Any

from ..errors import (NesyError, SolverTimeoutError, UnknownWordsError, UnsatisfiableError, UnsupportedError,
                      VerificationFailedError)
from ..types import plain
from .sampling import Sample, impossible, read_back, sample

__all__ = ["Item", "make_item", "REASONS", "instance_masks", "stylise"]

# Rejection reasons (manifest keys), each a short phrase a person can act on.
REASONS = {
    "readback": "phrasing not read back",
    "unparsed": "phrasing not parsed",
    "verify": "verification failed",
    "unsat": "sampled scene unsatisfiable",
    "timeout": "solver timeout",
    "qa": "answer disagrees with the artifact",
    "possible": "impossible text was satisfiable",
    "error": "nesy error",
    "unsupported": "scene nesy cannot draw",
    "canvas": "figure too large",
}


class CanvasTooLarge(Exception):
    """The solved layout is larger than the config's ``max_canvas_px`` (a render would need gigabytes)."""


class _GuardedExact:
    """The science's exact renderer, refusing layouts past a pixel budget before drawing them."""

    def __init__(self, dom: Any, max_px: int):
        self.dom, self.max_px = dom, max_px

    def render(self, layout: Any, scene: Any, *, seed: int = 0, attempt: int = 0) -> Any:
        if layout.width * layout.height > self.max_px:
            raise CanvasTooLarge(f"{layout.width} × {layout.height} px")
        return self.dom.render(layout, scene, controls=False)

_AREA_KINDS = ("ellipse", "rect", "rounded", "circle", "polygon")


@dataclass
class Item:
    science: str
    text: str
    accepted: bool
    reason: str = ""
    detail: str = ""
    record: dict[str, Any] = field(default_factory=dict)


def _json(obj: Any) -> str:
    return json.dumps(plain(obj), ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


def _entity_of(shape_id: str, ids: set[str]) -> str | None:
    if shape_id in ids:
        return shape_id
    for sep in ("#", "_"):
        head = shape_id.split(sep)[0] if sep == "#" else shape_id.rsplit(sep, 1)[0]
        if head in ids:
            return head
    return None


def instance_masks(layout: Any, scene: Any, width: int, height: int, scale: float = 1.0
                   ) -> tuple[bytes | None, list[dict[str, Any]]]:
    """The instance label image (16-bit PNG: 0 background, k the k-th annotation, drawn in z order so a
    pixel belongs to the top-most outline) and COCO-style annotations (``bbox`` [x, y, w, h],
    ``segmentation`` polygons, ``area`` of the outline, ``visible_pixels`` in the label image,
    ``category``, ``entity``). Only outlines with an area (ellipses, rectangles, circles, polygons) that
    belong to a scene entity count; ``(None, [])`` when the figure has none."""
    import numpy as np
    from PIL import Image, ImageDraw
    ents = {e.id: e for e in scene.entities}
    shapes = [(i, s) for i, s in enumerate(layout.shapes)
              if s.kind in _AREA_KINDS and not s.id.startswith("_") and _entity_of(s.id, set(ents))]
    if not shapes:
        return None, []
    shapes.sort(key=lambda p: (p[1].z, p[0]))
    lab = Image.new("I", (width, height), 0)
    draw = ImageDraw.Draw(lab)
    anns = []
    for k, (_, s) in enumerate(shapes, start=1):
        geom = s.geometry(32)
        if geom.geom_type != "Polygon" or geom.area <= 0:
            continue
        pts = [(x * scale, y * scale) for x, y in geom.exterior.coords]
        draw.polygon(pts, fill=k)
        e = ents[_entity_of(s.id, set(ents))]
        cat = f"atom {e.name}" if e.kind == "species" else e.kind
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        anns.append({"id": k, "entity": e.id, "shape": s.id, "category": cat,
                     "bbox": [round(min(xs), 2), round(min(ys), 2), round(max(xs) - min(xs), 2), round(max(ys) - min(ys), 2)],
                     "segmentation": [[round(c, 2) for p in pts for c in p]], "area": round(geom.area * scale * scale, 2),
                     "iscrowd": 0})
    arr = np.asarray(lab, dtype=np.int32)
    counts = np.bincount(arr.ravel(), minlength=len(shapes) + 1)
    for a in anns:
        a["visible_pixels"] = int(counts[a["id"]])
    buf = io.BytesIO()
    Image.fromarray(arr.astype(np.uint16)).save(buf, format="PNG", optimize=False)
    return buf.getvalue(), anns


def stylise(png: bytes, rng: Any, spec: dict[str, Any]) -> tuple[bytes, dict[str, Any]]:
    """A photometric degradation of a verified figure (blur, contrast/brightness, noise, JPEG), drawn
    from ``rng`` within ``spec``'s ranges; geometry is untouched so masks and boxes still hold.
    Returns the PNG and the parameters used."""
    import numpy as np
    from PIL import Image, ImageEnhance, ImageFilter
    im = Image.open(io.BytesIO(png)).convert("RGB")
    p = {"blur": round(float(rng.uniform(*spec["blur"])), 3), "contrast": round(float(rng.uniform(*spec["contrast"])), 3),
         "brightness": round(float(rng.uniform(*spec["brightness"])), 3), "noise": round(float(rng.uniform(*spec["noise"])), 3),
         "jpeg": int(rng.integers(spec["jpeg"][0], spec["jpeg"][1] + 1))}
    if p["blur"] > 0:
        im = im.filter(ImageFilter.GaussianBlur(p["blur"]))
    im = ImageEnhance.Contrast(im).enhance(p["contrast"])
    im = ImageEnhance.Brightness(im).enhance(p["brightness"])
    if p["noise"] > 0:
        a = np.asarray(im, dtype=np.float32) + rng.normal(0.0, p["noise"], (im.height, im.width, 3)).astype(np.float32)
        im = Image.fromarray(np.clip(np.rint(a), 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    im.save(buf, format="JPEG", quality=p["jpeg"])
    buf.seek(0)
    out = io.BytesIO()
    Image.open(buf).convert("RGB").save(out, format="PNG")
    return out.getvalue(), p


def _resize(png: bytes, size: tuple[int, int], nearest: bool) -> bytes:
    from PIL import Image
    im = Image.open(io.BytesIO(png))
    im = im.resize(size, Image.NEAREST if nearest else Image.LANCZOS)
    out = io.BytesIO()
    im.save(out, format="PNG")
    return out.getvalue()


def _reject(s: Sample, key: str, detail: str = "") -> Item:
    return Item(s.science, s.text, False, REASONS[key], detail[:300])


def make_item(config: dict[str, Any], science: str, rng: Any) -> Item:
    """Make one item of ``science`` from ``rng`` under ``config`` (see ``nesy.dataset.config``)."""
    import nesy
    from ..registry import get_domain
    from .qa import QAMismatch, make_qa
    params = config["sciences"][science]
    base = sample(science, rng, params)
    gen_seed = int(rng.integers(0, 2 ** 31))
    if rng.random() < config["impossible_rate"]:
        s = impossible(science, rng, base)
        try:
            ex = nesy.explain(s.text, domain=science, timeout_s=config["timeout_s"])
        except SolverTimeoutError as e:
            return _reject(s, "timeout", str(e))
        except NesyError as e:
            return _reject(s, "unparsed" if isinstance(e, UnknownWordsError) else "error", str(e))
        if ex.get("satisfiable"):
            return _reject(s, "possible", s.text)
        label = {"phrases": ex.get("phrases", []), "laws": ex.get("laws", []), "fix": ex.get("fix", []),
                 "message": ex.get("message", ""), "law_broken": s.impossible}
        return Item(science, s.text, True, record={
            "science": science, "text": s.text, "template": s.template, "impossible": True, "renderer": "",
            "variant": "", "style": "", "image": None, "image_clean": None, "width": 0, "height": 0, "scene": "", "layout": "",
            "verdict": "", "masks": None, "annotations": "[]", "artifact_name": "", "artifact": None,
            "qa": [], "unsat": _json(label), "truth": "", "seed": gen_seed})
    s = base
    try:
        scene = nesy.scene_graph(s.text, domain=science)
    except UnsatisfiableError as e:
        return _reject(s, "unsat", str(e))
    except UnsupportedError as e:
        return _reject(s, "unsupported", str(e))
    except NesyError as e:
        return _reject(s, "unparsed", str(e))
    diff = read_back(science, scene, s.truth)
    if diff:
        return _reject(s, "readback", "; ".join(diff))
    dom = get_domain(science)
    # the style variant comes from its own stream, so choosing it never shifts the other draws
    vrng = type(rng)(rng.bit_generator.jumped(2))
    variant = {axis: _pick(vrng, w) for axis, w in sorted((config.get("variants") or {}).items())}
    try:
        res = nesy.generate(scene=scene, seed=gen_seed, rounds=config["rounds"], timeout_s=config["timeout_s"],
                            controls=False, renderer=_GuardedExact(dom, config["max_canvas_px"]), **variant)
    except CanvasTooLarge as e:
        return _reject(s, "canvas", str(e))
    except VerificationFailedError as e:
        return _reject(s, "verify", "; ".join(c.law for c in e.verdict.failed()[:5]))
    except UnsatisfiableError as e:
        return _reject(s, "unsat", str(e))
    except SolverTimeoutError as e:
        return _reject(s, "timeout", str(e))
    except UnsupportedError as e:
        return _reject(s, "unsupported", str(e))
    except NesyError as e:
        return _reject(s, "error", f"{type(e).__name__}: {e}")
    arts = dom.artifacts(res.layout, res.scene)
    qrng = type(rng)(rng.bit_generator.jumped())  # QA draws do not shift the rendering draws
    try:
        qa = make_qa(s, arts, qrng, config["qa"]["per_item"])
    except QAMismatch as e:
        return _reject(s, "qa", str(e))
    renderer = _pick(rng, config["renderers"])
    w, h = res.rendering.width, res.rendering.height
    scale = 1.0
    ms = config["image"]["max_side"]
    if ms and max(w, h) > ms:
        scale = ms / max(w, h)
    W, H = max(1, round(w * scale)), max(1, round(h * scale))
    clean = res.rendering.png if scale == 1.0 else _resize(res.rendering.png, (W, H), False)
    masks, anns = instance_masks(res.layout, res.scene, W, H, scale) if config["masks"] else (None, [])
    image, style = clean, {}
    if renderer == "styled":
        image, style = stylise(clean, rng, config["style"])
    art_name, art = (sorted(arts.items())[0] if arts else ("", None))
    return Item(science, s.text, True, record={
        "science": science, "text": s.text, "template": s.template, "impossible": False, "renderer": renderer,
        "variant": _json(dict(res.style)), "style": _json(style) if style else "", "image": image, "image_clean": clean if renderer != "exact" else None,
        "width": W, "height": H, "scene": _json(res.scene.to_dict()), "layout": _json(res.layout.geojson()),
        "verdict": _json(res.verdict.to_dict()), "masks": masks, "annotations": _json(anns),
        "artifact_name": art_name, "artifact": art,
        "qa": [{**q, "value": _json(q["value"])} for q in qa], "unsat": "", "truth": _json(s.truth), "seed": gen_seed})


def _pick(rng: Any, weights: dict[str, float]) -> str:
    names = sorted(weights)
    tot = sum(weights[n] for n in names)
    x = rng.random() * tot
    for n in names:
        x -= weights[n]
        if x < 0:
            return n
    return names[-1]


def record_digest(rec: dict[str, Any]) -> str:
    """SHA-256 of an accepted record's content (bytes fields hashed as bytes): equal for equal items."""
    h = hashlib.sha256()
    for k in sorted(rec):
        v = rec[k]
        h.update(k.encode())
        h.update(v if isinstance(v, bytes) else _json(v).encode())
    return h.hexdigest()
