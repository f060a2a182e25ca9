"""Imaging conditions of a micrograph of nuclei (``nesy.microscopy.v1``): what the text says about how the
image looks — its channel colour, camera noise, focus, brightness and contrast, of the whole image or of the
nuclei a phrase names ("two of them slightly out of focus", "one nucleus much brighter than the rest") — and
what it imaged (a cell line, cell type or organism: "35 HeLa nuclei", "mouse fibroblasts").

parse: phrase tables (``grammars/microscopy/conditions.yaml``, ``configs/microscopy_cell_lines.yaml``) and a
few patterns ("SNR 10", "a Gaussian blur of 2 px", "63x/1.4 oil objective") give tagged items to the
microscopy reader; ``image_items`` takes the image-wide ones out and returns the scene's ``imaging``
attribute, the focus and brightness words stay with the nuclei they qualify.

render: ``plan`` turns the scene into numbers the painter draws (``layout/microscopy.yaml`` ``conditions``:
each qualitative word's level, with its source): per nucleus a blur sd and a brightness factor, for the image
the noise sd, the contrast factor and the RGB look-up of the channel.

verify: ``checks`` measures them back from the pixels alone — the noise sd of the background, each nucleus'
edge blur (an erf fitted to its mean profile across its own boundary), each nucleus' level against the
others', the image's contrast, and which RGB channels carry the signal.
"""
from __future__ import annotations

import functools
import math
import re
from typing import Any

import numpy as np

from ..resources import load_yaml
from ..solve.precision import approx_rx
from ..types import Check

__all__ = ["phrase_tables", "pattern_items", "image_items", "plan", "checks", "edge_sigma", "blur_of",
           "CONDITION_TAGS", "GROUP_TAGS"]

CONDITION_TAGS = ("CHAN", "NOISE", "CONTRAST", "DENS", "UM", "PXSIZE", "FLUOR", "CMP", "LINE")   # image-wide: taken out of the items
GROUP_TAGS = ("FOCUS", "BRIGHT", "MITO")                                         # qualify the nuclei they name


@functools.lru_cache(maxsize=1)
def _grammar() -> dict[str, Any]:
    return load_yaml("grammars", "microscopy/conditions.yaml")


@functools.lru_cache(maxsize=1)
def _lines() -> dict[str, Any]:
    return load_yaml("configs", "microscopy_cell_lines.yaml")


@functools.lru_cache(maxsize=1)
def _levels() -> dict[str, Any]:
    return load_yaml("layout", "microscopy.yaml")["conditions"]


def phrase_tables() -> list[tuple[str, Any, list[str]]]:
    """(tag, value, phrases) for the microscopy phrase matcher."""
    g = _grammar()
    out: list[tuple[str, Any, list[str]]] = []
    for tag, key in (("CHAN", "channel"), ("NOISE", "noise"), ("FOCUS", "focus"), ("BRIGHT", "brightness"),
                     ("CONTRAST", "contrast"), ("DENS", "density")):
        by: dict[Any, list[str]] = {}
        for p, v in g[key].items():
            by.setdefault(v, []).append(str(p))
        out += [(tag, v, ps) for v, ps in by.items()]
    out.append(("FLUOR", None, [str(p) for p in g["fluorophore"]]))
    out.append(("MITO", "mitotic", [str(p) for p in g["mitotic"]]))
    out.append(("STAGE", None, [str(p) for p in g["stage"]]))   # a stage drawn as ordinary nuclei: nothing to draw
    out.append(("CMP", None, [str(p) for p in g["comparison"]]))
    out.append(("IMG", "imaging", [str(p) for p in g["imaging"]]))   # how it was imaged: never an image noun
    cl = _lines()
    for name, d in cl["cell_lines"].items():
        out.append(("LINE", {"line": str(name)}, [str(name)] + [str(a) for a in d.get("aliases", [])]))
    out.append(("LINE", {"type": True}, [str(p) for p in cl["cell_types"]]))
    out.append(("LINE", {"organism": True}, [str(p) for p in cl["organisms"]]))
    return out


_NUM = r"(\d+(?:\.\d+)?)"
_SNR_RX = re.compile(r"(?<![\w.])(?:snr|s/n|signal[\s-]+to[\s-]+noise(?:\s+ratio)?)(?:\s+(?:of|at|is|around|about|"
                     r"approximately|near))*\s*(?:=|:|≈|~)?\s*" + _NUM + r"(?:\s*:\s*1)?(?!\w|\.\d)", re.I)
_BLUR_RX = re.compile(r"(?<![\w.])(?:a\s+)?(?:gaussian\s+)?(?:blur|psf|point[\s-]+spread\s+function)(?:\s+(?:of|with|"
                      r"sigma|σ|sd|width))*\s*(?:=|:)?\s*" + _NUM + r"\s*(?:px|pixels?)(?!\w|\.\d)", re.I)
# "40x oil objective", "a 63×/1.4 NA objective", "NA 1.4", "at 20x": how it was imaged, nothing drawn
_OPTICS_RX = re.compile(r"(?<![\w.])(?:(?:at|with|using|under|through)\s+(?:an?\s+)?\d{1,3}\s*[x×](?![\w])|"
                        r"\d{1,3}\s*[x×]\s*(?:/\s*\d(?:\.\d+)?\s*(?:na)?\s*)?(?=\s*(?:oil|water|air|silicone|"
                        r"glycerol|dry|objective|magnification|lens|zoom|field|image|view|immersion|plan|apo)\b)|"
                        r"(?:na|numerical\s+aperture)\s*(?:of|=)?\s*\d(?:\.\d+)?|\d(?:\.\d+)?\s*na)(?!\w|\.\d)", re.I)


_UM = r"(?:µm|μm|um|micrometers?|micrometres?|microns?)"
_PXSIZE_RX = re.compile(r"(?<![\w.])(?:(?:a\s+)?pixel\s+(?:size|width)\s*(?:of|=|:|is)?\s*" + _NUM + r"\s*" + _UM +
                        r"|" + _NUM + r"\s*" + _UM + r"\s*(?:/|per)\s*(?:px|pixels?))(?!\w|\.\d)", re.I)


