"""Nuclei "of varying size" (``nesy.microscopy.v1``): a spread stated for the whole image, read and checked.

"20 nuclei of varying size", "nuclei with different sizes and shapes", "sizes vary", "nuclei that differ in
size", "heterogeneous in size and shape": every nucleus nesy draws has its size and shape sampled from the
distributions fitted to the real reference image (``solvers/microscopy_fitted.yaml``: equivalent diameter
lognormal, σ = 0.26 of ln px, i.e. a spread of about 27 %; minor/major axis ratio sd 0.15), so nuclei of one
size class already vary as real ones do. The phrase is read, not dropped, and checked on the pixels:

* size: the coefficient of variation of the segmented nuclei's equivalent diameters is at least
  ``MIN_DIAMETER_CV`` (0.08 — well under the reference image's 0.27, so a figure passes whenever its nuclei
  visibly differ; identical nuclei, CV ≈ 0, fail);
* shape: the nuclei are drawn from the fitted axis-ratio distribution; shape has no pixel check of its own
  here (the verifier measures area and position), so it is listed in the verdict as assumed.

Brightness is not read here: the painter's spread of brightness between nuclei is a quarter of the real one
(``nesy/micro/paint.py``), too little to state — "varying brightness" stays unread and the figure lists it as
not drawn.

``vary_spans(text)`` hands the tagger (start, end, properties); ``checks(scene, obj)`` hands the verifier its
``Check``s.
"""
from __future__ import annotations

import math
import re
from typing import Any

import numpy as np

from ..types import Check

__all__ = ["vary_spans", "checks", "MIN_DIAMETER_CV"]

MIN_DIAMETER_CV = 0.08

_PROP = r"(?:sizes?|shapes?|diameters?|areas?|morpholog(?:y|ies))"
_ADJ = (r"(?:varying|variable|varied|various|different|differing|diverse|heterogeneous|mixed|assorted|random|"
        r"irregular|non[\s-]?uniform|unequal|a\s+(?:range|variety|mix|mixture|spread)\s+of)")
_VERB = r"(?:vary|varies|varying|differ|differs|differing|varied)"
_AND = r"(?:\s*(?:,|and|&|/|or)\s*(?:in\s+)?" + _PROP + r")*"
# "of varying size(s) and shape(s)", "with different sizes", "varying in size", "sizes vary", "differ in size"
_VARY_RX = re.compile(
    r"(?<![\w-])(?:(?:of|with|in|having|showing)\s+)?(?:" + _ADJ + r"\s+" + _PROP + _AND +
    r"|" + _VERB + r"\s+(?:widely\s+|somewhat\s+|a\s+lot\s+|greatly\s+)?in\s+" + _PROP + _AND +
    r"|(?:heterogeneous|variable|diverse|irregular)\s+in\s+" + _PROP + _AND +
    r"|" + _PROP + _AND + r"\s+(?:that\s+|which\s+)?(?:vary|varies|varying|differ|differs|differing|"
    r"(?:are|is)\s+(?:variable|varied|different|heterogeneous|random|irregular))" + r")(?![\w-])", re.I)


def vary_spans(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, properties) of every statement that the nuclei's size or shape varies."""
    out = []
    for m in _VARY_RX.finditer(text):
        props = []
        for w in re.findall(_PROP, m.group(0), re.I):
            p = "shape" if w.lower().startswith(("shape", "morpholog")) else "size"
            if p not in props:
                props.append(p)
        out.append((m.start(), m.end(), tuple(props)))
    return out


def checks(scene: Any, obj: Any) -> list[Check]:
    """The verifier's checks of a stated spread: the equivalent diameters' coefficient of variation."""
    vary = (scene.attr("imaging") or {}).get("vary") or {}
    sp = vary.get("size")
    if not sp:
        return []
    area = np.asarray(obj.area, float)
    if len(area) < 2:
        return [Check("varying_size", ("nucleus",), "one nucleus", f"≥ {MIN_DIAMETER_CV}", "", False, sp["text"])]
    d = np.sqrt(4.0 * area / math.pi)
    cv = float(d.std() / d.mean()) if d.mean() > 0 else 0.0
    return [Check("varying_size", ("nucleus",), round(cv, 3), f"≥ {MIN_DIAMETER_CV}", "diameter CV",
                  cv >= MIN_DIAMETER_CV, sp["text"])]
