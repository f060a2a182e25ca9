"""Uneven illumination of a micrograph (``nesy.microscopy.v1``): "uneven illumination (brighter in the centre,
dimmer at the corners)", "vignetting", "the illumination is uneven, more bright on the left side", "an
illumination gradient, darker toward the top", "corners at 60 % of the centre".

A widefield microscope lights its field unevenly: the image is the specimen's signal times a smooth flat-field
(shading) profile, brighter where the illumination is strongest (the multiplicative image model of flat-field
correction: Peng T. et al., "A BaSiC tool for background and shading correction of optical microscopy
images", Nat. Commun. 8:14836, 2017, eq. 1, I_meas = I_true × S + D). Vignetting — bright centre, dark
corners — falls off with the field radius as an even polynomial whose first term is r² (Goldman D. B.,
"Vignette and exposure calibration and compensation", IEEE TPAMI 32(12):2276-2288, 2010, eq. 4: a polynomial
in r², taken here to its first term); a side or corner said brighter gives a linear ramp away from it.

parse: ``illumination_items`` finds the phrase (a trigger word, then what is brighter or darker where) and
returns its reading: where the light is strongest and the darkest place's share of it (``ratio``; stated, "at
60 % of the centre", "30 % darker at the corners", or nesy's assumed ``DEFAULT_RATIO``, said so).
render: ``field`` is the profile the painter multiplies the image by.
verify: ``check`` measures the background (the mean of the pixels off every nucleus) in a window at the brightest place and
at the darkest, and compares their ratio with the drawn one.
"""
from __future__ import annotations

import re
from typing import Any

import numpy as np

from ..types import Check

__all__ = ["illumination_items", "field", "check", "assumed_note", "DEFAULT_RATIO"]

# the darkest place's share of the brightest when the text gives no number: nesy's own choice (a shading the
# eye sees at once and the classical segmentation still reads in the corners), stated in the scene as assumed
DEFAULT_RATIO = 0.6
RATIO_RANGE = (0.4, 0.95)      # drawn: darker than 0.4 a corner nucleus may be lost; above 0.95 not uneven
TOLERANCE = 0.06               # |measured − drawn| ratio (the background mean over ≥ 400 px: sd ≈ 0.02)
WINDOW = 0.12                  # the measuring window's side, as a share of the field's shorter side

# the light's words only: "varying brightness", "non-uniform intensity" are the nuclei's (how bright each is), not
# the illumination's, and stay with the nuclei's reading
_TRIGGER = (r"(?:uneven|non[\s-]?uniform|nonuniform|inhomogeneous|patchy|graded|unequal|irregular)\s+"
            r"(?:illumination|lighting|light|background|excitation)"
            r"|(?:illumination|lighting|background|shading)\s+(?:gradient|fall[\s-]?off|falloff)"
            r"|(?:the\s+)?(?:illumination|lighting|light|excitation)\s+(?:is|being|was)\s+(?:uneven|non[\s-]?uniform|"
            r"not\s+(?:uniform|even)|inhomogeneous|patchy)"
            r"|unevenly\s+(?:illuminated|lit)|vignett(?:ing|ed|e)|shading"
            # a diffuse background glow: out-of-focus light raises the background unevenly in a widefield image
            # ("haze", Sibarita 2005, Adv. Biochem. Eng. Biotechnol. 95:201-243); drawn as the same smooth shading,
            # bright in the centre, its strength nesy's (said so)
            r"|(?:(?:background|out[\s-]of[\s-]focus|diffuse)\s+)?haze(?:\s+in\s+the\s+background)?"
            r"|(?:background|out[\s-]of[\s-]focus|diffuse)\s+glow|hazy\s+background|background\s+(?:is\s+)?hazy")
_PLACE = (r"(?:top[\s-]left|top[\s-]right|bottom[\s-]left|bottom[\s-]right|upper[\s-]left|upper[\s-]right|"
          r"lower[\s-]left|lower[\s-]right|centre|center|middle|edges?|corners?|borders?|periphery|rim|sides?|"
          r"left|right|top|bottom|upper|lower)(?:\s+(?:side|edge|corner|part|half|region|of\s+the\s+(?:image|field)))?")