_DIAM_RX = re.compile(r"(?<![\w.])(?:" + approx_rx() + r")?" + _NUM +
                      r"(?:\s*(?:-|–|to)\s*" + _NUM + r")?\s*" + _UM + r"(?:\s+(?:in\s+diameter|in\s+size|diameter|across|"
                      r"wide|in\s+width|large))?(?!\w|\.\d)", re.I)


# a distance between nuclei, never a nucleus's size: "around 20 µm apart", "a spacing of 15 µm", "spaced 12 µm",
# "centre-to-centre distance 18 µm" — nesy draws nuclei apart by its own rule (``layout_microscopy``) and no stated
# spacing, so the phrase is listed as not drawn (``CTXU``), never read as a diameter
_SPACING_RX = re.compile(r"(?<![\w.])(?:(?:(?:centre|center)[\s-]+to[\s-]+(?:centre|center)\s+)?(?:spacing|separation|"
                         r"distance|gap|pitch)s?(?:\s+(?:between|of)\s+(?:the\s+)?(?:nuclei|centres|centers|them))?\s*"
                         r"(?:of|=|:|is|by)?\s*|(?:spaced|separated)\s+(?:by\s+)?)?(?:" + approx_rx() + r")?" + _NUM +
                         r"(?:\s*(?:-|–|to)\s*" + _NUM + r")?\s*" + _UM + r"(?:\s+(?:apart|from\s+(?:each\s+other|one\s+"
                         r"another|their\s+neighbou?rs?)|between\s+(?:them|nuclei|centres|centers|neighbou?rs)|(?:centre|center)"
                         r"[\s-]+to[\s-]+(?:centre|center)|spacing|separation|gaps?))?(?!\w|\.\d)", re.I)


# a nucleus diameter in pixels: "25 px across", "about 20 pixels in diameter", "diameter 18–24 px", "(≈ 25 px)" right
# after a diameter in µm (the same size restated in the image's pixels)
_PX = r"(?:px|pixels?)"
_DPX_RX = re.compile(r"(?<![\w.])(?:diameters?\s*(?:of|=|:|is|are|≈|~)?\s*)?(?:" + approx_rx() + r")?" +
                     _NUM + r"(?:\s*(?:-|–|to)\s*" + _NUM + r")?\s*" + _PX + r"(?:\s+(?:in\s+diameter|in\s+size|"
                     r"diameter|across|wide|in\s+width))?(?!\w|\.\d)"
                     # (a field's size is no nucleus's: "a 512 px wide image")
                     r"(?![\s-]*(?:images?|fields?|frames?|tiles?|views?|micrographs?|squares?|canvas|pictures?|crops?|"
                     r"fovs?)\b)", re.I)


def _px_diameters(text: str, um: list[tuple[int, int]]) -> list[tuple[int, int, list[float]]]:
    """(start, end, [lo, hi] px) of the nucleus diameters stated in pixels: a size word before ("diameter 25
    px") or after ("25 px across"), or a bracket right after a diameter in µm ("8 µm (≈ 25 px)", "8 µm, i.e.
    about 25 px across")."""
    out = []
    for m in _DPX_RX.finditer(text):
        g = m.group(0).lower()
        worded = bool(re.search(r"diameter|across|wide|in\s+size|in\s+width", g))
        last = re.findall(r"(?i)\b(nucle\w*|cells?|images?|fields?|frames?|tiles?|views?|fovs?|canvas|pictures?|"
                          r"micrographs?|crops?)\b", text[max(0, m.start() - 40):m.start()])
        if last and not last[-1].lower().startswith(("nucle", "cell")) and not g.startswith("diameter"):
            continue      # "an image 512 px wide", "image size: 1024 px": the field's size
        restated = any(re.fullmatch(r"[\s,;:]*(?:\(|i\.\s?e\.,?|that\s+is,?|or|=|≈|~|—|–)\s*", text[b:m.start()], re.I)
                       for _a, b in um)
        if worded or restated:
            lo = float(m.group(1))
            out.append((m.start(), m.end(), [lo, float(m.group(2)) if m.group(2) else lo]))
    return out


# a grey value of the image ("mean intensity 800 counts", "background 100 grey levels", "signal ~2000 ADU"): the
# painter sets the image's levels from the reference image (nesy.micro.paint), so a stated level is listed as not
# drawn (``CTXU``), never read as a count of nuclei
_LEVEL_UNIT = r"(?:counts?|gr[ae]y[\s-]+(?:levels?|values?)|intensity\s+units|ADUs?|DNs?|a\.\s?u\.|arbitrary\s+units)"
_INTENSITY_RX = re.compile(r"(?<![\w.])(?:(?:(?:mean|median|average|peak|max(?:imum)?|min(?:imum)?|nuclear|nucleus|"
                           r"background|signal)\s+)?(?:intensity|intensities|brightness|signal|background|level|grey\s+"
                           r"value|gray\s+value)\s*(?:of|=|:|is|at|around|about|near|~|≈)*\s*" + _NUM + r"(?:\s*(?:-|–|to)\s*"
                           + _NUM + r")?(?:\s*" + _LEVEL_UNIT + r")?(?!\s*(?:µm|μm|um|nm|mm|px|pixels?|%|ms|s\b|nuclei|"
                           r"cells?))|" + _NUM + r"(?:\s*(?:-|–|to)\s*" + _NUM + r")?\s*" + _LEVEL_UNIT + r")(?!\w|\.\d)", re.I)


def _spacing_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the stated distances between nuclei (``_SPACING_RX`` with a spacing word before or after)."""
    out = []
    for m in _SPACING_RX.finditer(text):
        g = m.group(0)
        if re.search(r"(?i)apart|from\s|between|to[\s-]+(?:centre|center)|spacing|separation|gap|distance|pitch|"
                     r"spaced|separated", g):
            out.append((m.start(), m.end()))
    return out


# "Gaussian noise σ = 5", "noise with sd 4", "camera noise of standard deviation 6": the noise sd in grey levels of the
# 8-bit image, drawn as the SNR it makes with the painter's nucleus contrast (SNR = contrast / sd: Ulman et al. 2017)
_NOISE_SD_RX = re.compile(r"(?<![\w.])(?:(?:gaussian|camera|additive|white|background|read(?:out)?)\s+)*noise\s*"
                          r"(?:\(|,)?\s*(?:with\s+(?:a\s+)?|of\s+)?(?:σ|sigma|sd|s\.d\.|std|stdev|standard\s+deviation)"
                          r"\s*(?:of|=|:|≈|~)?\s*" + _NUM + r"(?:\s*(?:grey|gray)\s+levels?)?\s*\)?(?!\w|\.\d)", re.I)


def _noise_sd(sd: float) -> dict[str, Any]:
    """A stated noise sd (grey levels) as the SNR it makes with the painter's contrast; 0 is no noise."""
    from ..resources import load_yaml
    p = load_yaml("solvers", "microscopy_fitted.yaml")["nuclei"]["realism"]["painter"]
    contrast = float(p["nucleus_level"]) - float(p["background"])
    return {"snr": round(contrast / sd, 3) if sd > 0 else math.inf, "sd_grey": sd}


