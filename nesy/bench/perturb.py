"""Injected violations: perturb a verified figure's PNG the way a wrong generator would.

Five types, each applied to one object (cell: organelles; sets: outlines and element dots;
crystal: atoms) found in the pixels by its exact colour, the layout telling which object is which:

- ``move``: cell/sets — the object is taken out of its container into a white strip added on the
  left; crystal — the atom is shifted sideways by about its radius.
- ``delete``: the object is painted over with the colour around it.
- ``duplicate``: a copy is pasted into a white strip added on the left.
- ``merge``: two objects become one — two of one kind pushed into each other (cell, crystal), or
  one set's outline repainted in another's colour (sets).
- ``resize``: the object is scaled about its centre (×3 the largest leaf organelle — more where ×3 would keep
  it within its size law, ``_cell_factor`` — ×1.8 outlines and atoms).

``perturb`` returns the new PNG, or ``None`` where the figure has no object the type applies to
(e.g. a merge needs two organelles of one kind). A perturbation always contradicts what the text
says (counts, containment, stated sizes, atom positions) — except crystal ``resize``, which only
changes a drawn radius that the crystal verifier does not measure; the bench reports it as it is.
"""
from __future__ import annotations

import io

import numpy as np

from ..types import Layout, SceneGraph

__all__ = ["TYPES", "perturb", "target_ids"]

TYPES = ("move", "delete", "duplicate", "merge", "resize")


def _rgb(png: bytes) -> np.ndarray:
    from PIL import Image
    return np.array(Image.open(io.BytesIO(png)).convert("RGB"))


def _png(img: np.ndarray) -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="PNG")
    return buf.getvalue()


def _hex(c: str) -> tuple[int, int, int]:
    c = c.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def _colours(domain: str, scene: SceneGraph, layout: Layout, sid: str) -> list[tuple[int, int, int]]:
    """The exact colours an object is drawn in."""
    sh = layout.shape(sid)
    out = []
    for c in (sh.fill, sh.stroke):
        if c and c != "none" and c.startswith("#"):
            out.append(_hex(c))
    return out


def _object_mask(img: np.ndarray, layout: Layout, domain: str, scene: SceneGraph, sid: str) -> np.ndarray | None:
    """Pixels of the object drawn for shape ``sid``: the connected region of its colours that best
    matches its layout box (sets: every pixel of the set's own colour)."""
    from scipy import ndimage as ndi
    cols = _colours(domain, scene, layout, sid)
    if not cols:
        return None
    fig_w = int(layout.extra("figure_width", img.shape[1]) or img.shape[1])
    mask = np.zeros(img.shape[:2], bool)
    for c in cols:
        mask |= (img == np.array(c, np.uint8)).all(axis=2)
    mask[:, fig_w:] = False
    if domain == "sets":
        return mask if mask.any() else None
    lab, n = ndi.label(mask, structure=np.ones((3, 3), bool))
    if n == 0:
        return None
    x0, y0, x1, y1 = layout.shape(sid).box
    best, best_iou = 0, 0.0
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        bx0, by0, bx1, by1 = sl[1].start, sl[0].start, sl[1].stop, sl[0].stop
        ix = max(0.0, min(x1, bx1) - max(x0, bx0))
        iy = max(0.0, min(y1, by1) - max(y0, by0))
        inter = ix * iy
        union = (x1 - x0) * (y1 - y0) + (bx1 - bx0) * (by1 - by0) - inter
        iou = inter / union if union > 0 else 0.0
        if iou > best_iou:
            best, best_iou = k, iou
    if best == 0 or best_iou < 0.3:
        return None
    m = lab == best
    return ndi.binary_fill_holes(m) & mask if domain != "crystal" else m


