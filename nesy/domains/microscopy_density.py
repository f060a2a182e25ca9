"""A nucleus count given as an areal density over a field of stated physical size (``nesy.microscopy.v1``).

"a 200 µm × 200 µm field at a density of 500 nuclei per mm²", "0.25 mm × 0.25 mm, 320 nuclei/mm²", "a field of
0.04 mm² with 300 cells per square millimetre", "1024 × 1024 px at 0.5 µm per pixel, 150 nuclei per mm²": the
number of nuclei in the field is the density times the field's area, N = ρ·A (the definition of a number
density per unit area; ISO 80000-1 quantities, here nuclei per mm² × mm²), rounded to the nearest whole nucleus,
and the rounding is said (``imaging["areal_density"]["note"]``). The field's area comes from its size in µm or
mm, or from its size in px times the stated pixel size (µm per px); with neither the density is refused,
naming it — nesy never invents the field's physical size.

``density_items(text)`` gives the reader's ``_tag`` the phrases: ``FIELDUM`` (width, height in µm) and
``AREAL`` (nuclei per µm²). ``density_count(imaging, W, H)`` gives ``parse_microscopy`` the count, its note
and the field in px when the pixel size fixes it.
"""
from __future__ import annotations

import re
from typing import Any

from ..solve.precision import approx_rx

__all__ = ["density_items", "density_count", "field_scale"]

# a number, also in scientific notation: "1.2e-1", "1.2 × 10^-1", "1.2 × 10⁻¹" (read by ``_num``)
_SUPERS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_EXP = r"(?:\s*[eE][-+−]?\d+|\s*[×x]\s*10\s*\^\s*[-+−]?\d+|\s*×\s*10[⁻⁺]?[" + _SUPERS + r"]+)"
_NUM = r"(\d+(?:[.,]\d+)?" + _EXP + r"?)"
_LEN = r"(µm|μm|um|microns?|micrometers?|micrometres?|mm|millimeters?|millimetres?)"
_UM_PER = {"µm": 1.0, "μm": 1.0, "um": 1.0, "micron": 1.0, "microns": 1.0, "micrometer": 1.0, "micrometers": 1.0,
           "micrometre": 1.0, "micrometres": 1.0, "mm": 1000.0, "millimeter": 1000.0, "millimeters": 1000.0,
           "millimetre": 1000.0, "millimetres": 1000.0, "cm": 10000.0}
# "200 µm × 200 µm", "200 × 200 µm", "0.2 by 0.2 mm", "200µm x 200µm"
_FIELD_RX = re.compile(r"(?<![\w.])" + _NUM + r"\s*" + _LEN + r"?\s*(?:×|x|X|\*|by)\s*" + _NUM + r"\s*" + _LEN +
                       r"(?![\w²2^])", re.I)
# "a 0.5 mm square field", "300 µm on a side", "a field 250 µm square"
_SQUARE_RX = re.compile(r"(?<![\w.])" + _NUM + r"[\s-]*" + _LEN + r"[\s-]*(?:square|on\s+a\s+side|a\s+side|per\s+side)"
                        r"(?![\w])", re.I)
# the field of view given by its width: "a field of view 120 µm wide", "the image is 0.5 mm across", "a 200 µm field",
# "FOV: 1.2e-1 mm" — never a nucleus's diameter (a size right after a field word, or right before one, is the field's)
_FOV = r"(?:field(?:\s+of\s+view)?|fov|f\.o\.v\.|view|image|frame|micrograph)"
_FOV_RX = re.compile(r"(?<![\w.])" + _FOV + r"\s*(?:\(\s*fov\s*\)\s*)?(?:is\s+|of\s+|measuring\s+|measures\s+|that\s+is\s+|"
                     r"spanning\s+|spans\s+|covering\s+|covers\s+|[:=,]\s*)?(?:" + approx_rx() + r")?" + _NUM + r"\s*" + _LEN + r"(?:\s+(?:wide|across|in\s+width|in\s+size|square|on\s+a\s+side|"
                     r"a\s+side|per\s+side))?(?:\s*(?:,|and|by|x|×)\s*" + _NUM + r"\s*" + _LEN + r"\s+(?:high|tall|in\s+height|deep))?"
                     r"(?![\w²2^])(?!\s*(?:-\s*)?(?:wide\s+|across\s+)?(?:nuclei|nucleus|cells?|"
                     r"diameter|in\s+diameter)\b)"
                     r"|(?<![\w.])" + _NUM + r"[\s-]*" + _LEN + r"(?:[\s-]+(?:wide|across))?[\s-]+(?:wide\s+)?" + _FOV +
                     r"(?![\w])", re.I)
# "a field of 0.04 mm²", "an area of 40,000 µm²", "a 0.04 mm2 field"
_AREA = r"(?:²|2|\^2|\s+squared)"
_AREA_RX = re.compile(r"(?<![\w.])(?:(?:field|area|region|image)\s+(?:of\s+)?(?:about\s+)?)?" + _NUM + r"\s*" + _LEN +
                      _AREA + r"(?:\s+(?:field|area|region|image))?(?![\w])", re.I)