def pattern_items(text: str) -> list[tuple[int, int, str, Any]]:
    """(start, end, tag, value) of the patterned phrases: stated SNR, blur sd, objective/NA, pixel size
    (µm per px) and a nucleus diameter in µm (one value or a range)."""
    out = [(m.start(), m.end(), "PXSIZE", float(m.group(1) or m.group(2))) for m in _PXSIZE_RX.finditer(text)]
    out += [(a, b, "CTXU", None) for a, b in _spacing_spans(text)]
    noise = [(m.start(), m.end()) for rx in (_NOISE_SD_RX, _SNR_RX) for m in rx.finditer(text)]
    out += [(m.start(), m.end(), "CTXU", None) for m in _INTENSITY_RX.finditer(text)
            if not any(a < m.end() and m.start() < b for a, b in noise)]   # (a noise's sd in grey levels is read)
    taken = [(a, b) for a, b, _t, _v in out]
    for m in _DIAM_RX.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            lo = float(m.group(1))
            out.append((m.start(), m.end(), "UM", [lo, float(m.group(2)) if m.group(2) else lo]))
    um = [(a, b) for a, b, t, _v in out if t == "UM"]
    out += [(a, b, "UMPX", v) for a, b, v in _px_diameters(text, um)
            if not any(x < b and a < y for x, y in taken + um)]
    out += [(m.start(), m.end(), "NOISE", {"snr": float(m.group(1))}) for m in _SNR_RX.finditer(text)]
    out += [(m.start(), m.end(), "NOISE", _noise_sd(float(m.group(1)))) for m in _NOISE_SD_RX.finditer(text)]
    out += [(m.start(), m.end(), "FOCUS", {"sigma_px": float(m.group(1))}) for m in _BLUR_RX.finditer(text)]
    out += [(m.start(), m.end(), "IMG", None) for m in _OPTICS_RX.finditer(text)]
    out += _noise_kinds(text)
    return out


# the noise's statistics named between its degree and "noise" ("mild Gaussian noise", "lots of white noise",
# "some additive Gaussian noise"): the painter's camera noise is additive white Gaussian noise (nesy.micro.paint),
# so the kind says what is drawn anyway; the degree before it says how much, as it does without the kind
_NOISE_KIND_RX = re.compile(r"(?<![\w-])(?:(?:additive|white|gaussian|gauss|random|sensor|read|readout|electronic|"
                            r"thermal|uncorrelated|normally[\s-]distributed)[\s-]+)+noise(?![\w-])", re.I)


def _noise_kinds(text: str) -> list[tuple[int, int, str, Any]]:
    """NOISE items of "<degree> <kind> noise": the degree's level in the noise table (that of "noise" alone when
    no degree word stands before the kind)."""
    table = {str(p).lower(): v for p, v in _grammar()["noise"].items() if str(p).lower().endswith("noise")}
    out = []
    for m in _NOISE_KIND_RX.finditer(text):
        before = text[:m.start()].lower()
        best = ("noise", m.start())
        for p in table:
            deg = p[:-len("noise")].strip()
            if deg and re.search(r"(?<![\w-])" + r"\s+".join(map(re.escape, deg.split())) + r"\s+$", before):
                a = re.search(r"(?<![\w-])" + r"\s+".join(map(re.escape, deg.split())) + r"\s+$", before).start()
                if a < best[1]:
                    best = (p, a)
        out.append((best[1], m.end(), "NOISE", table[best[0]]))
    return out


def _sp(it: Any, text: str) -> dict[str, Any]:
    return {"text": text[it.start:it.end], "start": it.start, "end": it.end}


def image_items(items: list[Any], text: str) -> tuple[dict[str, Any], list[Any]]:
    """Take the image-wide condition items out of ``items``: (the scene's ``imaging`` attribute, the rest).

    Raises ``InputError`` when two phrases give one condition two values ("blue … red")."""
    from ..errors import InputError, UnsupportedError
    imaging: dict[str, Any] = {}
    rest: list[Any] = []
    lines = _lines()["cell_lines"]
    key_of = {"CHAN": "channel", "NOISE": "noise", "CONTRAST": "contrast", "DENS": "density", "UM": "diameter", "UMPX": "diameter_px",
              "PXSIZE": "pixel_size", "FIELDUM": "field_um", "AREAL": "areal_density"}
    for it in items:
        if it.tag in key_of:
            key = key_of[it.tag]
            old = imaging.get(key)
            if key == "noise" and old is not None and isinstance(old["value"], dict) != isinstance(it.value, dict):
                # "high background noise, SNR=6": the number says how much the words say
                if isinstance(it.value, dict):
                    imaging[key] = {"value": it.value, "span": _sp(it, text), "also": old["span"]}
                else:
                    imaging[key]["also"] = _sp(it, text)
                continue
            if key == "noise" and old is not None and noise_agrees(old, it, text):
                # "Low-SNR … (lots of shot noise)", "clean … no noise at all": one statement, the more specific
                keep = noise_agrees(old, it, text)
                imaging[key] = {"value": keep["value"], "span": keep["span"],
                                "also": old["span"] if keep["span"] != old["span"] else _sp(it, text)}
                continue
            if old is not None and old["value"] != it.value:
                raise InputError(f"one {key} per image: '{old['span']['text']}' and '{it.text}' (at "
                                 f"{it.start}-{it.end}) differ")
            if key == "noise" and isinstance(it.value, dict):
                lo, hi = (float(v) for v in _levels()["noise"]["snr_range"])
                if not lo <= it.value["snr"] <= hi:
                    raise UnsupportedError(f"'{it.text}' at {it.start}-{it.end}: nesy draws an SNR of {lo:g} to "
                                           f"{hi:g} (below {lo:g} a nucleus is not certain to be seen: Rose 1948)")
            imaging[key] = {"value": it.value, "span": _sp(it, text)}
        elif it.tag == "FLUOR":
            imaging.setdefault("fluorophore", []).append(_sp(it, text))
        elif it.tag == "LINE":
            sp = {"span": _sp(it, text)}
            if "line" in it.value:
                d = lines[it.value["line"]]
                sp.update({"line": it.value["line"], "organism": d["organism"], "origin": d["origin"],
                           "cellosaurus": d["cellosaurus"]})
            else:
                sp["name"] = it.text
            sp["size"] = d.get("nucleus_diameter_um") if "line" in it.value else None
            if sp["size"] is None:
                sp["size_note"] = str(_lines()["default_size"])
            imaging.setdefault("specimen", []).append(sp)
        elif it.tag == "CMP":
            continue
        else:
            if it.tag == "FOCUS" and isinstance(it.value, dict):
                lo, hi = (float(v) for v in _levels()["blur"]["stated_px"])
                if not lo <= it.value["sigma_px"] <= hi:
                    raise UnsupportedError(f"'{it.text}' at {it.start}-{it.end}: nesy draws a blur sd of {lo:g} to "
                                           f"{hi:g} px")
            rest.append(it)
    return imaging, rest


