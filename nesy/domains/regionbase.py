"""Shared machinery of the region domains (cells, sets): parse → solve → shapes → pixel verify.

A region domain only supplies data (grammar, law set, style) and a few hooks: the colour of each
entity and which domain laws to check. The verifier reads the image alone: ``nesy.see.classify``
gives each pixel the entity colour it shows (exactly on nesy's crisp PNG; through blur, JPEG, resizing
and colour shifts on other copies), every entity is recovered from its outline/fill class, matched to
the scene graph by kind and containment, and every constraint is checked on what it sees.
"""
from __future__ import annotations

import io
import time
from typing import Any

from ..errors import InputError
from ..parse.grammar import parse_text
from ..render.svg import hex_rgb, render_layout
from ..resources import load_yaml
from ..solve.laws import LAWS
from ..solve.regions import RegionRules, RegionSolution, solve_regions
from ..types import Check, Label, Layout, Rendering, SceneGraph, Shape, Verdict, _freeze

__all__ = ["RegionDomain", "Observed", "read_png", "figure_area", "legend_scale", "MAX_IMAGE_SIDE", "MAX_IMAGE_PIXELS"]


# The largest image any verifier reads. nesy's own figures stay far below it (the widest, a long
# series circuit, is under 20 000 × 300 px; most are about 1 000 px a side), so a real figure, even
# upscaled a few times, fits; a bigger one is refused from its header, before a byte is decoded.
MAX_IMAGE_SIDE = 32_768         # px, either side
MAX_IMAGE_PIXELS = 40_000_000   # px, width × height (≈ 120 MB as RGB)
IMAGE_FORMATS = ("PNG", "JPEG", "GIF", "BMP", "TIFF", "WEBP")


