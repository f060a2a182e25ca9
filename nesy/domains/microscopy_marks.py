"""Microscopy: the marks a journal asks of every micrograph (issue 12) — a scale bar and the stain's name.

J. Cell Biology's and Nature Portfolio's figure instructions ask for a scale bar in every micrograph (its length
written) and for each channel or stain to be named; the pixel size behind the bar is the camera pixel over the
total magnification (Pawley (ed.), *Handbook of Biological Confocal Microscopy*, 3rd ed., ch. 4). Style, sizes
and sources: ``layout/microscopy.yaml`` ``figure_marks``.

``plan(scene)`` decides, from the scene alone (the verifier re-derives it without the layout), what is drawn
and where:

- the **scale bar**, bottom right (bottom left when the text puts nuclei bottom right): a requested length
  ("with a 10 µm scale bar"), else the round length (1, 2, 2.5, 5 × 10ᵏ µm) nearest 20 % of the width within
  15–25 %; its pixel length = µm / pixel size. The pixel size is the stated one ("0.65 µm per pixel"), else
  the camera pixel over a stated magnification ("at 40x", camera pixel assumed), else the one a stated nucleus
  diameter implies, else the one that makes the fitted median nucleus ``assumed_nucleus_um`` across. Whenever
  the pixel size is not stated outright the label says "(assumed)" and caption.txt says what was assumed.
- the **channel label**, top left (top right when nuclei are asked top left): the stain or fluorophore the text
  names ("DAPI", "Hoechst 33342", "GFP"); nothing when it names none.

``burn`` draws them into the painted (or diffusion) image — rasterised by resvg from the same SVG fragment that
figure.svg carries, so PNG, SVG and PDF show the same marks — white on a dark field, black on a bright one.
``keep_out`` gives the boxes the layout keeps nuclei and cells out of; ``blank`` fills the marks' boxes
before the verifier segments nuclei (a mark is never counted as a nucleus); ``checks`` measures the bar's
length from the pixels against µm / pixel size and reads both labels back (OCR) where a reader is installed.
Both marks are off when the style says so (training data: the image is the field alone).
"""
from __future__ import annotations

import contextlib
import contextvars
import functools
import math
import re
from typing import Any, Iterator

import numpy as np

from ..resources import data_dir, load_yaml
from ..types import Check, SceneGraph

__all__ = ["style", "enabled", "marks_off", "stain_name", "magnification", "pixel_size", "plan", "keep_out",
           "svg_fragment", "burn", "blank", "present", "checks", "assumed_lines"]

_OFF: contextvars.ContextVar[bool] = contextvars.ContextVar("nesy_micro_marks_off", default=False)


def style() -> dict[str, Any]:
    return load_yaml("layout", "microscopy.yaml")["figure_marks"]


def enabled(which: str) -> bool:
    """Whether the style draws ``which`` ("scale_bar", "channel_label") now."""
    return not _OFF.get() and bool(style().get(which, False))


@contextlib.contextmanager
def marks_off() -> Iterator[None]:
    """No marks inside the block, whatever the style says (training data: ``nesy.micro.synth``)."""
    tok = _OFF.set(True)
    try:
        yield
    finally:
        _OFF.reset(tok)


# ---------------------------------------------------------------------------------------------- reading

_CAT = re.compile(r"\s*[-\s]?(\d{3,6})\b")


def stain_name(phrase: str) -> str | None:
    """The display name of the stain a phrase names ("DAPI-stained" → "DAPI", "Hoechst 33342" → "Hoechst
    33342", "H2B-GFP" → "H2B-GFP"); None for a generic word ("fluorescence", "nuclear marker")."""
    st = style()
    p = " ".join(phrase.lower().replace("–", "-").split())
    p = re.sub(r"[\s-]*(?:stained|staining|stain|dye|channel|labell?ed|counterstained)$", "", p).strip(" -")
    if not p or p in {str(g).lower() for g in st["generic"]}:
        return None
    names = {str(k).lower(): str(v) for k, v in st["names"].items()}
    m = _CAT.search(p)
    num = m.group(1) if m else ""
    base = p[:m.start()].strip(" -") if m else p
    if base in names:
        return names[base] + (f" {num}" if num else "")
    if p in names:
        return names[p]
    return None


_MAG_RX = re.compile(r"(\d{1,3}(?:\.\d+)?)\s?[×xX]")


def magnification(text: str) -> float | None:
    """The magnification a phrase read as imaging ("at 40x", "a 63× oil objective") states, or None."""
    m = _MAG_RX.search(text)
    v = float(m.group(1)) if m else 0.0
    return v if 1.0 <= v <= 250.0 else None