# "noise" said bare (or "with noise", "some noise") says there is noise, not how much: it agrees with any level
# but none; "low" and "none" both say the image is clean ("a clean image … no noise at all"): none, the explicit one
_BARE_NOISE = ("noise", "with noise", "some noise", "shot noise", "camera noise", "realistic noise", "background noise")


def noise_agrees(old: dict[str, Any], it: Any, text: str) -> dict[str, Any] | None:
    """Whether a second noise phrase ``it`` says what ``old`` says: the statement to keep ({"value", "span"}),
    else None (the two differ: refused by the caller)."""
    new = {"value": it.value, "span": _sp(it, text)}
    if isinstance(old["value"], dict) or isinstance(it.value, dict):
        return None
    if old["value"] == it.value:
        return old
    bare_old = old["span"]["text"].lower() in _BARE_NOISE
    bare_new = it.text.lower() in _BARE_NOISE
    if bare_new and it.value == "realistic" and old["value"] != "none":
        return old
    if bare_old and old["value"] == "realistic" and it.value != "none":
        return new
    if {old["value"], it.value} == {"low", "none"}:
        return old if old["value"] == "none" else new
    return None


def merge_specimen(items: list[Any], text: str, make: Any) -> list[Any]:
    """A cell-line or cell-type word followed by "cell(s)" with no count of its own names what was imaged
    ("HeLa cells", "NIH/3T3 cells"), not cells to draw: one specimen item."""
    out: list[Any] = []
    k = 0
    while k < len(items):
        it = items[k]
        nxt = items[k + 1] if k + 1 < len(items) else None
        counted = bool(out) and out[-1].tag == "NUM" and not out[-1].weak and not text[out[-1].end:it.start].strip()
        q = len(out) - 1         # "9 mouse fibroblasts", "12 human HeLa cells": the count before the names
        while q > 0 and out[q].tag == "LINE" and not text[out[q].end:(out[q + 1].start if q + 1 < len(out) else it.start)].strip():
            q -= 1
        counted_past = q < len(out) - 1 and out[q].tag == "NUM" and not out[q].weak and \
            not text[out[q].end:out[q + 1].start].strip() and not text[out[-1].end:it.start].strip()
        if it.tag == "LINE" and nxt is not None and nxt.tag == "CELL" and not counted and \
                re.fullmatch(r"[\s\-]*", text[it.end:nxt.start]):
            out.append(make("LINE", it.value, it.start, nxt.end, text[it.start:nxt.end]))
            k += 2
            continue
        if it.tag == "LINE" and (counted or counted_past):
            out.extend(counted_specimen(it, text, make))
            k += 1
            continue
        out.append(it)
        k += 1
    return out


# a cell noun closing a specimen's name ("HeLa cells", "T cells", "tumour cells"; never "cell line")
_CELL_TAIL_RX = re.compile(r"(?i)(?<=[\s\-])cells?$")
# a plural noun of one kind of cell, each with one nucleus (OED): "12 fibroblasts" are twelve cells. Not organoids,
# spheroids or myotubes (many cells or many nuclei each), nor a culture
_CELL_KIND_RX = re.compile(r"(?i)(?:^|[\s\-])(?:fibroblasts|keratinocytes|neurons|hepatocytes|lymphocytes|macrophages|"
                           r"cardiomyocytes|myoblasts|huvecs|ipscs|escs|mefs)$")


def counted_specimen(it: Any, text: str, make: Any) -> list[Any]:
    """A count right before a specimen's name counts its cells ("a dozen HeLa cells", "12 U2OS cells", "8 mouse
    fibroblasts"): each is a cell, with one nucleus unless the text says more. The name stays the specimen (a
    ``LINE`` item) and the cell noun becomes a ``CELL`` item the count attaches to; read whole, the cell line's
    alias ("hela cells") left the count counting nothing. A plural noun of a kind of cell ("fibroblasts") is both:
    the specimen, and the cells counted (the ``CELL`` item shares its span)."""
    m = _CELL_TAIL_RX.search(it.text)
    if m is not None:
        a = it.start + m.start()
        head = text[it.start:a].rstrip(" -")
        return [make("LINE", it.value, it.start, it.start + len(head), head),
                make("CELL", None, a, it.end, text[a:it.end])]
    if isinstance(it.value, dict) and it.value.get("type") and _CELL_KIND_RX.search(it.text):
        return [it, make("CELL", None, it.start, it.end, it.text)]
    return [it]


def mean_area(fit: dict[str, Any]) -> float:
    """Mean nucleus area (px²) of the fitted lognormal diameter truncated to its p2.5–p97.5, as drawn:
    π/4 · E[d²] over 2001 evenly spaced quantiles of the truncated distribution."""
    from scipy.special import ndtr, ndtri
    f = fit["diameter_px"]
    mu, sg = float(f["mu"]), float(f["sigma"])
    lo, _, hi = (float(v) for v in f["p2_5_p50_p97_5"])
    u = np.linspace(ndtr((math.log(lo) - mu) / sg), ndtr((math.log(hi) - mu) / sg), 2001)
    return float(math.pi / 4 * np.mean(np.exp(2 * (mu + sg * ndtri(u)))))