def _png_header_size(png: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG's IHDR chunk, or None when the bytes do not start like a PNG."""
    if len(png) >= 24 and png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR":
        return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    return None


def _check_size(w: int, h: int) -> None:
    if w <= 0 or h <= 0:
        raise InputError(f"image is {w}×{h} px: it has no pixels to verify")
    if w > MAX_IMAGE_SIDE or h > MAX_IMAGE_SIDE or w * h > MAX_IMAGE_PIXELS:
        raise InputError(f"image is {w}×{h} px ({w * h:,} pixels); nesy verifies images of at most "
                         f"{MAX_IMAGE_SIDE} px a side and {MAX_IMAGE_PIXELS:,} pixels")


def read_png(png: bytes, dark_page: str = "invert"):
    """Image bytes (PNG, JPEG, GIF, BMP, TIFF or WebP) → (H, W, 3) uint8 RGB array, as a person sees it.

    ``dark_page``: "invert" (the default, every drawn science) reads a figure drawn light on a dark page
    (a dark theme, a chalkboard, a blueprint) as its negative in lightness, hue kept (``light_page``), so
    the readers, which look for marks darker than the page, see its lines; "keep" (microscopy, whose
    fluorescence fields are dark by nature) returns the pixels as they are.

    The one image reader of every verifier. The size is read from the header and checked against
    MAX_IMAGE_SIDE / MAX_IMAGE_PIXELS before anything is decoded; transparency is composited over the
    page's background colour (a fully transparent image shows an empty page); palette, greyscale,
    16-bit, CMYK and animated images (first frame) are converted. Anything that cannot be read raises
    InputError naming what was wrong — never another exception.
    """
    import warnings

    import numpy as np
    from PIL import Image
    if not isinstance(png, (bytes, bytearray, memoryview)):
        raise InputError(f"image must be bytes, got {type(png).__name__}")
    png = bytes(png)
    if not png:
        raise InputError("image is empty (0 bytes)")
    hdr = _png_header_size(png)
    if hdr is not None:
        _check_size(*hdr)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # sized below, before decoding
            img = Image.open(io.BytesIO(png), formats=IMAGE_FORMATS)
            _check_size(*img.size)
            img.seek(0)
            img.load()
            rgb = _to_rgb(img)
    except InputError:
        raise
    except Image.DecompressionBombError as e:
        raise InputError(f"image is too large to verify ({e}); nesy verifies images of at most "
                         f"{MAX_IMAGE_SIDE} px a side and {MAX_IMAGE_PIXELS:,} pixels") from None
    except Image.UnidentifiedImageError:
        raise InputError(f"image is not a {', '.join(IMAGE_FORMATS[:-1])} or {IMAGE_FORMATS[-1]} file "
                         f"(it starts with {png[:16]!r})") from None
    except Exception as e:  # noqa: BLE001 — any decoder failure is a bad input file, said as one
        what = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
        raise InputError(f"image could not be decoded as {'/'.join(IMAGE_FORMATS)}: {what}") from None
    if dark_page == "invert":
        rgb = light_page(rgb)
    elif dark_page != "keep":
        raise ValueError(f"dark_page must be 'invert' or 'keep', got {dark_page!r}")
    return rgb


DARK_PAGE = 100   # 0–255: a page (the most common luminance) darker than this is a dark page


def light_page(rgb):
    """A figure on a dark page (its most common luminance < DARK_PAGE) → its lightness negative with each
    pixel's hue and saturation kept: every channel is shifted by 255 − max − min, so black ↔ white,
    a dark blue page turns light blue and a pure colour (lightness ½) stays as it is. Any other image is
    returned unchanged (the same array), so nesy's own figures, drawn on white, keep their exact colours."""
    import numpy as np
    lum = (rgb[::4, ::4, :3].astype(np.int32) @ np.array([299, 587, 114])) // 1000   # every 16th pixel
    if not lum.size or int(np.argmax(np.bincount(lum.ravel(), minlength=256))) >= DARK_PAGE:
        return rgb
    a = rgb[..., :3].astype(np.int16)
    shift = 255 - a.max(axis=2, keepdims=True) - a.min(axis=2, keepdims=True)
    return np.clip(a + shift, 0, 255).astype(np.uint8)


def _to_rgb(img):
    """A loaded PIL image → (H, W, 3) uint8, alpha composited over the style's background colour."""
    import numpy as np
    mode = img.mode
    if mode == "F":
        raise InputError("image has floating-point pixels (mode 'F'); give an 8- or 16-bit image")
    if mode.startswith("I"):  # 16-bit greyscale ('I;16', or 'I' from a 16-bit PNG): scale, do not clip
        grey = np.asarray(img).astype(np.int64)
        top = 65535 if mode.startswith("I;16") or grey.max(initial=0) > 255 else 255
        grey = ((np.clip(grey, 0, top) * 255 + top // 2) // top).astype(np.uint8)
        return np.repeat(grey[:, :, None], 3, axis=2)
    if not img.has_transparency_data:
        return np.asarray(img.convert("RGB"))
    rgba = np.asarray(img.convert("RGBA"))
    rgb = np.empty(rgba.shape[:2] + (3,), np.uint8)
    bg = np.array(hex_rgb(load_yaml("layout", "style.yaml")["background"]), dtype=np.uint16)
    for y in range(0, rgba.shape[0], 256):  # in bands of rows: uint16 temporaries stay small on a 40 MP image
        band = rgba[y: y + 256]
        a = band[..., 3:4].astype(np.uint16)
        rgb[y: y + 256] = (band[..., :3] * a + bg * (255 - a) + 127) // 255   # ≤ 65 152: fits uint16
    return rgb


def figure_area(rgb):
    """Crop off the legend panel: it starts at the first full-height column of the frame colour after the
    image's first column."""
    import numpy as np
    hexframe = load_yaml("layout", "style.yaml")["frame"]
    frame = np.array(hex_rgb(hexframe), dtype=np.uint8)
    full = (rgb == frame).all(axis=2).all(axis=0)
    cols = np.flatnonzero(full)
    if not len(cols):
        # not crisp (blurred, JPEG, resized): the separator is found by colour distance (nesy.see)
        from ..see import frame_column
        c = frame_column(rgb, hexframe)
        cols = np.array([c] if c is not None else [], int)
    # a column of the frame colour at the image's left edge is no separator (nothing would lie left of it): a
    # photographed page's dark border, another tool's frame — the figure is read whole (held-out set 5's phone
    # photo of a Venn diagram was refused as "no figure" here)
    cols = cols[cols > 0]
    return rgb[:, : cols[0]] if len(cols) else rgb


def legend_scale(rgb, legend: list[tuple[str, str]]) -> float:
    """Image px per canvas px, from the legend panel: nesy draws it ``legend_width`` px wide (wider for a
    long entry, as ``RegionDomain.to_layout`` sizes it) right of the frame line; a resized image keeps
    the ratio. 1.0 when the image has no legend (or its separator is not found)."""
    import numpy as np
    if not legend:
        return 1.0
    st = load_yaml("layout", "style.yaml")
    frame = np.array(hex_rgb(st["frame"]), dtype=np.uint8)
    cols = np.flatnonzero((rgb == frame).all(axis=2).all(axis=0))
    if len(cols):
        col = int(cols[0])
    else:
        from ..see import frame_column
        col = frame_column(rgb, st["frame"])
        if col is None or col == 0:
            return 1.0
    longest = max(len(t) for t, _ in legend)
    width = max(st["legend_width"], int(50 + longest * 13 * st["char_width"]))
    # the frame line sits at fig_w + 0.5 and the legend runs to the canvas edge: W − fig_w px
    return max((rgb.shape[1] - col) / width, 1e-3)


def packed(rgb):
    import numpy as np
    return (rgb[..., 0].astype(np.int32) << 16) | (rgb[..., 1].astype(np.int32) << 8) | rgb[..., 2]


def code(hexcol: str) -> int:
    r, g, b = hex_rgb(hexcol)
    return (r << 16) | (g << 8) | b


def text_ink(rgb):
    """(H, W) float32 darkness (0–255) of the grey pixels only: black label text antialiased on the
    page. Coloured pixels (every shape colour nesy draws is non-grey) count as no ink."""
    import numpy as np
    a = rgb.astype(np.int16)
    grey = (a.max(axis=2) - a.min(axis=2)) < 24
    return np.where(grey, 255.0 - a.mean(axis=2), 0.0).astype(np.float32)


def _text_template(text: str, size: float, anchor: str, fx: float, fy: float, math: bool = False):
    """The ink of ``text`` as nesy draws it (same font, same rasteriser, same sub-pixel phase), cropped
    to its ink with ``pad`` px of blank around it, and the crop's top-left relative to the anchor point.
    ``math``: an equation label, drawn as ``Label.math`` draws it (its symbols italic)."""
    import numpy as np
    from PIL import Image
    from ..render.typography import text_markup
    from ..render.svg import svg_to_png
    st = load_yaml("layout", "style.yaml")
    W, H = int(size * 0.9 * len(text)) + 40, int(size * 2.5) + 8
    ax = {"start": 12, "middle": W // 2, "end": W - 12}.get(anchor, W // 2) + fx
    by = int(size * 1.6) + 4 + fy
    slant, content = text_markup(text, False, math)
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="{st["font_family"]}">'
           f'<rect width="{W}" height="{H}" fill="#ffffff"/><text x="{ax:.2f}" y="{by:.2f}" font-size="{size:g}" '
           f'text-anchor="{anchor}" fill="#000000"{slant}>{content}</text></svg>')
    ink = text_ink(np.asarray(Image.open(io.BytesIO(svg_to_png(svg))).convert("RGB")))
    ys, xs = np.nonzero(ink > 0)
    if not len(xs):
        return None
    pad = 4
    y0, y1, x0, x1 = max(ys.min() - pad, 0), min(ys.max() + 1 + pad, H), max(xs.min() - pad, 0), min(xs.max() + 1 + pad, W)
    return ink[y0:y1, x0:x1], x0 - ax, y0 - by


_TEMPLATES: dict[tuple, Any] = {}


def text_mismatch(ink, text: str, size: float, x: float, y: float, anchor: str = "middle",
                  search: int = 4, blur: float = 0.0, math: bool = False) -> float:
    """How far the pixels around anchor (x, baseline y) in px are from ``text`` drawn there at ``size`` px:
    the smallest, over integer shifts of up to ``search`` px, L1 difference of ink divided by the text's
    own ink. 0.0 is the very text; one character changed is ≳ 0.1; extra ink within 4 px of the text
    (a longer label) counts too. ``ink`` is ``text_ink`` of the image. An empty text gives 0.0."""
    import numpy as np
    key = (text, float(size), anchor, round(x % 1, 2), round(y % 1, 2), bool(math))
    if key not in _TEMPLATES:
        if len(_TEMPLATES) > 4096:
            _TEMPLATES.clear()
        _TEMPLATES[key] = _text_template(text, size, anchor, key[3], key[4], math)
    tpl = _TEMPLATES[key]
    if tpl is None:
        return 0.0
    t, dx, dy = tpl
    h, w = t.shape
    H, W = ink.shape
    if blur > 0:  # a degraded copy: compare both at one known blur (``blur`` px), not at the copy's own
        from scipy import ndimage as ndi
        t = ndi.gaussian_filter(t, blur, mode="constant")
    total = max(float(t.sum()), 1.0)
    bx, by = int(np.floor(x + dx + 0.5)), int(np.floor(y + dy + 0.5))
    # the search area, zero-filled outside the image
    area = np.zeros((h + 2 * search, w + 2 * search), np.float32)
    ya, xa = by - search, bx - search
    sy0, sx0, sy1, sx1 = max(ya, 0), max(xa, 0), min(ya + area.shape[0], H), min(xa + area.shape[1], W)
    if sy0 < sy1 and sx0 < sx1:
        area[sy0 - ya: sy1 - ya, sx0 - xa: sx1 - xa] = ink[sy0:sy1, sx0:sx1]
    if blur > 0:
        from scipy import ndimage as ndi
        area = ndi.gaussian_filter(area, blur, mode="constant")
    best = np.inf
    for oy in range(2 * search + 1):
        for ox in range(2 * search + 1):
            best = min(best, float(np.abs(area[oy: oy + h, ox: ox + w] - t).sum()))
    return best / total


class Observed:
    """One object seen in the image: its filled region (a boolean crop) and bounding box (px)."""

    __slots__ = ("mask", "x0", "y0", "x1", "y1", "area")

    def __init__(self, mask, x0: int, y0: int):
        import numpy as np
        ys, xs = np.nonzero(mask)
        self.mask = mask
        self.x0, self.y0 = x0 + int(xs.min()), y0 + int(ys.min())
        self.x1, self.y1 = x0 + int(xs.max()) + 1, y0 + int(ys.max()) + 1
        self.area = int(len(xs))
        self.mask = mask[ys.min(): ys.max() + 1, xs.min(): xs.max() + 1]

    def overlap(self, other: "Observed") -> int:
        """Pixels the two filled regions share."""
        ax0, ay0 = max(self.x0, other.x0), max(self.y0, other.y0)
        ax1, ay1 = min(self.x1, other.x1), min(self.y1, other.y1)
        if ax0 >= ax1 or ay0 >= ay1:
            return 0
        a = self.mask[ay0 - self.y0: ay1 - self.y0, ax0 - self.x0: ax1 - self.x0]
        b = other.mask[ay0 - other.y0: ay1 - other.y0, ax0 - other.x0: ax1 - other.x0]
        return int((a & b).sum())

    def inside_fraction(self, other: "Observed") -> float:
        return self.overlap(other) / max(self.area, 1)


def components(mask, close: int = 0) -> list[Observed]:
    """Filled connected regions of a boolean mask (holes filled; ``close`` bridges small gaps)."""
    import numpy as np
    from scipy import ndimage as ndi
    if close:
        mask = ndi.binary_closing(np.pad(mask, close + 1), iterations=close)[close + 1:-close - 1, close + 1:-close - 1]
    lab, n = ndi.label(mask, structure=np.ones((3, 3), bool))
    out = []
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        m = ndi.binary_fill_holes(np.pad(lab[sl] == k, 1))[1:-1, 1:-1]
        out.append(Observed(m, sl[1].start, sl[0].start))
    return out


def label_box(lb: Label):
    """The box a label's text covers (px), from the style's average glyph advance."""
    from shapely.geometry import box
    cw = load_yaml("layout", "style.yaml")["char_width"]
    w = len(lb.text) * lb.size * cw
    x0 = lb.x - (w if lb.anchor == "end" else w / 2 if lb.anchor == "middle" else 0)
    return box(x0, lb.y - lb.size * 0.8, x0 + w, lb.y + lb.size * 0.25)


def label_collisions(shapes: list[Shape], labels: list[Label]) -> int:
    """Labels that touch another label or cross any drawn outline (a legibility law)."""
    boxes = [label_box(lb) for lb in labels]
    outlines = [s.geometry(32).boundary for s in shapes if s.kind not in ("point", "line")]
    dots = [s.geometry().buffer(s.stroke_width) for s in shapes if s.kind == "point"]
    bad = 0
    for i, b in enumerate(boxes):
        if any(b.intersects(o) for o in outlines) or any(b.intersects(d) for d in dots) or \
                any(b.intersects(boxes[j]) for j in range(i)):
            bad += 1
    return bad


def _natkey(s: str):
    import re
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"(\d+)", s) if p)


class RegionDomain:
    """Base of a region domain. Subclasses set ``key``/``name`` and implement the colour hooks."""

    key = ""
    name = ""
    legend_panel = True

    # ---- data
    def law_data(self) -> dict[str, Any]:
        return load_yaml("solvers", f"{self.key}.yaml")

    def style(self) -> dict[str, Any]:
        return load_yaml("layout", f"{self.key}.yaml")

    def rules(self, scene: SceneGraph) -> RegionRules:
        raise NotImplementedError

    # ---- parse
    def score(self, text: str) -> float:
        g = load_yaml("grammars", f"{self.key}/grammar.yaml")
        words = set(w.lower() for w in g.get("keywords", []))
        import re
        toks = re.findall(r"[A-Za-z]+", text.lower())
        return float(sum(1 for t in toks if t in words))

    def parse(self, text: str, *, allow_unknown: bool = False) -> SceneGraph:
        return parse_text(text, self.key, allow_unknown=allow_unknown)

    # ---- solve
    def solve(self, scene: SceneGraph, *, seed: int = 0, attempt: int = 0, feedback: Verdict | None = None,
              timeout_s: float = 20.0, margin_growth: float = 0.5) -> Layout:
        if not scene.entities:
            raise InputError("the text names nothing to draw (no entity of the "
                             f"{self.key} vocabulary was found)")
        sol = solve_regions(scene, self.rules(scene), seed=seed, attempt=attempt, timeout_s=timeout_s,
                            margin_scale=1.0 + margin_growth * attempt)
        return self.to_layout(scene, sol)

    def shapes_for(self, scene: SceneGraph, sol: RegionSolution) -> tuple[list[Shape], list[Label]]:
        raise NotImplementedError

    def legend_for(self, scene: SceneGraph) -> list[tuple[str, str]]:
        return []

    def to_layout(self, scene: SceneGraph, sol: RegionSolution) -> Layout:
        shapes, labels = self.shapes_for(scene, sol)
        fig_w = int(round(sol.width + 24))
        H = int(round(sol.height + 24))
        legend = self.legend_for(scene)
        st = load_yaml("layout", "style.yaml")
        longest = max((len(t) for t, _ in legend), default=0)
        W = fig_w + (max(st["legend_width"], int(50 + longest * 13 * st["char_width"])) if legend else 0)
        H = max(H, 30 + 22 * len(legend))
        stats = dict(sol.stats)
        stats["numeric_violations"] = self.numeric_violations(scene, shapes)
        stats["label_collisions"] = label_collisions(shapes, labels)
        return Layout(self.key, W, H, tuple(shapes), tuple(labels), tuple(legend),
                      tuple(sorted(stats.items())), _freeze({"figure_width": fig_w}))

    def numeric_violations(self, scene: SceneGraph, shapes: list[Shape]) -> int:
        """Count stated relations that fail their numeric (shapely) face on the solved outlines."""
        geo = {s.id: s.geometry(32) for s in shapes}
        bad = 0
        for r in scene.relations:
            if r.source not in geo or r.target not in geo:
                continue
            a, b = geo[r.source], geo[r.target]
            if r.kind in ("inside", "element_of"):
                ok = b.contains(a)
            elif r.kind == "outside":
                ok = a.distance(b) > 0
            elif r.kind == "overlaps":
                ok = LAWS["overlaps"].check(a, b)[0]
            elif r.kind == "left_of":
                ok = LAWS["left_of"].check(a, b, gap=0.5)[0]
            elif r.kind == "above":
                ok = LAWS["above"].check(a, b, gap=0.5)[0]
            elif r.kind == "larger":
                ok = LAWS["larger"].check(a, b, ratio=1.2)[0]
            else:
                continue
            bad += 0 if ok else 1
        return bad

    # ---- render
    def render(self, layout: Layout, scene: SceneGraph, *, controls: bool = True) -> Rendering:
        return render_layout(layout, controls=controls)

    def artifacts(self, layout: Layout, scene: SceneGraph) -> dict[str, bytes]:
        return {}

    # ---- verify
    def observe(self, png: bytes, scene: SceneGraph) -> dict[str, Observed | None]:
        """Entity id → the object seen for it (None when it is not found)."""
        raise NotImplementedError

    def domain_checks(self, scene: SceneGraph, seen: dict[str, Observed | None]) -> list[Check]:
        return []

    def interchangeable(self, scene: SceneGraph) -> list[list[str]]:
        """Groups of entities the image cannot tell apart (same kind, same container)."""
        return []

    def _relation_check(self, r, seen: dict[str, Observed | None], m: dict) -> Check:
        a, b = seen.get(r.source), seen.get(r.target)
        phrase = r.span.text if r.span else f"law: {r.kind}"
        if a is None or b is None:
            return Check(r.kind, (r.source, r.target), "not found", "both visible", "-", False, phrase)
        return self.check_relation(r.kind, r.source, r.target, a, b, m, phrase)

    def verify(self, png: bytes, scene: SceneGraph) -> Verdict:
        seen = self.observe(png, scene)
        m = self.law_data().get("margins", {})
        rels = list(scene.relations)
        rel = [self._relation_check(r, seen, m) for r in rels]
        # objects of one kind in one container look alike: the figure passes when *some* matching of
        # them to the scene's entities satisfies the relations, so improve the first matching by swaps
        # (only relations that touch a swapped pair are re-checked)
        touching: dict[str, list[int]] = {}
        for k, r in enumerate(rels):
            touching.setdefault(r.source, []).append(k)
            touching.setdefault(r.target, []).append(k)
        groups = [g for g in self.interchangeable(scene) if len(g) > 1]
        budget = 2000
        improved = True
        while improved and budget > 0 and any(not c.passed for c in rel):
            improved = False
            for g in groups:
                if not any(not rel[k].passed for e in g for k in touching.get(e, ())):
                    continue
                for x in range(len(g)):
                    for y in range(x + 1, len(g)):
                        budget -= 1
                        if budget <= 0:
                            break
                        u, v = g[x], g[y]
                        ks = sorted(set(touching.get(u, ())) | set(touching.get(v, ())))
                        before = sum(not rel[k].passed for k in ks)
                        if not before:
                            continue
                        seen[u], seen[v] = seen[v], seen[u]
                        trial = {k: self._relation_check(rels[k], seen, m) for k in ks}
                        if sum(not c.passed for c in trial.values()) < before:
                            for k, c in trial.items():
                                rel[k] = c
                            improved = True
                        else:
                            seen[u], seen[v] = seen[v], seen[u]
        checks: list[Check] = []
        for e in scene.entities:
            o = seen.get(e.id)
            checks.append(Check("visible", (e.id,), o is not None, True, "exactly one object", o is not None,
                                e.span.text if e.span else ""))
        checks.extend(rel)
        checks.extend(self.domain_checks(scene, seen))
        return Verdict(tuple(checks), 1)

    def _relation_checks(self, scene: SceneGraph, seen: dict[str, Observed | None]) -> list[Check]:
        m = self.law_data().get("margins", {})
        return [self._relation_check(r, seen, m) for r in scene.relations]

    @staticmethod
    def check_relation(kind: str, sa: str, sb: str, a: Observed, b: Observed, m: dict, phrase: str) -> Check:
        if kind in ("inside", "element_of"):
            f = a.inside_fraction(b)
            return Check(kind, (sa, sb), round(f, 4), 1.0, 0.01, f >= 0.99, phrase)
        if kind == "outside":
            ov = a.overlap(b)
            return Check(kind, (sa, sb), ov, 0, 0, ov == 0, phrase)
        if kind == "overlaps":
            ov = a.overlap(b)
            ok = ov > 0 and a.inside_fraction(b) < 0.99 and b.inside_fraction(a) < 0.99
            return Check(kind, (sa, sb), ov, ">0 and partial", 0, ok, phrase)
        if kind == "left_of":
            d = b.x0 - a.x1
            return Check(kind, (sa, sb), d, ">=0 px", 0, d >= 0, phrase)
        if kind == "above":
            d = b.y0 - a.y1
            return Check(kind, (sa, sb), d, ">=0 px", 0, d >= 0, phrase)
        if kind == "larger":
            r = min((a.x1 - a.x0) / max(b.x1 - b.x0, 1), (a.y1 - a.y0) / max(b.y1 - b.y0, 1))
            return Check(kind, (sa, sb), round(r, 3), ">=1.25", 0.05, r >= 1.2, phrase)
        if kind == "adjacent":
            gx = max(b.x0 - a.x1, a.x0 - b.x1, 0)
            gy = max(b.y0 - a.y1, a.y0 - b.y1, 0)
            d = max(gx, gy)
            amax = m.get("adjacent_max", 14) * 2.5
            ok = d <= amax and a.overlap(b) == 0
            return Check(kind, (sa, sb), d, f"<= {amax} px apart, not overlapping", 1, ok, phrase)
        return Check(kind, (sa, sb), "unchecked", "-", "-", False, phrase)


def timed(fn):
    def wrap(*a, **k):
        t = time.perf_counter()
        out = fn(*a, **k)
        return out, time.perf_counter() - t
    return wrap