def _fitted_p50() -> float:
    return float(load_yaml("solvers", "microscopy_fitted.yaml")["nuclei"]["diameter_px"]["p2_5_p50_p97_5"][1])


def pixel_size(scene: SceneGraph) -> tuple[float, str | None]:
    """(µm per px of the figure, what was assumed — None when the text states the pixel size)."""
    im = scene.attr("imaging") or {}
    st = style()
    if im.get("pixel_size"):
        return float(im["pixel_size"]["value"]), None
    mag = (scene.attr("figure") or {}).get("magnification")
    if mag:
        cam = float(st["camera_pixel_um"])
        return cam / float(mag["value"]), (f"the pixel size {cam / float(mag['value']):.4g} µm is the stated "
                                           f"'{mag['span']['text']}' with a {cam:g} µm camera pixel (assumed)")
    d = im.get("diameter") or {}
    if d.get("um_per_px"):
        return float(d["um_per_px"]), "it rests on the scale assumed for the stated nucleus diameter"
    from .microscopy import scale_of
    f = scale_of(scene)
    um = float(st["assumed_nucleus_um"])
    s = um / (_fitted_p50() * f)
    return s, (f"no pixel size is stated: {s:.3g} µm per px (the median nucleus, {_fitted_p50() * f:.0f} px, "
               f"taken as {um:g} µm across); the scale bar's length rests on it")


# ---------------------------------------------------------------------------------------------- planning


@functools.lru_cache(maxsize=16)
def _font(px: int):
    from PIL import ImageFont
    return ImageFont.truetype(str(data_dir("layout") / "fonts" / "DejaVuSans.ttf"), px)


def _text_w(text: str, px: int) -> float:
    return float(_font(px).getlength(text))


def _round_length(um_w: float, lo: float, hi: float, target: float) -> float:
    cands = [m * 10.0 ** k for k in range(-3, 5) for m in (1, 2, 2.5, 5)]
    ok = [c for c in cands if lo <= c / um_w <= hi] or cands
    return min(ok, key=lambda c: abs(math.log(c / um_w / target)))


def _fmt(um: float) -> str:
    return f"{um:g} µm"


def _used_regions(scene: SceneGraph) -> set[str]:
    regs = {e.id: e.name for e in scene.entities if e.kind == "region"}
    return {regs[r.target] for r in scene.relations if r.kind == "at" and r.target in regs}