def diameter_class(imaging: dict[str, Any], fit: dict[str, Any]) -> str | None:
    """A stated nucleus diameter (µm) as a size class of the drawing ("d_px:LO-HI", px), or None. With a
    stated pixel size the diameter in px is D / pixel size, drawn within ±10 % (a range as stated), both cut
    to the fitted p2.5–p97.5; without one nothing fixes the image's scale: the nuclei keep the fitted sizes
    (None) and the scale is the one that makes their median diameter the stated one (recorded as assumed:
    ``imaging["diameter"]["um_per_px"]``).

    Raises ``UnsupportedError`` when the stated diameter in px lies outside the fitted p2.5–p97.5 (no nucleus
    of that size is drawn: say another pixel size)."""
    from ..errors import UnsupportedError
    d = imaging["diameter"]
    lo_um, hi_um = (float(v) for v in d["value"])
    f = fit["diameter_px"]
    p_lo, p50, p_hi = (float(v) for v in f["p2_5_p50_p97_5"])
    px = imaging.get("pixel_size")
    if px is None:
        d["um_per_px"] = round(0.5 * (lo_um + hi_um) / p50, 4)
        d["assumed"] = ("no pixel size is stated: the scale makes the fitted median nucleus diameter "
                        f"({p50:g} px) the stated {0.5 * (lo_um + hi_um):g} µm")
        return None
    s = float(px["value"])
    window = _px_window(lo_um / s, hi_um / s, fit)
    if window is None:
        raise UnsupportedError(f"'{d['span']['text']}' with '{px['span']['text']}' is {lo_um / s:.3g}"
                               f"{'' if lo_um == hi_um else f'–{hi_um / s:.3g}'} px across; nesy draws nuclei of "
                               f"{p_lo:g}–{p_hi:g} px (the fitted real sizes): state another pixel size")
    d["um_per_px"] = s
    return f"d_px:{window[0]:.4g}-{window[1]:.4g}"


def _px_window(lo: float, hi: float, fit: dict[str, Any]) -> tuple[float, float] | None:
    """The diameter window (px) a stated size is drawn in: one value ±10 %, a range as stated, cut to the fitted
    p2.5–p97.5; None when less than half a pixel of it is left (a window of half a pixel still draws: the check
    allows ±20 % of the stated size)."""
    p_lo, _p50, p_hi = (float(v) for v in fit["diameter_px"]["p2_5_p50_p97_5"])
    a, b = (0.9 * lo, 1.1 * hi) if lo == hi else (lo, hi)
    a, b = max(a, p_lo), min(b, p_hi)
    return (a, b) if b - a >= 0.5 else None


def px_diameter(imaging: dict[str, Any], fit: dict[str, Any]) -> str | None:
    """A nucleus diameter stated in pixels (``imaging["diameter_px"]``): with a diameter in µm it restates that
    size in the image's pixels, so it gives the pixel size (µm / px) when none is stated — the µm diameter is then
    drawn and checked at that scale (None) — and must agree with a stated one (within its ±10 % drawing window and
    rounding); alone, the size class of the drawing ("d_px:LO-HI": the stated size ±10 %, a range as stated, cut
    to the fitted p2.5–p97.5), checked from the pixels within ±20 % (``check_conditions``).

    Raises ``UnsatisfiableError`` naming the three phrases when a stated pixel size disagrees, and
    ``UnsupportedError`` when the size lies outside the fitted real sizes."""
    from ..errors import UnsatisfiableError, UnsupportedError
    dp = imaging["diameter_px"]
    lo, hi = (float(v) for v in dp["value"])
    d, px = imaging.get("diameter"), imaging.get("pixel_size")
    if d is not None:
        lo_um, hi_um = (float(v) for v in d["value"])
        if px is None:
            imaging["pixel_size"] = {"value": round(0.5 * (lo_um + hi_um) / (0.5 * (lo + hi)), 6), "span": dp["span"],
                                     "derived": f"'{d['span']['text']}' is '{dp['span']['text']}'"}
            return None
        s_ = float(px["value"])
        if not (0.9 * lo - 0.5 <= lo_um / s_ and hi_um / s_ <= 1.1 * hi + 0.5):
            raise UnsatisfiableError(
                [d["span"], dp["span"], px["span"]],
                [{"law": "diameter in px = diameter in µm / pixel size (µm per px)",
                  "source": "the definition of the pixel size (ISO 80000-3 lengths)"}],
                fix=[dp["span"]],
                detail=f"{0.5 * (lo_um + hi_um):g} µm at {s_:g} µm per px is {0.5 * (lo_um + hi_um) / s_:.3g} px, "
                       f"not {dp['span']['text']}")
        return None
    window = _px_window(lo, hi, fit)
    if window is None:
        p_lo, _p50, p_hi = (float(v) for v in fit["diameter_px"]["p2_5_p50_p97_5"])
        raise UnsupportedError(f"'{dp['span']['text']}' at {dp['span']['start']}-{dp['span']['end']}: nesy draws nuclei "
                               f"of {p_lo:g}–{p_hi:g} px across (the fitted real sizes)")
    return f"d_px:{window[0]:.4g}-{window[1]:.4g}"


def dense_field(imaging: dict[str, Any], counted: int, defaulted: bool, W: int, H: int, field_stated: bool,
                fit: dict[str, Any], lo_px: int, hi_px: int) -> tuple[int, int, float | None]:
    """A stated density ("dense", "confluent"): (W, H, nuclei per 256² px for a count not given, or None).
    With no count the count that covers the level's target share of the field; with a count and no stated
    field, the square field it covers at that share (within the allowed sides); else nothing changes (the
    law check proves the stated count and field can reach the level's minimum, or names them)."""
    d = imaging.get("density")
    if not d:
        return W, H, None
    lvl = _levels()["density"][d["value"]]
    A = mean_area(fit)
    if defaulted:
        return W, H, float(lvl["target"]) * 256.0 * 256.0 / A
    if not field_stated and counted > 0:
        side = int(round(min(max(math.sqrt(counted * A / float(lvl["target"])), lo_px), hi_px)))
        d["field_px"] = side        # the scene says the field was chosen for the stated density
        return side, side, None
    if counted > 0 and counted * A < float(lvl["target"]) * W * H and not imaging.get("pixel_size") \
            and not imaging.get("diameter"):
        dense_scale(imaging, counted, W, H, A, fit)
    return W, H, None