_COMP = r"(?:brighter|brightest|lighter|more\s+bright|darker|darkest|dimmer|dimmest|less\s+bright|falling\s+off|fading)"
_WHERE = (r"(?:in|at|toward|towards|near|on|to|in\s+the\s+direction\s+of)\s+(?:the\s+)?(?P<place>" + _PLACE + r")")
_CLAUSE = (r"(?:(?:that\s+is|which\s+is|being|so\s+the\s+image\s+is|with\s+the\s+image|it\s+is|and|,|;|\(|with)\s*)*"
           r"(?:(?P<pct>\d{1,2}(?:\.\d+)?)\s*%\s+)?(?P<comp>" + _COMP + r")\s+" + _WHERE +
           r"(?:\s+than\s+(?:in|at|on|near|toward|towards)\s+(?:the\s+)?(?P<place2>" + _PLACE + r"))?")
_TRIGGER_RX = re.compile(r"(?<![\w-])(?:" + _TRIGGER + r")(?![\w-])", re.I)
_CLAUSE_RX = re.compile(r"\s*" + _CLAUSE, re.I)
_AMOUNT_RX = re.compile(r"\s*[,(]?\s*(?:with\s+)?(?:the\s+)?(?:(?P<corner>corners?|edges?|borders?|periphery)\s+"
                        r"(?:at|reaching|down\s+to)\s+(?P<share>\d{1,2}(?:\.\d+)?)\s*%\s+of\s+the\s+(?:centre|center|"
                        r"middle|brightest)|(?P<drop>\d{1,2}(?:\.\d+)?)\s*%\s+(?:darker|dimmer|less\s+bright|"
                        r"fall[\s-]?off|drop))\)?", re.I)
_BRIGHT = ("brighter", "brightest", "lighter", "more bright")
# a degree word before the phrase ("mild vignetting", "strong uneven illumination"): nesy's levels, like its
# default, said in the scene as assumed (no text gives a number with these words)
_DEGREE = {"slight": 0.8, "mild": 0.8, "subtle": 0.8, "weak": 0.8, "gentle": 0.8, "light": 0.8, "faint": 0.8,
           "minor": 0.8, "moderate": 0.6, "some": 0.6, "noticeable": 0.6,
           "strong": 0.45, "heavy": 0.45, "severe": 0.45, "pronounced": 0.45, "marked": 0.45, "significant": 0.45,
           "obvious": 0.45, "considerable": 0.45, "extreme": 0.45, "dramatic": 0.45,
           "a bit of": 0.8, "a little": 0.8, "a little bit of": 0.8, "a touch of": 0.8, "a hint of": 0.8,
           "a lot of": 0.45}
_DEGREE_RX = re.compile(r"(?<![\w-])(?P<deg>" + "|".join(_DEGREE) + r")(?:ly)?\s+(?:(?:and|,)\s*)?$", re.I)


def _norm(place: str) -> str:
    p = re.sub(r"[\s-]+", " ", place.lower())
    p = re.sub(r"\s+(?:side|edge|corner|part|half|region|of the image|of the field)$", "", p)
    p = p.replace("center", "centre").replace("middle", "centre").replace("upper", "top").replace("lower", "bottom")
    if p in ("edge", "edges", "corner", "corners", "border", "borders", "periphery", "rim", "side", "sides"):
        return "periphery"
    return p


_OPPOSITE = {"left": "right", "right": "left", "top": "bottom", "bottom": "top", "top left": "bottom right",
             "bottom right": "top left", "top right": "bottom left", "bottom left": "top right",
             "centre": "periphery", "periphery": "centre"}


# the field's shading said without a word for the light: "with darker corners", "the edges of the image are dimmer",
# "the centre of the field is brighter than the corners", "illumination falling off toward the edges". The place
# must be the field's (its corners, edges or periphery; its centre only as "of the image/field"), so "a nucleus
# brighter in the centre" stays the nucleus'
_RIM = r"(?:corners|edges|borders|periphery|image\s+corners|image\s+edges|outer\s+parts?)"
_OF_FIELD = r"(?:\s+of\s+the\s+(?:image|field(?:\s+of\s+view)?|frame|micrograph|picture))"
_DEG = r"(?:(?:slightly|much|a\s+bit|a\s+little|somewhat|noticeably|clearly)\s+)?"
_SHADE_RXS = [
    re.compile(r"(?<![\w-])(?:with\s+)?" + _DEG + r"(?:darker|dimmer|darkened|shaded|vignetted)\s+" + _RIM + _OF_FIELD + r"?"
               r"(?![\w-])", re.I),
    re.compile(r"(?<![\w-])(?:the\s+)?" + _RIM + _OF_FIELD + r"?\s+(?:are|is|look|appear|being|should\s+be)\s+" + _DEG +
               r"(?:darker|dimmer)(?:\s+than\s+the\s+(?:centre|center|middle))?(?![\w-])", re.I),
    re.compile(r"(?<![\w-])(?:the\s+)?(?:centre|center|middle)" + _OF_FIELD + r"\s+(?:is\s+|being\s+|should\s+be\s+)?" + _DEG +
               r"brighter(?:\s+than\s+(?:at\s+)?the\s+" + _RIM + r")?(?![\w-])", re.I),
    re.compile(r"(?<![\w-])(?:the\s+)?(?:illumination|lighting|light|excitation)\s+(?:that\s+|which\s+)?(?:falls?|falling|drops?|"
               r"dropping|fades?|fading)\s+off\s+(?:toward|towards|to|at|near)\s+the\s+(?:edges?|corners?|borders?|periphery)"
               r"(?![\w-])", re.I),
]