def plan(scene: SceneGraph) -> dict[str, Any] | None:
    """What marks the figure of ``scene`` carries and where (px, y down), or None for none. Raises
    ``UnsupportedError`` for a requested bar that does not fit the field."""
    from ..errors import UnsupportedError
    st = style()
    fig = scene.attr("figure") or {}
    f = scene.attr("field") or {}
    W, H = int(f.get("width", 256)), int(f.get("height", 256))
    out: dict[str, Any] = {}
    fs = int(min(28, max(9, round(float(st["font"]) * H))))
    m = int(max(6, round(float(st["margin"]) * W)))
    used = _used_regions(scene)
    if enabled("scale_bar"):
        um_px, assumed = pixel_size(scene)
        req = fig.get("scale_bar")
        val = (req or {}).get("value") or {}
        if val.get("unit") == "px":
            L, um, assumed = float(val["length"]), None, assumed
            text = f"{val['length']:g} px"
            assumed = None
        elif val.get("um"):
            um = float(val["um"])
            L = um / um_px
            text = _fmt(um)
        else:
            lo, hi = (float(v) for v in st["bar_fraction"])
            um = _round_length(um_px * W, lo, hi, float(st["bar_target"]))
            L = um / um_px
            text = _fmt(um)
        Lpx = int(round(L))
        if req and (Lpx > float(st["bar_max_fraction"]) * W or Lpx < 3):
            raise UnsupportedError(f"'{req['span']['text']}' at {req['span']['start']}-{req['span']['end']}: the bar "
                                   f"would be {L:.0f} px at {um_px:.3g} µm per px in a {W} px wide field; nesy draws "
                                   f"3–{float(st['bar_max_fraction']) * W:.0f} px: ask for another length or pixel size")
        if assumed and um is not None:
            # the label says the scale is assumed; in a field too narrow for the words, an asterisk that
            # caption.txt explains
            text += " (assumed)" if _text_w(text + " (assumed)", fs) <= 0.6 * W else "*"
        t = int(max(3, round(float(st["bar_thickness"]) * H)))
        left = "bottom_right" in used and "bottom_left" not in used
        x0 = m if left else W - m - Lpx
        y1 = H - m
        tw = _text_w(text, fs)
        cx = x0 + Lpx / 2
        tx = min(max(cx - tw / 2, m), W - m - tw)
        ty = y1 - t - int(st["label_gap_px"]) - math.ceil(0.24 * fs)   # the label's baseline: descenders clear the bar
        out["scale_bar"] = {"um": um, "px": Lpx, "um_per_px": round(um_px, 6), "assumed": assumed,
                            "span": req.get("span") if req else None, "requested": bool(req),
                            "bar": [x0, y1 - t, x0 + Lpx, y1], "text": text, "font_px": fs,
                            "text_xy": [round(tx, 2), ty], "text_box": [math.floor(tx), ty - math.ceil(0.95 * fs),
                                                                        math.ceil(tx + tw), ty + math.ceil(0.25 * fs)],
                            "corner": "bottom_left" if left else "bottom_right"}
    names = [s["name"] for s in fig.get("stains", [])]
    if enabled("channel_label") and names:
        text = names[0]
        right = "top_left" in used and "top_right" not in used
        tw = _text_w(text, fs)
        tx = W - m - tw if right else m
        ty = m + math.ceil(0.8 * fs)
        out["channel"] = {"text": text, "font_px": fs, "text_xy": [round(tx, 2), ty],
                          "text_box": [math.floor(tx), ty - math.ceil(0.95 * fs), math.ceil(tx + tw),
                                       ty + math.ceil(0.25 * fs)],
                          "corner": "top_right" if right else "top_left",
                          "rgb": list(((scene.attr("imaging") or {}).get("channel") or {}).get("value") and
                                      _rgb(scene) or [1, 1, 1])}
    # a small field: the marks may not take more than max_area of it (the stain's name goes first, then a bar
    # nobody asked for; caption.txt and the scene still say what the figure is)
    for key in ("channel", "scale_bar"):
        area = sum((x1 - x0) * (y1 - y0) for x0, y0, x1, y1 in keep_out(out))
        if area > float(st["max_area"]) * W * H and key in out and not out[key].get("requested"):
            del out[key]
    return out or None


def _rgb(scene: SceneGraph) -> list[float]:
    ch = ((scene.attr("imaging") or {}).get("channel") or {}).get("value")
    return [float(v) for v in load_yaml("layout", "microscopy.yaml")["conditions"]["channel"]["rgb"].get(ch, [1, 1, 1])]


def _boxes(marks: dict[str, Any] | None, pad: float) -> list[tuple[float, float, float, float]]:
    out = []
    for k in ("scale_bar", "channel"):
        mk = (marks or {}).get(k)
        if not mk:
            continue
        bs = [mk["text_box"]] + ([mk["bar"]] if "bar" in mk else [])
        x0, y0 = min(b[0] for b in bs) - pad, min(b[1] for b in bs) - pad
        x1, y1 = max(b[2] for b in bs) + pad, max(b[3] for b in bs) + pad
        out.append((x0, y0, x1, y1))
    return out


def keep_out(marks: dict[str, Any] | None) -> list[tuple[float, float, float, float]]:
    """(x0, y0, x1, y1) px of each mark with the style's clearance: no nucleus or cell may reach into them."""
    return _boxes(marks, float(style()["keep_out_px"]))


# ---------------------------------------------------------------------------------------------- drawing


def _ink(img: np.ndarray, box) -> str:
    """White on a dark field, black on a bright one: the median grey under the mark's box."""
    g = img if img.ndim == 2 else img[..., :3].max(axis=2)
    x0, y0, x1, y1 = (int(round(v)) for v in box)
    patch = g[max(y0, 0):max(y1, 1), max(x0, 0):max(x1, 1)]
    dark = patch.size == 0 or float(np.median(patch)) < 128.0
    return str(style()["ink"]["dark_background" if dark else "bright_background"])


def _text_colour(mk: dict[str, Any], ink: str) -> str:
    rgb = mk.get("rgb") or [1, 1, 1]
    if ink != "#ffffff" or list(rgb) == [1, 1, 1]:
        return ink
    # the channel's pseudo-colour, lightened 30 % towards white so that it reads on black
    c = [int(round(255 * (0.7 * float(v) + 0.3))) for v in rgb]
    return "#%02x%02x%02x" % tuple(c)