def dense_scale(imaging: dict[str, Any], counted: int, W: int, H: int, A: float, fit: dict[str, Any]) -> None:
    """A stated count in a stated field, called dense, that the reference image's nucleus sizes cannot make
    dense ("dense field, 40 nuclei, 512x512 px"): with no pixel size stated the image's scale is free (a nucleus
    of 10–20 µm is 15–300 px across, from a 10× to a 100× objective), so the nuclei are drawn larger by the
    factor that makes the count cover the level's target share; recorded as assumed (``imaging["scale"]``).

    Raises ``UnsupportedError`` naming the phrases when that factor passes ``conditions.density.scale_max``."""
    from ..errors import UnsupportedError
    d = imaging["density"]
    lvl = _levels()["density"][d["value"]]
    s = math.sqrt(float(lvl["target"]) * W * H / (counted * A))
    p50 = float(fit["diameter_px"]["p2_5_p50_p97_5"][1])
    smax = float(_levels()["density"]["scale_max"])
    if s > smax:
        raise UnsupportedError(f"'{d['span']['text']}' with {counted} nuclei in a {W} × {H} px field: each nucleus "
                               f"would be about {s * p50:.0f} px across; nesy draws nuclei up to {smax * p50:.0f} px "
                               "(median); state more nuclei or a smaller field")
    imaging["scale"] = {"factor": round(s, 4), "span": d["span"],
                        "assumed": (f"no pixel size is stated: the nuclei are drawn {s:.2f}× the reference image's "
                                    f"sizes (median {s * p50:.0f} px across) so that {counted} nuclei make a "
                                    f"{d['value']} {W} × {H} px field")}


def density_target(imaging: dict[str, Any]) -> float:
    """The share of the field the nuclei are drawn to cover for the stated density (0: none stated)."""
    d = (imaging or {}).get("density")
    return float(_levels()["density"][d["value"]]["target"]) if d else 0.0


def density_min(imaging: dict[str, Any]) -> float | None:
    """The least share of the field the nuclei must cover for the stated density (None: none stated)."""
    d = (imaging or {}).get("density")
    return float(_levels()["density"][d["value"]]["min"]) if d else None


# ---------------------------------------------------------------------------------------------
# render: the numbers the painter draws

def blur_of(level: Any) -> float:
    """The PSF sd (px) of a focus level ("slight", {"sigma_px": 2.0}, None: the painter's default)."""
    lv = _levels()["blur"]["sigma_px"]
    if level is None:
        return float(lv["default"])
    if isinstance(level, dict):
        return float(level["sigma_px"])
    return float(lv[level])


def _window(level: Any, median: bool = False) -> tuple[float, float]:
    """The measured edge sd (px) a focus level passes with: one nucleus', or (``median``) an image's median."""
    w = _levels()["blur"]["median_window_px" if median else "window_px"]
    if isinstance(level, dict):       # a stated sd: the estimator reads 0.75-0.9 of it
        s = float(level["sigma_px"])
        return (0.7 * s, 1.05 * s + 0.2) if median else (0.55 * s, 1.6 * s + 0.3)
    return tuple(float(v) for v in w["default" if level is None else level])


def max_blur(scene: Any) -> float:
    """The largest PSF sd (px) any nucleus of the scene is drawn with."""
    base = (scene.attr("imaging") or {}).get("focus")
    vals = [blur_of(base["value"]) if base else blur_of(None)]
    vals += [blur_of(e.attr("focus")) for e in scene.entities if e.kind == "nucleus" and e.attr("focus")]
    return max(vals)


def plan(scene: Any, fitted_painter: dict[str, Any]) -> tuple[dict[str, Any], dict[str, dict[str, float]]]:
    """(image plan, per nucleus id {"blur_px", "level"}) for the painter: noise sd, base blur, contrast
    factor, channel RGB weights; every nucleus' blur sd and brightness factor."""
    lv = _levels()
    im = scene.attr("imaging") or {}
    contrast0 = float(fitted_painter["nucleus_level"]) - float(fitted_painter["background"])
    cfac = float(lv["contrast"]["factor"][im["contrast"]["value"]]) if im.get("contrast") else 1.0
    nz = im.get("noise")
    if nz is None or not isinstance(nz["value"], dict) and lv["noise"]["snr"].get(nz["value"]) == "fitted":
        sd = float(fitted_painter["noise"])
    elif isinstance(nz["value"], dict):
        sd = contrast0 * cfac / float(nz["value"]["snr"])
    else:
        snr = float(lv["noise"]["snr"][nz["value"]])
        sd = 0.0 if math.isinf(snr) else contrast0 * cfac / snr
    chan = im["channel"]["value"] if im.get("channel") else "grey"
    base = im.get("focus")
    per: dict[str, dict[str, float]] = {}
    bf = lv["brightness"]["factor"]
    for e in scene.entities:
        if e.kind != "nucleus":
            continue
        f = e.attr("focus") or (base["value"] if base else None)
        b = e.attr("brightness")
        per[e.id] = {"blur_px": blur_of(f), "level": float(bf[b]) if b else 1.0}
    out = {"noise_sd": sd, "contrast_factor": cfac, "channel": chan,
           "rgb": [float(v) for v in lv["channel"]["rgb"][chan]], "blur_px": blur_of(base["value"] if base else None),
           "stated": sorted(k for k in ("channel", "noise", "contrast", "focus", "illumination") if im.get(k))}
    if im.get("illumination"):      # the flat-field profile the painter multiplies by (microscopy_illumination)
        out["illumination"] = dict(im["illumination"]["value"])
    return out, per


# ---------------------------------------------------------------------------------------------
# verify: measured from the pixels