# "per mm²", "/mm2", "per square millimetre", and a unit area with its number: "per 10,000 µm²", "in every 100 µm²"
# (a rate's unit area is the denominator of the density, never a second field)
_UNIT_AREA = r"(?:(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*)?"


def _per_area(k: str) -> str:
    return (r"(?:per|/|a|an|each|in\s+every|in\s+each|for\s+every)\s*(?P<ua" + k + ">" + _UNIT_AREA +
            r")(?:(?:square|sq\.?)\s+(?P<us" + k + ">" + _LEN[1:-1] + r")|(?P<uu" + k + ">" + _LEN[1:-1] + r")" +
            _AREA + ")")


# "at a density of 500 nuclei per mm²", "a nuclear density of 320/mm²", "500 nuclei per mm²", "300 cells/mm²"
_DENSITY_RX = re.compile(
    r"(?<![\w.])(?:(?:at|with|of)\s+)?(?:an?\s+|the\s+)?(?:(?:cell|nuclear|nucleus|nuclei|areal|surface|seeding|"
    r"plating)\s+)?(?:density|densities)\s+(?:of\s+|is\s+|=\s*|:\s*)?(?:about\s+|around\s+|roughly\s+|approximately\s+|"
    r"~\s*)?(?P<n1>\d+(?:[.,]\d+)?)\s*(?:(?:cell\s+)?(?:nuclei|nucleus|cells)\s*)?" + _per_area("1") + r"(?![\w])"
    r"|(?<![\w.])(?P<n2>\d+(?:[.,]\d+)?)\s*(?:cell\s+)?(?:nuclei|cells)\s*" + _per_area("2") + r"(?![\w])", re.I)


def _num(s: str) -> float:
    s = s.strip()
    m = re.fullmatch(r"(.+?)\s*(?:[eE]([-+−]?\d+)|[×x]\s*10\s*\^\s*([-+−]?\d+)|×\s*10([⁻⁺]?[" + _SUPERS + r"]+))", s)
    if m:
        exp = (m.group(2) or m.group(3) or m.group(4)).translate(str.maketrans("⁻⁺" + _SUPERS, "-+0123456789"))
        return _num(m.group(1)) * 10.0 ** int(exp.replace("−", "-"))
    return float(s.replace(",", "")) if re.fullmatch(r"\d{1,3}(?:,\d{3})+", s) else float(s.replace(",", "."))


def _unit(u: str | None) -> float:
    return _UM_PER[u.lower() if u.lower() not in ("µm", "μm") else u]


def density_items(text: str) -> list[tuple[int, int, str, Any]]:
    """(start, end, tag, value): ``FIELDUM`` ((width, height) in µm) and ``AREAL`` (nuclei per µm²)."""
    out: list[tuple[int, int, str, Any]] = []
    for m in _DENSITY_RX.finditer(text):
        k = "1" if m.group("n1") else "2"
        n = _num(m.group("n" + k))
        unit = m.group("us" + k) or m.group("uu" + k)
        per = m.group("ua" + k).strip()
        per_n = _num(per) if per else 1.0      # "5 nuclei per 10,000 µm²": 5 / 10 000 per µm²
        if per_n <= 0:
            continue
        out.append((m.start(), m.end(), "AREAL", n / (per_n * _unit(unit) ** 2)))
    taken = [(a, b) for a, b, _t, _v in out]

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in taken)
    for m in _FIELD_RX.finditer(text):
        if free(m.start(), m.end()):
            u2 = _unit(m.group(4))
            u1 = _unit(m.group(2)) if m.group(2) else u2
            out.append((m.start(), m.end(), "FIELDUM", (_num(m.group(1)) * u1, _num(m.group(3)) * u2)))
            taken.append((m.start(), m.end()))
    for m in _SQUARE_RX.finditer(text):
        if free(m.start(), m.end()):
            side = _num(m.group(1)) * _unit(m.group(2))
            out.append((m.start(), m.end(), "FIELDUM", (side, side)))
            taken.append((m.start(), m.end()))
    for m in _FOV_RX.finditer(text):
        if free(m.start(), m.end()):
            k = 1 if m.group(1) else 5
            side = _num(m.group(k)) * _unit(m.group(k + 1))
            high = _num(m.group(3)) * _unit(m.group(4)) if m.group(3) else None   # "… wide and 0.4 mm high"
            out.append((m.start(), m.end(), "FIELDUM", (side, high)))     # no height: the field's own shape
            taken.append((m.start(), m.end()))
    for m in _AREA_RX.finditer(text):
        if free(m.start(), m.end()):
            side = (_num(m.group(1)) * _unit(m.group(2)) ** 2) ** 0.5   # an area alone: drawn as a square
            out.append((m.start(), m.end(), "FIELDUM", (side, side)))
    return out