def svg_fragment(marks: dict[str, Any] | None, inks: dict[str, str]) -> str:
    """The marks as SVG (a rect and text as text), drawn over the image."""
    from xml.sax.saxutils import escape
    if not marks:
        return ""
    fam = load_yaml("layout", "style.yaml")["font_family"]
    out = ['<g id="figure_marks">']
    sb = marks.get("scale_bar")
    if sb:
        ink = inks["scale_bar"]
        x0, y0, x1, y1 = sb["bar"]
        out.append(f'<rect id="scale_bar" x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" fill="{ink}" '
                   f'shape-rendering="crispEdges"/>')
        out.append(f'<text id="scale_bar_label" x="{sb["text_xy"][0]}" y="{sb["text_xy"][1]}" font-family="{fam}" '
                   f'font-size="{sb["font_px"]}" fill="{ink}">{escape(sb["text"])}</text>')
    ch = marks.get("channel")
    if ch:
        col = _text_colour(ch, inks["channel"])
        out.append(f'<text id="channel_label" x="{ch["text_xy"][0]}" y="{ch["text_xy"][1]}" font-family="{fam}" '
                   f'font-size="{ch["font_px"]}" fill="{col}">{escape(ch["text"])}</text>')
    out.append("</g>")
    return "".join(out)


def burn(img: np.ndarray, marks: dict[str, Any] | None) -> tuple[np.ndarray, str]:
    """(the image with the marks drawn in, the same marks as an SVG fragment). ``img``: uint8 (H, W) or (H, W, 3).
    Rasterised by resvg (deterministic), alpha-composited over the image."""
    import io
    from PIL import Image
    from ..render.svg import svg_to_png
    if not marks:
        return img, ""
    bx = dict(zip([k for k in ("scale_bar", "channel") if marks.get(k)], _boxes(marks, 0.0)))
    inks = {k: _ink(img, b) for k, b in bx.items()}
    frag = svg_fragment(marks, inks)
    h, w = img.shape[:2]
    layer = svg_to_png(f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
                       f'viewBox="0 0 {w} {h}">{frag}</svg>')
    rgba = np.asarray(Image.open(io.BytesIO(layer)).convert("RGBA"), np.float64)
    a = rgba[..., 3:4] / 255.0
    base = img.astype(np.float64)
    coloured = any(_text_colour(marks[k], inks[k]) not in ("#ffffff", "#000000") for k in bx if k == "channel")
    if base.ndim == 2 and coloured:
        base = np.repeat(base[..., None], 3, axis=2)
    if base.ndim == 2:
        out = base * (1 - a[..., 0]) + rgba[..., :3].mean(axis=2) * a[..., 0]
    else:
        out = base[..., :3] * (1 - a) + rgba[..., :3] * a
    return np.clip(np.rint(out), 0, 255).astype(np.uint8), frag


# ---------------------------------------------------------------------------------------------- reading back


def blank(img: np.ndarray, marks: dict[str, Any] | None) -> tuple[np.ndarray, np.ndarray]:
    """(a copy of ``img`` with each mark's box filled with the median of a ring just outside it, the mask of
    what was filled): what the nucleus segmentation and the image statistics then read."""
    out = np.array(img, copy=True)
    mask = np.zeros(img.shape[:2], bool)
    h, w = img.shape[:2]
    for x0, y0, x1, y1 in _boxes(marks, 2.0):
        a, b = max(int(math.floor(y0)), 0), min(int(math.ceil(y1)), h)
        c, d = max(int(math.floor(x0)), 0), min(int(math.ceil(x1)), w)
        if a >= b or c >= d:
            continue
        ring = np.zeros((h, w), bool)
        ring[max(a - 4, 0):min(b + 4, h), max(c - 4, 0):min(d + 4, w)] = True
        ring[a:b, c:d] = False
        fill = np.median(out[ring], axis=0) if ring.any() else np.median(out, axis=(0, 1))
        out[a:b, c:d] = np.rint(fill).astype(out.dtype)
        mask[a:b, c:d] = True
    return out, mask


def _bar_length(g: np.ndarray, sb: dict[str, Any]) -> tuple[int, int]:
    """(the longest run of ink along one row near the bar's place, how many rows hold a run ≥ 90 % of it)."""
    h, w = g.shape
    x0, y0, x1, y1 = sb["bar"]
    pad = 4
    r0, r1 = max(int(y0) - pad, 0), min(int(y1) + pad, h)
    c0, c1 = max(int(x0) - 3 * pad, 0), min(int(x1) + 3 * pad, w)
    patch = g[r0:r1, c0:c1].astype(np.float64)
    if patch.size == 0:
        return 0, 0
    bg = float(np.median(g[max(r0 - 3 * pad, 0):r1, c0:c1]))
    ink = 255.0 if bg < 128.0 else 0.0
    on = np.abs(patch - ink) < np.abs(bg - ink) / 2.0
    runs = []
    for row in on:
        best = run = 0
        for v in row:
            run = run + 1 if v else 0
            best = max(best, run)
        runs.append(best)
    top = max(runs)
    return int(top), int(sum(1 for r in runs if r >= 0.9 * top and top > 0))