def illumination_items(text: str) -> list[tuple[int, int, dict[str, Any]]]:
    """(start, end, reading) of each uneven-illumination phrase (see ``_illumination_items``), with the field's
    shading said without a word for the light ("with darker corners"): bright in the centre."""
    out = _illumination_items(text)
    for rx in _SHADE_RXS:
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b, _ in out):
                continue
            near = [k for k, (a, b, v) in enumerate(out) if re.fullmatch(r"[\s,;:(]*(?:and|with|i\.e\.|so)?[\s,(]*",
                                                                          text[b:m.start()])]
            if near and (out[near[0]][2]["where_assumed"] or out[near[0]][2]["bright"] == "centre"):
                # "uneven illumination with darker corners": one phrase, the second part says where
                a, b, v = out[near[0]]
                end = m.end() + (1 if text[m.end():m.end() + 1] == ")" and "(" in text[b:m.start()] else 0)
                out[near[0]] = (a, end, {**v, "bright": "centre", "where_assumed": False})
                continue
            a, ratio = m.start(), DEFAULT_RATIO
            dg = _DEGREE_RX.search(text, 0, a)
            if dg:
                ratio, a = _DEGREE[dg.group("deg").lower()], dg.start()
            out.append((a, m.end(), {"bright": "centre", "ratio": ratio, "assumed": True, "where_assumed": False}))
    return sorted(out, key=lambda x: x[0])


def _illumination_items(text: str) -> list[tuple[int, int, dict[str, Any]]]:
    """(start, end, reading) of each uneven-illumination phrase. The reading: ``bright`` (centre, left, right,
    top, bottom or a corner "top left"…), ``ratio`` (the darkest place's share of the brightest), ``assumed``
    (the ratio is nesy's, the text gives none) and ``where_assumed`` (the text says not where it is brighter:
    the centre, vignetting's)."""
    out = []
    for m in _TRIGGER_RX.finditer(text):
        a, b = m.start(), m.end()
        bright: str | None = "centre" if m.group(0).lower().startswith("vignett") else None
        paren = False
        pct: float | None = None
        while True:
            if text[b:].lstrip().startswith("(") and not paren:
                paren = True
            c = _CLAUSE_RX.match(text, b)
            if not c:
                break
            place = _norm(c.group("place"))
            is_bright = c.group("comp").lower() in _BRIGHT
            where = place if is_bright else _OPPOSITE.get(place, place)
            if bright is not None and where != bright and not (bright == "centre" and where == "centre"):
                from ..errors import InputError
                raise InputError(f"'{text[a:c.end()]}' at {a}-{c.end()} says the light is strongest in two places "
                                 f"({bright}, {where}); nesy draws one")
            bright, b = where, c.end()
            if c.group("pct") and not is_bright:          # "30 % darker at the corners"
                pct = float(c.group("pct"))
        ratio, assumed = DEFAULT_RATIO, True
        dg = _DEGREE_RX.search(text, 0, a)
        if dg:                                  # "mild vignetting": its level, the phrase from the degree word
            ratio, a = _DEGREE[dg.group("deg").lower()], dg.start()
        if pct is not None:
            ratio, assumed = 1 - pct / 100, False
        am = _AMOUNT_RX.match(text, b)
        if am:
            ratio = float(am.group("share")) / 100 if am.group("share") else 1 - float(am.group("drop")) / 100
            assumed, b = False, am.end()
        if paren and re.match(r"\s*\)", text[b:]):
            b += text[b:].index(")") + 1
        if not RATIO_RANGE[0] <= ratio <= RATIO_RANGE[1]:
            from ..errors import UnsupportedError
            raise UnsupportedError(f"'{text[a:b]}' at {a}-{b}: nesy draws an illumination whose darkest place is "
                                   f"{RATIO_RANGE[0]:.0%} to {RATIO_RANGE[1]:.0%} of its brightest")
        out.append((a, b, {"bright": bright or "centre", "ratio": round(ratio, 3), "assumed": assumed,
                           "where_assumed": bright is None}))
    return out