def density_count(imaging: dict[str, Any], W: int, H: int, field_stated: bool,
                  min_px: int, max_px: int) -> tuple[int, int, int, str]:
    """(count, W, H, note) of a stated areal density: ρ × the field's area (µm²), rounded to the nearest
    nucleus. The field in px: from its µm size and the pixel size when both are stated, else as read.
    Raises ``InputError`` naming the density when the field's physical size cannot be told."""
    from ..errors import InputError, UnsatisfiableError
    dens = imaging["areal_density"]
    rho = float(dens["value"])
    where = f"'{dens['span']['text']}' at {dens['span']['start']}-{dens['span']['end']}"
    um = (imaging.get("field_um") or {}).get("value")
    px = (imaging.get("pixel_size") or {}).get("value")
    if um is not None:
        w_um, h_um = (float(v) for v in um)
        if px is not None:
            w_px, h_px = round(w_um / float(px)), round(h_um / float(px))
            if field_stated and (abs(w_px - W) > 1 or abs(h_px - H) > 1):
                fs = imaging["field_um"]["span"]
                raise UnsatisfiableError([fs, imaging["pixel_size"]["span"]],
                                         [{"law": "field size = pixels × pixel size", "source": "definition"}],
                                         detail=f"{w_um:g} × {h_um:g} µm at {float(px):g} µm per px is {w_px} × {h_px} px, "
                                         f"not the {W} × {H} px stated")
            if not (min_px <= w_px <= max_px and min_px <= h_px <= max_px):
                fs = imaging["field_um"]["span"]
                raise InputError(f"'{fs['text']}' at {fs['start']}-{fs['end']} at {float(px):g} µm per px is "
                                 f"{w_px} × {h_px} px; nesy draws {min_px}–{max_px} px a side")
            W, H = w_px, h_px
    elif px is not None and field_stated:
        w_um, h_um = W * float(px), H * float(px)
    else:
        raise InputError(f"{where} gives nuclei per area, but the text gives no size of the field in µm or mm (or "
                         "in px with a pixel size), so the count is not known: say the field's size, e.g. "
                         "'a 200 µm × 200 µm field', or the count of nuclei")
    exact = rho * w_um * h_um
    n = int(exact + 0.5)
    note = (f"{rho * 1e6:g} nuclei per mm² × {w_um:g} µm × {h_um:g} µm ({w_um * h_um / 1e6:g} mm²) = "
            f"{exact:.4g} nuclei" + ("" if abs(exact - n) < 1e-6 else f", rounded to {n}"))
    return n, W, H, note


def field_scale(imaging: dict[str, Any], W: int, H: int, field_span: dict[str, Any] | None, min_px: int, max_px: int,
                p50_px: float, nucleus_um: float) -> tuple[int, int, dict[str, Any] | None]:
    """A field of stated physical size ("a 200 µm × 200 µm field", "a field of view 120 µm wide") fixes the image's
    scale: its pixel size is the width in µm over the width in px (the definition of the sampling interval), set
    as ``imaging["pixel_size"]`` (noted as coming from the field) unless the text states one — so the scale bar,
    a stated nucleus diameter and an areal density all rest on the stated size (before, the bar was drawn at an
    assumed 10 µm nucleus and contradicted the stated field). Returns (W, H, field span).

    With the field in px stated too, both must agree (``UnsatisfiableError`` naming them); without it the field
    is drawn with as many px as make its nuclei their stated diameter (else the assumed ``nucleus_um``) at the
    fitted median ``p50_px``, within ``min_px``–``max_px`` a side, and is then a stated field."""
    from ..errors import UnsatisfiableError
    fu = imaging.get("field_um")
    if not fu or imaging.get("pixel_size"):
        if fu and fu["value"][1] is None:
            fu["value"] = (fu["value"][0], fu["value"][0] * H / W)
        return W, H, field_span
    w_um, h_um = fu["value"]
    if field_span is not None:
        s = float(w_um) / W
        h_um = float(h_um) if h_um is not None else s * H
        if abs(h_um / s - H) > 1:
            raise UnsatisfiableError([fu["span"], field_span],
                                     [{"law": "field size = pixels × pixel size", "source": "definition"}],
                                     detail=f"{w_um:g} × {h_um:g} µm is not the shape of the {W} × {H} px stated")
    else:
        d = imaging.get("diameter")
        um = 0.5 * sum(float(v) for v in d["value"]) if d else nucleus_um
        s = um / p50_px                       # µm per px that draws the median nucleus at its size
        h_um = float(h_um) if h_um is not None else float(w_um)
        big = max(w_um, h_um) / s
        small = min(w_um, h_um) / s
        if big > max_px:
            s = max(w_um, h_um) / max_px
        elif small < min_px:
            s = min(w_um, h_um) / min_px
        W, H = int(round(w_um / s)), int(round(h_um / s))
        W, H = min(max(W, min_px), max_px), min(max(H, min_px), max_px)
        s = float(w_um) / W
        field_span = fu["span"]
    fu["value"] = (float(w_um), float(h_um))
    imaging["pixel_size"] = {"value": s, "span": fu["span"], "from_field": f"the stated {w_um:g} µm field over {W} px"}
    return W, H, field_span