def edge_sigma(gray: np.ndarray, mask: np.ndarray, others: np.ndarray | None = None) -> float:
    """The blur sd (px) of one object's edge: an erf step fitted to the object's mean grey level against
    the signed distance to its boundary (−6 … +7 px), the object seen as ``mask``; background pixels nearer
    to one of ``others`` (a mask of the other objects) than to this one are left out. NaN when it cannot
    be fitted."""
    from scipy import ndimage as ndi
    from scipy.optimize import curve_fit
    from scipy.special import ndtr
    ys, xs = np.nonzero(mask)
    if len(ys) < 20:
        return float("nan")
    pad = 10
    y0, y1 = max(0, ys.min() - pad), min(mask.shape[0], ys.max() + pad + 1)
    x0, x1 = max(0, xs.min() - pad), min(mask.shape[1], xs.max() + pad + 1)
    m = mask[y0:y1, x0:x1]
    g = np.asarray(gray, np.float64)[y0:y1, x0:x1]
    d = np.where(m, -ndi.distance_transform_edt(m) + 0.5, ndi.distance_transform_edt(~m) - 0.5)
    if others is not None:
        o = others[y0:y1, x0:x1] & ~m
        if o.any():
            d = np.where(~m & (ndi.distance_transform_edt(~o) <= d + 0.5), np.nan, d)
    bins = np.arange(-6.0, 7.5, 0.5)
    idx = np.digitize(d, bins)
    xs_, ys_ = [], []
    for k in range(1, len(bins)):
        sel = idx == k
        if sel.sum() >= 4:
            xs_.append(0.5 * (bins[k - 1] + bins[k]))
            ys_.append(float(np.mean(g[sel])))
    if len(xs_) < 8:
        return float("nan")
    xv, yv = np.array(xs_), np.array(ys_)

    def f(x, b, c, mu, s):
        return b + c * ndtr(-(x - mu) / s)
    try:
        p, _ = curve_fit(f, xv, yv, p0=[float(yv[-1]), float(yv[0] - yv[-1]), 0.0, 1.5],
                         bounds=([-50, 0, -4, 0.2], [300, 400, 4, 12]), maxfev=4000)
    except (RuntimeError, ValueError):
        return float("nan")
    return float(p[3])


def _blur_loss(layout: Any, per: dict[str, dict[str, float]]) -> float:
    """The share of a nucleus' level its core keeps after its blur (median over nuclei): the layout's
    exact mask blurred with the nucleus' sd, its median over the core ``_level_of`` reads. 1 without a layout."""
    if layout is None:
        return 1.0
    from scipy import ndimage as ndi
    from ..micro.masks import label_image
    lab, ids = label_image(layout, "nucleus")
    keep = []
    for k, eid in enumerate(ids):
        m = lab == k + 1
        core = ndi.binary_erosion(m, iterations=2)
        if core.sum() < 5:
            core = m
        ys, xs = np.nonzero(m)
        if not len(ys):
            continue
        s = float(per.get(eid, {}).get("blur_px", blur_of(None)))
        p = int(math.ceil(4 * s)) + 2
        y0, x0 = max(0, ys.min() - p), max(0, xs.min() - p)
        sub = ndi.gaussian_filter(m[y0:ys.max() + p + 1, x0:xs.max() + p + 1].astype(float), s)
        keep.append(float(np.median(sub[core[y0:ys.max() + p + 1, x0:xs.max() + p + 1]])))
    return float(np.median(keep)) if keep else 1.0


def _level_of(gray: np.ndarray, labels: np.ndarray, lab: int, bg: float) -> float:
    """A nucleus' level above the background: the median grey level of its core (the nucleus eroded by
    2 px, away from its blurred rim; the whole nucleus when that leaves too little) minus ``bg``."""
    from scipy import ndimage as ndi
    m = labels == lab
    core = ndi.binary_erosion(m, iterations=2)
    return float(np.median(np.asarray(gray, np.float64)[core if core.sum() >= 5 else m])) - bg