def _surround(img: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The most common colour on a 2-px ring just outside ``mask``."""
    from scipy import ndimage as ndi
    ring = ndi.binary_dilation(mask, iterations=3) & ~ndi.binary_dilation(mask, iterations=1)
    px = img[ring]
    if not len(px):
        return np.array([255, 255, 255], np.uint8)
    vals, counts = np.unique(px.reshape(-1, 3), axis=0, return_counts=True)
    return vals[np.argmax(counts)]


def _erase(img: np.ndarray, mask: np.ndarray) -> None:
    img[mask] = _surround(img, mask)


def _crop(img: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray, int, int]:
    ys, xs = np.nonzero(mask)
    y0, y1, x0, x1 = ys.min(), ys.max() + 1, xs.min(), xs.max() + 1
    return img[y0:y1, x0:x1].copy(), mask[y0:y1, x0:x1].copy(), int(x0), int(y0)


def _paste(img: np.ndarray, patch: np.ndarray, pmask: np.ndarray, x: int, y: int) -> None:
    h, w = pmask.shape
    H, W = img.shape[:2]
    xa, ya, xb, yb = max(x, 0), max(y, 0), min(x + w, W), min(y + h, H)
    if xa >= xb or ya >= yb:
        return
    sub = pmask[ya - y: yb - y, xa - x: xb - x]
    img[ya:yb, xa:xb][sub] = patch[ya - y: yb - y, xa - x: xb - x][sub]


def _strip(img: np.ndarray, width: int) -> np.ndarray:
    """The image with a white strip of ``width`` px added on the left (outside every container)."""
    return np.pad(img, ((0, 0), (width, 0), (0, 0)), constant_values=255)


def _scale(patch: np.ndarray, pmask: np.ndarray, f: float) -> tuple[np.ndarray, np.ndarray]:
    h, w = pmask.shape
    H, W = max(1, int(round(h * f))), max(1, int(round(w * f)))
    yi = np.minimum((np.arange(H) / f).astype(int), h - 1)
    xi = np.minimum((np.arange(W) / f).astype(int), w - 1)
    return patch[yi][:, xi], pmask[yi][:, xi]


# ------------------------------------------------------------------ which objects a type applies to

def _parents(scene: SceneGraph) -> dict[str, str]:
    par: dict[str, str] = {}
    for r in scene.relations:
        if r.kind in ("inside", "element_of"):
            par.setdefault(r.source, r.target)
    return par


def target_ids(kind: str, scene: SceneGraph, layout: Layout) -> list[str]:
    """Shape ids the perturbation ``kind`` may act on, best first."""
    ids = {s.id for s in layout.shapes}
    if scene.domain == "crystal":
        return [s.id for s in layout.shapes if s.cls == "atom"]
    par = _parents(scene)
    has_kids = set(par.values())
    if scene.domain == "cell":
        leaves = [e.id for e in scene.entities if e.kind != "cell" and e.id not in has_kids and e.id in ids]
        if kind == "delete":
            return leaves + [e.id for e in scene.entities if e.kind != "cell" and e.id in has_kids]
        if kind == "resize":  # the largest first: scaled up, it leaves its cell or its size range
            def area(i: str) -> float:
                b = layout.shape(i).box
                return (b[2] - b[0]) * (b[3] - b[1])
            return sorted(leaves, key=lambda i: -area(i))
        return leaves
    # sets
    contained = [e.id for e in scene.entities if e.id in par and e.id not in has_kids and e.id in ids]
    elems = [e.id for e in scene.entities if e.kind == "element" and e.id in ids]
    sets_ = [e.id for e in scene.entities if e.kind == "set" and e.id in ids]
    if kind == "move":
        return contained
    if kind == "duplicate":
        return elems + [i for i in contained if i not in elems]
    if kind == "resize":
        return [i for i in contained if i in sets_] or [i for i in sets_ if i in has_kids]
    return elems + sets_


def perturb(kind: str, png: bytes, scene: SceneGraph, layout: Layout) -> bytes | None:
    """Apply the perturbation ``kind`` (one of ``TYPES``) to ``png``; ``None`` where it does not apply."""
    if kind not in TYPES:
        raise ValueError(f"kind must be one of {TYPES}, got {kind!r}")
    img = _rgb(png)
    dom = scene.domain
    cands = target_ids(kind, scene, layout)
    if kind == "merge":
        return _merge(img, scene, layout, cands)
    for sid in cands:
        mask = _object_mask(img, layout, dom, scene, sid)
        if mask is None or mask.sum() < 4:
            continue
        patch, pmask, x0, y0 = _crop(img, mask)
        h, w = pmask.shape
        if kind == "delete":
            _erase(img, mask)
            return _png(img)
        if kind == "move":
            _erase(img, mask)
            if dom == "crystal":
                dx = max(8, w // 2 + 4)
                _paste(img, patch, pmask, x0 + dx, y0)
                return _png(img)
            out = _strip(img, w + 16)
            _paste(out, patch, pmask, 8, 8)
            return _png(out)
        if kind == "duplicate":
            out = _strip(img, w + 16)
            _paste(out, patch, pmask, 8, 8)
            return _png(out)
        if kind == "resize":
            f = 1.8 if dom in ("sets", "crystal") else _cell_factor(scene, layout, sid)
            sp, sm = _scale(patch, pmask, f)
            cx, cy = x0 + w / 2, y0 + h / 2
            _erase(img, mask)
            _paste(img, sp, sm, int(round(cx - sm.shape[1] / 2)), int(round(cy - sm.shape[0] / 2)))
            return _png(img)
    return None


def _cell_factor(scene: SceneGraph, layout: Layout, sid: str) -> float:
    """How much a cell's organelle is enlarged: ×3, or more where ×3 would still lie within its size law — a
    small organelle in a large cell. The law (solvers/cell.yaml ``sizes``) bounds the organelle's width to
    ``ratio[1]`` of its reference's, which the verifier reads with a slack for measurement error
    (``domains.cell.size_ratio_top``); the enlarged organelle is made 1.25 × that bound, so it always breaks the
    law by more than the verifier forgives."""
    from ..domains.cell import _nearest, _parents as cell_parents, size_ratio_top
    from ..registry import get_domain
    e = scene.entity(sid)
    law = get_domain("cell").law_data()["sizes"].get(e.kind) or {}
    if not law.get("ref") or "ratio" not in law:
        return 3.0
    ref = _nearest(sid, law["ref"], cell_parents(scene), scene)    # the reference the verifier measures against
    if ref is None:
        return 3.0
    ob, rb = layout.shape(sid).box, layout.shape(ref).box
    ref_w = rb[2] - rb[0]
    # as the verifier measures it: a kind nesy draws turned (cell_scatter) by its length (at most the box's
    # diagonal) with 4 px of slack, any other by its width with 16
    turned = e.kind in set((get_domain("cell").style().get("scatter") or {}).get("turn", []))
    own = float(np.hypot(ob[2] - ob[0], ob[3] - ob[1])) if turned else ob[2] - ob[0]
    if own <= 0 or ref_w <= 0:
        return 3.0
    return max(3.0, 1.25 * size_ratio_top(float(law["ratio"][1]), ref_w, turned) * ref_w / own)


def _merge(img: np.ndarray, scene: SceneGraph, layout: Layout, cands: list[str]) -> bytes | None:
    dom = scene.domain
    if dom == "sets":
        sets_ = [e.id for e in scene.entities if e.kind == "set" and e.id in {s.id for s in layout.shapes}]
        if len(sets_) < 2:
            return None
        a, b = sets_[0], sets_[1]
        for r in scene.relations:  # prefer two related outlines
            if r.source in sets_ and r.target in sets_:
                a, b = r.target, r.source
                break
        ma = _object_mask(img, layout, dom, scene, a)
        mb = _object_mask(img, layout, dom, scene, b)
        if ma is None or mb is None:
            return None
        img[mb] = img[ma][0]
        return _png(img)
    # two objects of one kind (and, in a cell, one container) pushed into each other
    par = _parents(scene)
    group: dict[tuple, list[str]] = {}
    for sid in cands:
        if dom == "crystal":
            key = (sid.rsplit("_", 1)[0],)
        else:
            e = scene.entity(sid)
            key = (e.kind, par.get(sid))
        group.setdefault(key, []).append(sid)
    for key, ids in group.items():
        if len(ids) < 2:
            continue
        best = None
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                ba, bb = layout.shape(ids[i]).box, layout.shape(ids[j]).box
                d = ((ba[0] + ba[2] - bb[0] - bb[2]) ** 2 + (ba[1] + ba[3] - bb[1] - bb[3]) ** 2) ** 0.5
                if best is None or d < best[0]:
                    best = (d, ids[i], ids[j])
        _, a, b = best
        ma = _object_mask(img, layout, dom, scene, a)
        mb = _object_mask(img, layout, dom, scene, b)
        if ma is None or mb is None:
            continue
        pa, _, ax, ay = _crop(img, ma)
        pb, pmb, bx, by = _crop(img, mb)
        _erase(img, mb)
        wa = pa.shape[1]
        _paste(img, pb, pmb, ax + int(wa * 0.4), ay + (pa.shape[0] - pmb.shape[0]) // 2)
        return _png(img)
    return None