def assumed_note(value: dict[str, Any]) -> str | None:
    """What the figure assumed of an illumination the text did not quantify (None: nothing assumed)."""
    parts = []
    if value.get("where_assumed"):
        parts.append("no place is said brighter: the centre is drawn brightest (vignetting)")
    if value.get("assumed"):
        parts.append(f"no strength is stated: the darkest place is drawn at {value['ratio']:.0%} of the brightest")
    return "; ".join(parts) or None


def _target(bright: str, W: int, H: int) -> tuple[float, float] | None:
    """The brightest point (px) of a side or corner; None for the centre (radial)."""
    x = 0.0 if "left" in bright else (float(W) if "right" in bright else W / 2)
    y = 0.0 if "top" in bright else (float(H) if "bottom" in bright else H / 2)
    return None if bright == "centre" else (x, y)


def field(plan: dict[str, Any], W: int, H: int) -> np.ndarray:
    """The multiplicative illumination profile (H, W), 1 at the brightest place and ``ratio`` at the darkest:
    1 − (1 − ratio)·(r/r_corner)² about the centre (vignetting), a linear ramp from a side or corner."""
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float64) + 0.5
    k = 1.0 - float(plan["ratio"])
    t = _target(plan["bright"], W, H)
    if t is None:
        r2 = ((xx - W / 2) ** 2 + (yy - H / 2) ** 2) / ((W / 2) ** 2 + (H / 2) ** 2)
        return 1.0 - k * r2
    tx, ty = t
    ux, uy = W / 2 - tx, H / 2 - ty           # toward the opposite side or corner
    half = float(np.hypot(ux, uy))
    d = ((xx - tx) * ux + (yy - ty) * uy) / half / (2 * half)   # 0 at the bright place, 1 at the opposite one
    return 1.0 - k * np.clip(d, 0.0, 1.0)


def _windows(plan: dict[str, Any], W: int, H: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Top-left corners of the measuring windows at the brightest place and at the darkest."""
    s = max(8, int(WINDOW * min(W, H)))
    cx, cy = W // 2 - s // 2, H // 2 - s // 2
    corners = [(0, 0), (W - s, 0), (0, H - s), (W - s, H - s)]
    t = _target(plan["bright"], W, H)
    if t is None:
        return [(cx, cy)], corners
    tx, ty = t

    def at(x: float, y: float) -> tuple[int, int]:
        return int(min(max(x - s / 2, 0), W - s)), int(min(max(y - s / 2, 0), H - s))
    return [at(tx, ty)], [at(W - tx, H - ty)]


def check(gray: np.ndarray, labels: np.ndarray, plan: dict[str, Any], phrase: str) -> Check:
    """The background's darkest-to-brightest ratio, measured off every nucleus (dilated by 3 px) in windows at
    the two places, against the drawn ratio."""
    from scipy import ndimage as ndi
    H, W = gray.shape[:2]
    s = max(8, int(WINDOW * min(W, H)))
    off = ~ndi.binary_dilation(labels > 0, iterations=3)
    g = np.asarray(gray, np.float64)

    def level(wins: list[tuple[int, int]]) -> float:
        px = np.concatenate([g[y:y + s, x:x + s][off[y:y + s, x:x + s]] for x, y in wins])
        # the mean, not the median: the median of whole grey levels is off by up to half a level, a 3 % error
        # on a dark background of ~10
        return float(np.mean(px)) if px.size >= 50 else float("nan")
    wins = _windows(plan, W, H)
    hi, lo = (level(w) for w in wins)
    r = lo / hi if hi > 0 else float("nan")
    # what the drawn profile gives over the same windows (a window is no point: its mean, not the extreme)
    f = field(plan, W, H)
    fm = [float(np.mean([f[y:y + s, x:x + s].mean() for x, y in w])) for w in wins]
    want = round(fm[1] / fm[0], 3)
    ok = bool(np.isfinite(r)) and abs(r - want) <= TOLERANCE
    return Check("illumination_ratio", ("image",), round(r, 3) if np.isfinite(r) else "not measured", want,
                 TOLERANCE, ok, phrase)