def checks(rgb: np.ndarray, gray: np.ndarray, labels: np.ndarray, scene: Any, layout: Any,
           seen: dict[str, int], stats: dict[str, float], painter: dict[str, Any]) -> list[Check]:
    """The stated imaging conditions, measured from the pixels: ``rgb`` the image (H, W, 3), ``gray`` the
    grey image the segmentation read, ``labels`` its nuclei, ``seen`` layout nucleus id → matched label,
    ``stats`` ``nesy.micro.realism.image_stats`` of the image, ``painter`` the fitted painter levels."""
    lv = _levels()
    im = scene.attr("imaging") or {}
    out: list[Check] = []
    img_plan, per = plan(scene, painter)
    bg = float(stats["background"])
    labs = [int(v) for v in np.unique(labels) if v]
    # the image's nucleus level above the background: the median over nuclei of their core level
    level_img = float(np.median([_level_of(gray, labels, lab, bg) for lab in labs])) if labs else 0.0

    def phrase(key: str) -> str:
        return (im.get(key) or {}).get("span", {}).get("text", "")
    # channel: the signal lies in the stated RGB channels only
    if im.get("channel"):
        want = np.array(img_plan["rgb"]) > 0
        nuc = labels > 0
        c = np.zeros(3)
        if rgb.ndim == 3 and nuc.any() and (~nuc).any():
            for k in range(3):
                c[k] = float(np.median(rgb[..., k][nuc])) - float(np.median(rgb[..., k][~nuc]))
        top = max(float(c.max()), 1e-9)
        off = float(lv["channel"]["off_max"])
        share = [round(float(v / top), 3) for v in c]
        ok = bool(c.max() > 0) and all((s >= 1 - off) if w else (s <= off) for s, w in zip(share, want))
        out.append(Check("channel_colour", ("image",), share, [int(w) for w in want], off, ok, phrase("channel")))
    # noise: the background's noise sd (the realism statistic) against the drawn sd
    if im.get("noise"):
        sd = float(img_plan["noise_sd"])
        got = float(stats["noise"])
        if sd == 0.0:
            lim = float(lv["noise"]["none_max_sd"])
            out.append(Check("noise_sd", ("image",), round(got, 3), 0.0, lim, got <= lim, phrase("noise")))
        else:
            tol = float(lv["noise"]["tolerance"])
            # the high-pass the statistic is measured on (image − its σ = 2 px blur) keeps 0.97 of white noise
            exp = 0.97 * sd
            out.append(Check("noise_sd", ("image",), round(got, 3), round(exp, 3), tol,
                             abs(got / exp - 1.0) <= tol, phrase("noise")))
            if isinstance(im["noise"]["value"], dict):
                snr = level_img / max(got, 1e-9)
                want_snr = float(im["noise"]["value"]["snr"])
                out.append(Check("snr", ("image",), round(snr, 2), want_snr, tol,
                                 abs(snr / want_snr - 1.0) <= tol, phrase("noise")))
    # contrast / uniform brightness of every nucleus: the image's contrast against the painter's × factor
    nucs = [e for e in scene.entities if e.kind == "nucleus"]
    levels = {e.id: per[e.id]["level"] for e in nucs}
    uniform = len(set(levels.values())) == 1
    stated_b = [e for e in nucs if e.attr("brightness")]
    c0 = float(painter["nucleus_level"]) - float(painter["background"])
    if im.get("contrast") or (uniform and stated_b):
        fac = float(img_plan["contrast_factor"]) * (next(iter(levels.values())) if uniform else 1.0)
        fac *= _blur_loss(layout, per)
        tol = float(lv["brightness"]["image_tolerance"])
        got = level_img
        exp = c0 * fac
        ph = phrase("contrast") or "; ".join(dict.fromkeys(e.span.text for e in stated_b if e.span))
        out.append(Check("image_contrast", ("image",), round(got, 2), round(exp, 2), tol,
                         abs(got / exp - 1.0) <= tol, ph))
    # brightness of the named nuclei against the rest
    if stated_b and not uniform:
        rest = [seen[e.id] for e in nucs if not e.attr("brightness") and e.id in seen]
        base = float(np.median([_level_of(gray, labels, lab, bg) for lab in rest])) if rest else float("nan")
        for e in stated_b:
            b = e.attr("brightness")
            lab = seen.get(e.id)
            r = _level_of(gray, labels, lab, bg) / base if lab and base > 0 else float("nan")
            if b in lv["brightness"]["ratio_min"]:
                lim = float(lv["brightness"]["ratio_min"][b])
                ok, want = r >= lim, f"≥ {lim}"
            else:
                lim = float(lv["brightness"]["ratio_max"][b])
                ok, want = r <= lim, f"≤ {lim}"
            out.append(Check("nucleus_brightness", (e.id,), round(r, 3) if math.isfinite(r) else "not seen", want,
                             0.0, bool(ok) and math.isfinite(r), e.span.text if e.span else ""))
    # a stated diameter (µm): the nuclei's median equivalent diameter × the scale, within ±20 % of it
    dm = im.get("diameter")
    if dm and dm.get("um_per_px") and labs:
        area = np.array([float((labels == lab).sum()) for lab in labs])
        got = float(np.median(2 * np.sqrt(area / math.pi))) * float(dm["um_per_px"])
        lo_um, hi_um = (float(v) for v in dm["value"])
        ok = 0.8 * lo_um <= got <= 1.2 * hi_um
        out.append(Check("nucleus_diameter_um", ("nucleus",), round(got, 2), [lo_um, hi_um], "±20 %", ok,
                         phrase("diameter")))
    # a diameter stated in px alone: the nuclei's median equivalent diameter, within ±20 % of it
    dpx = im.get("diameter_px")
    if dpx and not dm and labs:
        area = np.array([float((labels == lab).sum()) for lab in labs])
        got = float(np.median(2 * np.sqrt(area / math.pi)))
        lo_px, hi_px = (float(v) for v in dpx["value"])
        ok = 0.8 * lo_px <= got <= 1.2 * hi_px
        out.append(Check("nucleus_diameter_px", ("nucleus",), round(got, 2), [lo_px, hi_px], "±20 %", ok,
                         phrase("diameter_px")))
    # density: the share of the field the nuclei cover
    cmin = density_min(im)
    if cmin is not None:
        cov = float((labels > 0).mean())
        out.append(Check("nuclei_coverage", ("image",), round(cov, 3), f"≥ {cmin}", 0.0, cov >= cmin,
                         phrase("density")))
    # focus: each nucleus' edge blur within its level's window, when the text states a focus anywhere
    base_f = im.get("focus")
    stated_f = [e for e in nucs if e.attr("focus")]
    if base_f or stated_f:
        sig: dict[str, float] = {}
        for e in nucs:
            lvl = e.attr("focus") or (base_f["value"] if base_f else None)
            lo, hi = _window(lvl)
            lab = seen.get(e.id)
            s = edge_sigma(gray, labels == lab, (labels > 0) & (labels != lab)) if lab else float("nan")
            ph = e.span.text if e.attr("focus") and e.span else (base_f or {}).get("span", {}).get("text", "")
            out.append(Check("nucleus_focus", (e.id,), round(s, 2) if math.isfinite(s) else "not measured",
                             [round(lo, 2), round(hi, 2)], 0.0, math.isfinite(s) and lo <= s <= hi, ph))
            sig[e.id] = s
        # a focus of the whole image: the median over its nuclei in the level's tighter window
        if base_f and not stated_f:
            v = [x for x in sig.values() if math.isfinite(x)]
            med = float(np.median(v)) if v else float("nan")
            lo, hi = _window(base_f["value"], median=True)
            out.append(Check("image_focus", ("image",), round(med, 2) if v else "not measured",
                             [round(lo, 2), round(hi, 2)], 0.0, bool(v) and lo <= med <= hi, base_f["span"]["text"]))
    # uneven illumination: the background's darkest-to-brightest ratio against the drawn profile's
    if im.get("illumination"):
        from .microscopy_illumination import check as illumination_check
        out.append(illumination_check(gray, labels, img_plan["illumination"], phrase("illumination")))
    # "none of them overlapping": every nucleus seen as its own object (two overlapping nuclei read as one)
    ov = im.get("no_overlap")
    if ov:
        own = len(set(seen.values())) if layout is not None else len(labs)
        ok = own == len(nucs) == len(labs)
        out.append(Check("no_overlap", ("nucleus",), own, len(nucs), 0, ok, ov["text"]))
    return out


@functools.lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    """Single words of the condition and specimen tables: with plural nuclei, a sign of a micrograph."""
    out: set[str] = set()
    for tag, _v, ps in phrase_tables():
        if tag in ("IMG",):
            continue
        for p in ps:
            out.update(w for w in re.findall(r"[a-z0-9]+", p.lower()) if len(w) > 2)
    out -= {"the", "and", "with", "than", "cell", "cells", "line", "lines", "others", "rest", "some", "lots",
            "little", "very", "much", "far", "bit"}
    return frozenset(out)