def present(img: np.ndarray, marks: dict[str, Any] | None, tol_px: float) -> dict[str, Any] | None:
    """The marks to read on an image verified without its layout (``nesy verify IMAGE --scene``, another
    generator's image): all of ``marks`` when the scale bar is seen where nesy draws it (nesy's figure); else only
    a scale bar the text itself asks for (it must be there, and its check fails); else none — an image from
    elsewhere is judged on what the text says, its corners read like the rest."""
    sb = (marks or {}).get("scale_bar")
    if not sb:
        return marks
    g = img if img.ndim == 2 else img[..., :3].max(axis=2)
    got, rows = _bar_length(g, sb)
    if abs(got - sb["px"]) <= tol_px and rows >= 2:
        return marks
    return {"scale_bar": sb} if sb.get("requested") else None


def _read(rgb: np.ndarray, box) -> tuple[str, float] | None:
    from ..see import ocr
    if not ocr.can_read_line():
        return None
    h, w = rgb.shape[:2]
    x0, y0, x1, y1 = box
    crop = rgb[max(int(y0) - 2, 0):min(int(y1) + 3, h), max(int(x0) - 3, 0):min(int(x1) + 4, w)]
    if crop.ndim == 2:
        crop = np.repeat(crop[..., None], 3, axis=2)
    if float(np.median(crop)) < 128:          # the recogniser reads dark text on a light ground best
        crop = 255 - crop
    return ocr.read_line(np.ascontiguousarray(crop[..., :3]).astype(np.uint8), upscale=3)


def _norm(s: str) -> str:
    import unicodedata
    return re.sub(r"[\s()]", "", unicodedata.normalize("NFKC", s)).lower().replace("μ", "µ")


def checks(img: np.ndarray, marks: dict[str, Any] | None, tol_px: float) -> list[Check]:
    """The marks read back from the pixels: the bar's length (longest ink run along a row where the bar is drawn)
    against its stated µm / pixel size within ``tol_px``; each label read by OCR and compared with what it must
    say (a confident reading that differs fails; a reading the recogniser is unsure of decides nothing and is
    reported as such)."""
    if not marks:
        return []
    from ..see.ocr import MIN_SCORE
    out: list[Check] = []
    g = img if img.ndim == 2 else img[..., :3].max(axis=2)
    sb = marks.get("scale_bar")
    if sb:
        got, rows = _bar_length(g, sb)
        out.append(Check("scale_bar_length", ("scale_bar",), got, sb["px"], tol_px,
                         abs(got - sb["px"]) <= tol_px and rows >= 2, (sb.get("span") or {}).get("text", sb["text"])))
    for key, law in (("scale_bar", "scale_bar_label"), ("channel", "channel_label")):
        mk = marks.get(key)
        if not mk:
            continue
        r = _read(img, mk["text_box"])
        if r is None:
            continue                              # no recogniser installed: the bar's length is still checked
        text, score = r
        want = mk["text"].split(" (")[0] if key == "scale_bar" else mk["text"]
        got = _norm(text)
        if key == "scale_bar":
            nums = re.findall(r"\d+(?:[.,]\d+)?", got)
            same = bool(nums) and float(nums[0].replace(",", ".")) == float(re.findall(r"[\d.]+", want)[0])
        else:
            same = got.startswith(_norm(want)) or _norm(want) in got
        decided = score >= MIN_SCORE
        out.append(Check(law, (key,), text if decided else f"unsure: {text!r} ({score:.2f})", mk["text"], "OCR",
                         same or not decided, mk["text"]))
    return out


def assumed_lines(marks: dict[str, Any] | None) -> list[str]:
    """What the marks rest on that the text did not state (for caption.txt)."""
    sb = (marks or {}).get("scale_bar")
    if sb and sb.get("assumed") and sb.get("um") is not None:
        star = "* " if sb["text"].endswith("*") else ""
        return [f"{star}scale bar {sb['um']:g} µm = {sb['px']} px: {sb['assumed']}"]
    return []
