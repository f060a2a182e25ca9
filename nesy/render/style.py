"""Style variants of nesy's figures (issue 12) and the colour-vision check their palettes must pass.

A science's drawing style is ``layout/<science>.yaml``. A *variant* changes how a figure looks, never
what it says or where things are: the palette (``colour``, the colour-blind-safe default, or ``grey``,
for print in black and white) and the circuit symbol standard (``ieee`` zig-zag resistors, or ``iec``
rectangles). A variant's overrides sit in the science's own file under ``variants:``::

    variants:
      palette:
        grey: {nucleus: {fill: "#bdbdbd"}}     # merged over the base style, key by key
      symbols:
        iec: {resistor_symbol: rect}

``science_style(science)`` is the base style with the active variants' overrides merged in. The active
variants are chosen for a whole run (``with variant(palette="grey"):`` around solve and draw, as
``nesy.pipeline.generate`` does), so solving and drawing read one style. Verifiers read the PNG alone
and accept every variant: the reader is not told which one drew the figure.

``cvd_distance`` simulates the three dichromacies (Machado, Oliveira & Fernandes, "A physiologically-based
model for simulation of color vision deficiency", IEEE TVCG 15(6):1291–1298, 2009; severity 1.0
matrices, applied to linear sRGB) and returns the smallest CIELAB distance (ΔE*ab, CIE 1976) between two
colours as a person with normal vision or any dichromacy sees them. A palette is colour-blind safe here
when every pair of classes one figure can show stays at least ``CVD_MIN_DELTA_E`` apart.
"""
from __future__ import annotations

import contextlib
import contextvars
import copy
import itertools
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import InputError
from ..resources import load_yaml

__all__ = ["VARIANTS", "DEFAULTS", "variant", "active", "science_style", "cvd_simulate", "cvd_distance",
           "cvd_min_distance", "CVD_MIN_DELTA_E"]

#: every variant axis with its allowed values; the first value is the default
VARIANTS: dict[str, tuple[str, ...]] = {"palette": ("colour", "grey"), "symbols": ("ieee", "iec")}
DEFAULTS: dict[str, str] = {k: v[0] for k, v in VARIANTS.items()}

_ACTIVE: contextvars.ContextVar[tuple[tuple[str, str], ...]] = contextvars.ContextVar(
    "nesy_style_variant", default=tuple(sorted(DEFAULTS.items())))

#: ΔE*ab (CIE 1976) two classes keep under normal vision and every simulated dichromacy. Marks of the
#: size of a figure's lines and small shapes need ~5–11 ΔE to be told apart at a glance (Stone, Szafir &
#: Setlur, "An engineering model for color difference as a function of size", Color and Imaging Conference
#: 2014); the reference colour-blind-safe sets keep more: Okabe & Ito's eight colours ("Color Universal
#: Design", 2008) 16.1, Paul Tol's "muted" nine 15.6 (measured with ``cvd_min_distance``).
CVD_MIN_DELTA_E = 12.0


def check_variants(**chosen: str | None) -> dict[str, str]:
    """The full variant choice: ``chosen`` (None = the default) checked against ``VARIANTS``."""
    out = dict(DEFAULTS)
    for k, v in chosen.items():
        if k not in VARIANTS:
            raise InputError(f"unknown style variant {k!r}; the variants are {sorted(VARIANTS)}")
        if v is None:
            continue
        if v not in VARIANTS[k]:
            raise InputError(f"{k} must be one of {', '.join(VARIANTS[k])}, got {v!r}")
        out[k] = v
    return out


@contextlib.contextmanager
def variant(**chosen: str | None) -> Iterator[dict[str, str]]:
    """Draw with these variants inside the block (``palette="grey"``, ``symbols="iec"``)."""
    full = check_variants(**chosen)
    token = _ACTIVE.set(tuple(sorted(full.items())))
    try:
        yield full
    finally:
        _ACTIVE.reset(token)


def active() -> dict[str, str]:
    """The variants in force now (every axis, defaults filled in)."""
    return dict(_ACTIVE.get())


def _merge(base: Any, over: Any) -> Any:
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for k, v in over.items():
            out[k] = _merge(base.get(k), v) if k in base else copy.deepcopy(v)
        return out
    return copy.deepcopy(over)


_CACHE: dict[tuple[str, tuple[tuple[str, str], ...]], dict[str, Any]] = {}


def science_style(science: str, **chosen: str | None) -> dict[str, Any]:
    """``layout/<science>.yaml`` with the overrides of the active variants (or of ``chosen``, when given)
    merged in; the ``variants`` key itself is kept, so a verifier can list every variant's colours."""
    key = tuple(sorted(check_variants(**chosen).items())) if chosen else _ACTIVE.get()
    hit = _CACHE.get((science, key))
    if hit is not None:
        return hit
    base = load_yaml("layout", f"{science}.yaml")
    st = base
    for axis, name in key:
        over = ((base.get("variants") or {}).get(axis) or {}).get(name)
        if over:
            st = _merge(st, over)
    _CACHE[(science, key)] = st
    return st


# --- colour vision -------------------------------------------------------------------------------------

_MACHADO = {   # severity 1.0 (Machado et al. 2009, table of simulation matrices), on linear sRGB
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def _rgb(c: str | Iterable[int]) -> tuple[float, float, float]:
    if isinstance(c, str):
        h = c.lstrip("#")
        return tuple(int(h[i:i + 2], 16) / 255.0 for i in (0, 2, 4))  # type: ignore[return-value]
    r, g, b = c
    return r / 255.0, g / 255.0, b / 255.0


def _lin(v: float) -> float:
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def _lab(lin: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = (min(1.0, max(0.0, x)) for x in lin)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def cvd_simulate(colour: str | Iterable[int], kind: str) -> tuple[float, float, float]:
    """CIELAB of ``colour`` as seen with ``kind`` ('normal', 'protanopia', 'deuteranopia', 'tritanopia')."""
    lin = tuple(_lin(v) for v in _rgb(colour))
    if kind != "normal":
        m = _MACHADO[kind]
        lin = tuple(sum(m[i][j] * lin[j] for j in range(3)) for i in range(3))
    return _lab(lin)  # type: ignore[arg-type]


def cvd_distance(a: str | Iterable[int], b: str | Iterable[int]) -> float:
    """Smallest ΔE*ab between ``a`` and ``b`` over normal vision and the three dichromacies."""
    out = float("inf")
    for kind in ("normal", *_MACHADO):
        la, lb = cvd_simulate(a, kind), cvd_simulate(b, kind)
        out = min(out, sum((p - q) ** 2 for p, q in zip(la, lb)) ** 0.5)
    return out


def cvd_min_distance(colours: Iterable[str]) -> tuple[float, tuple[str, str] | None]:
    """The closest pair of ``colours`` under ``cvd_distance``: (ΔE, pair); (inf, None) for < 2 colours."""
    cols = list(dict.fromkeys(colours))
    best, pair = float("inf"), None
    for a, b in itertools.combinations(cols, 2):
        d = cvd_distance(a, b)
        if d < best:
            best, pair = d, (a, b)
    return best, pair
