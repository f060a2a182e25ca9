"""The pixel verifier of ``nesy.circuits.v1``: a black-and-white schematic read back by shape and label.

nesy draws every component centred on a two-unit segment of a rail of its grid (``circuits_draw``); the
grid (``unit``, ``row``, origin, ``layout/circuits.yaml``) is fixed, so the reader needs no layout:

* **Which figure.** An image is nesy's own when, at canvas scale, the long straight runs of its ink (the
  conductors) lie on nesy's grid lines (``_nesy_drawn``). A figure drawn by another tool has its own
  spacing and is read by ``nesy.see.schematic`` instead (``circuits.verify_schematic``). The decision
  does not use the legend panel (there is none) nor the scene's layout; a resized copy is brought back
  to canvas scale by its size against the canvas the scene draws on (``nesy.see.scale_from_size``), a
  crisp black-on-white PNG is taken at its own scale.
* **Components** are found at every grid site (a rail's grid column): the window along the rail is
  compared with each symbol as nesy's own renderer draws it (``circuits_draw.symbol``, both symbol
  standards, a switch open and closed), and the best template within ``SHAPE_TOLERANCE`` names the kind.
* **Names** come from the label above each symbol: its ink is compared with each scene component's label
  as nesy renders it (``regionbase.text_mismatch``, no OCR for the crisp PNG); a degraded copy's labels
  are also read by OCR (``circuits._label_checks``), as before.
* **Nodes** are the conductors: the ink left after cutting each symbol's body out, kept where it runs
  straight for ``WIRE_RUN`` px or more (text strokes are shorter), in 8-connected pieces. A component's
  terminals are the pieces at its two lead ends; the labelled netlist (kind, value, name) must be
  isomorphic to the scene's, so series↔parallel, a missing, extra or renamed component all fail.
* **Marks**: a junction dot wherever three conductors meet and nowhere else (crisp PNG only: a blurred
  dot and a blurred corner overlap in darkness), no wire crossing without one, no conductor joining
  nothing, and no ink that is neither a conductor, a symbol nor a label (a symbol moved off its site).
"""
from __future__ import annotations

import functools
import math
from typing import Any

import numpy as np

from ..resources import load_yaml
from ..types import Check, SceneGraph, Verdict

__all__ = ["verify_own", "read_figure", "nesy_drawn", "SHAPE_TOLERANCE"]

DRAWN = ("resistor", "capacitor", "inductor", "vsource", "isource", "switch", "ammeter", "voltmeter", "lamp")
# a conductor runs straight for at least this many px; the strokes of 13-px label glyphs are ≤ 10 px
# (a blurred copy adds ≤ 2 px at each end of a vertical stroke: the vertical run asked for is longer;
# every vertical conductor nesy draws is a bus of at least one row, 96 px)
WIRE_RUN = 12
WIRE_RUN_V = 16
# symbol window around a site (px): ±HALF_Y across the rail (the tallest symbol, a cell's long plate, is
# ±18; the label's baseline is 22 above the rail), along the rail up to 3 px short of the stubs
HALF_Y = 19
# a site's ink differs from the symbol's template by at most this fraction of the template's ink. Exact:
# nesy's own symbol is identical (0.0); another symbol differs by ≥ 0.4 (measured over every pair).
# Degraded (ink and template compared as darkness, the template blurred alike): see DEGRADED_SHAPE_TOLERANCE.
SHAPE_TOLERANCE = 0.08
DEGRADED_SHAPE_TOLERANCE = 0.5


def _style() -> dict[str, Any]:
    from ..render.style import science_style
    return science_style("circuits")


def _margin() -> float:
    return float(load_yaml("layout", "style.yaml")["margin"])


def _half_x(st: dict[str, Any]) -> int:
    return int(float(st["unit"]) - float(st["stub"]) - 3)


@functools.lru_cache(maxsize=4)
def templates(blur: float = 0.0) -> dict[str, np.ndarray]:
    """name → darkness (0–1) of the site window as nesy draws it: every kind in both symbol standards
    ('resistor', 'resistor/iec', 'switch/open', 'switch/closed', …) and a plain wire; blurred by ``blur`` px."""
    from ..render.style import science_style
    from ..render.svg import render_layout
    from ..types import Layout, Shape
    from ..see.lines import darkness
    from .circuits_draw import symbol
    from .regionbase import read_png
    out: dict[str, np.ndarray] = {}
    for std in ("ieee", "iec"):
        st = science_style("circuits", symbols=std)
        U, stub = float(st["unit"]), float(st["stub"])
        hx = _half_x(st)
        ax, y = 20.5, 40.5
        bx = ax + 2 * U
        for kind in DRAWN:
            if std == "iec" and kind != "resistor":
                continue
            variants = [(s, False) for s in (("open", "closed") if kind == "switch" else (None,))]
            if kind in ("vsource", "isource") and std == "ieee":
                variants.append(("rev", True))   # turned round: its + terminal at the right end
            for state, rev in variants:
                shapes = [Shape("_w0", "line", (ax, y, ax + stub, y), stroke=st["ink"], stroke_width=float(st["wire_width"])),
                          Shape("_w1", "line", (bx - stub, y, bx, y), stroke=st["ink"], stroke_width=float(st["wire_width"]))]
                shapes += symbol(kind, None if rev else state, ax + stub, bx - stub, y, st, "T", rev)
                lay = Layout("circuits", int(bx + 20), 81, tuple(shapes))
                rgb = read_png(render_layout(lay, controls=False).png)
                cx, cy = int(ax + U), int(y)
                d = darkness(rgb)[cy - HALF_Y:cy + HALF_Y + 1, cx - hx:cx + hx + 1]
                name = kind + (f"/{state}" if state else "") + ("/iec" if std == "iec" else "")
                out[name] = _blur(d, blur)
        if std == "ieee":                          # a plain conductor through the site
            lay = Layout("circuits", int(bx + 20), 81, (Shape("_w", "line", (ax, y, bx, y), stroke=st["ink"],
                                                              stroke_width=float(st["wire_width"])),))
            rgb = read_png(render_layout(lay, controls=False).png)
            cx, cy = int(ax + U), int(y)
            out["wire"] = _blur(darkness(rgb)[cy - HALF_Y:cy + HALF_Y + 1, cx - hx:cx + hx + 1], blur)
    return out


def _blur(d: np.ndarray, sigma: float) -> np.ndarray:
    if sigma <= 0:
        return d.astype(np.float32)
    from scipy import ndimage as ndi
    return ndi.gaussian_filter(d.astype(np.float32), sigma).astype(np.float32)


def _kind_of(name: str) -> str:
    return name.split("/")[0]


def _grid(st: dict[str, Any], shape: tuple[int, int]) -> tuple[float, float, int, int]:
    """(x of column 0, y of row 0, columns, rows) of nesy's grid on a canvas of ``shape`` (H, W)."""
    from .circuits_draw import grid_origin
    ox, oy = grid_origin(st, _margin())
    H, W = shape
    return ox, oy, int((W - ox) // float(st["unit"])) + 1, int((H - oy) // float(st["row"])) + 1


def _runs(m: np.ndarray, length: int, axis: int) -> np.ndarray:
    """The pixels of ``m`` on straight runs of at least ``length`` px along ``axis`` (1: rows, 0: columns)."""
    from scipy import ndimage as ndi
    st = np.ones((1, length) if axis == 1 else (length, 1), bool)
    return ndi.binary_opening(m, structure=st)


def nesy_drawn(rgb: np.ndarray, dk: np.ndarray | None = None) -> bool:
    """Whether the canvas-scale image is nesy's drawing: at least 85 % of the ink on horizontal runs of
    45 px or more (its rails; longer than any symbol's straight edge, the 40-px IEC box) lies within 3 px of a row of nesy's grid. A copy brought back to canvas scale
    keeps its rails within 1–2 px of them; the other tools' schematics of benchmarks/other_tools, scaled to
    the same canvas, put at most 67 % there (measured over every case, clean and halved). The vertical
    conductors are not asked: a wire added across the figure is an error for the netlist to find, not a
    reason to read the figure as another tool's."""
    from ..see.lines import dark
    st = _style()
    if dk is None:
        dk = dark(rgb, 0.35)
    _ox, oy, _nc, _nr = _grid(st, dk.shape)
    RH = float(st["row"])
    ys, _xs = np.nonzero(_runs(dk, 45, 1))
    if len(ys) < 60:
        return False
    off_y = np.abs(((ys + 0.5 - oy) + RH / 2) % RH - RH / 2)
    return float((off_y <= 3).mean()) >= 0.85


def _sites(dk: np.ndarray, st: dict[str, Any], exact: bool, blur: float) -> list[tuple[float, float, str, float]]:
    """Every grid site holding a symbol: (x, y) px of its centre, template name, mismatch."""
    ox, oy, nc, nr = _grid(st, dk.shape)
    U, RH, hx = float(st["unit"]), float(st["row"]), _half_x(st)
    tpl = templates(0.0 if exact else blur)
    H, W = dk.shape
    out = []
    for r in range(nr):
        for c in range(1, nc):
            X, Y = ox + c * U, oy + r * RH
            cx, cy = int(X), int(Y)
            if cy - HALF_Y < 0 or cy + HALF_Y + 1 > H or cx - hx < 0 or cx + hx + 1 > W:
                continue
            win = dk[cy - HALF_Y:cy + HALF_Y + 1, cx - hx:cx + hx + 1]
            off = win.copy()
            off[HALF_Y - 3:HALF_Y + 3, :] = 0
            if float(off.sum()) < 8:            # nothing leaves the rail: a conductor or nothing
                continue
            best, score = "", math.inf
            for name, t in tpl.items():
                s = float(np.abs(win - t).sum() / max(float(t.sum()), 1.0))
                if s < score:
                    best, score = name, s
            tol = SHAPE_TOLERANCE if exact else DEGRADED_SHAPE_TOLERANCE
            if best != "wire" and score <= tol:
                out.append((X, Y, best, score))
    # two sites a column apart cannot both hold a symbol (a symbol spans two units): keep the better
    out.sort(key=lambda s: s[3])
    kept: list[tuple[float, float, str, float]] = []
    for s in out:
        if all(not (abs(s[1] - k[1]) < 1 and abs(s[0] - k[0]) < 2 * U - 1) for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: (s[1], s[0]))


def read_figure(rgb: np.ndarray, exact: bool) -> dict[str, Any]:
    """What nesy's figure shows at canvas scale: symbols (x, y, template, mismatch), the conductor mask and
    its labelled pieces, each symbol's two terminal pieces (0: none), the darkness and the ink left over."""
    from scipy import ndimage as ndi
    from .circuits_draw import body_half_width
    from ..see.lines import darkness
    st = _style()
    dark_f = darkness(rgb)
    dk = dark_f >= (0.45 if exact else 0.35)
    if exact:
        sites = _sites(dk.astype(np.float32), st, exact, 0.0)
    else:
        # compared as darkness with JPEG's and a shifted page's speckle (< 0.15) taken out, image and
        # templates blurred alike (σ = 1.5 px on top of the copy's own blur ≤ 1 px: ≤ 1.8 against 1.5)
        sites = _sites(_blur(np.where(dark_f >= 0.15, dark_f, 0.0), 1.5), st, exact, 1.5)
    body = np.zeros(dk.shape, bool)
    H, W = dk.shape
    boxes = []
    for X, Y, name, _s in sites:
        kind = _kind_of(name)
        h = body_half_width(kind, {**st, "resistor_symbol": "rect" if name.endswith("/iec") else "zigzag"})
        x0, x1 = max(int(X - h - 2), 0), min(int(X + h + 3), W)
        y0, y1 = max(int(Y) - HALF_Y, 0), min(int(Y) + HALF_Y + 1, H)
        body[y0:y1, x0:x1] = True
        boxes.append((x0, x1))
    rest = dk & ~body
    # conductors lie on the grid lines (within 3 px: a copy's resampling moves them ≤ 2): a blurred label,
    # whose letters run together into a long dark streak, is not taken for a wire
    ox, oy, _nc, _nr = _grid(st, dk.shape)
    U, RH = float(st["unit"]), float(st["row"])
    rows = np.abs(((np.arange(H) + 0.5 - oy) + RH / 2) % RH - RH / 2) <= 3
    cols = np.abs(((np.arange(W) + 0.5 - ox) + U / 2) % U - U / 2) <= 3
    wire = (_runs(rest, WIRE_RUN, 1) & rows[:, None]) | (_runs(rest, WIRE_RUN_V, 0) & cols[None, :])
    lab, n = ndi.label(wire, structure=np.ones((3, 3), bool))
    ends = []
    for (X, Y, _name, _s), (x0, x1) in zip(sites, boxes):
        cy = int(Y)
        pair = []
        for xs in (range(x0 - 1, max(x0 - 8, -1), -1), range(x1, min(x1 + 7, W))):
            node = 0
            for x in xs:
                vals = lab[max(cy - 2, 0):cy + 3, x]
                vals = vals[vals > 0]
                if len(vals):
                    node = int(vals[0])
                    break
            pair.append(node)
        ends.append(tuple(pair))
    return {"sites": sites, "wire": wire, "lab": lab, "n": n, "ends": ends, "dark": dark_f, "dk": dk,
            "body": body}


def _junctions(fig: dict[str, Any], st: dict[str, Any]) -> tuple[int, int, int]:
    """(junctions without a dot, dots on no junction, crossings) at nesy's grid points: a point's arms are
    the conductor ink 6–9 px from it in each direction; a dot fills ≥ 90 % of the 5×5 px around it."""
    wire, dk = fig["wire"], fig["dk"]
    ox, oy, nc, nr = _grid(st, dk.shape)
    U, RH = float(st["unit"]), float(st["row"])
    H, W = dk.shape
    missing = extra = crossing = 0
    for r in range(nr):
        for c in range(nc):
            x, y = int(ox + c * U), int(oy + r * RH)
            if not (10 <= x < W - 10 and 10 <= y < H - 10):
                continue
            arms = 0
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                ok = True
                for j in range(6, 10):
                    px, py = x + dx * j, y + dy * j
                    if not wire[py - 2 if dx else py:py + 3 if dx else py + 1,
                                px - 2 if dy else px:px + 3 if dy else px + 1].any():
                        ok = False
                        break
                arms += ok
            dot = float(dk[y - 2:y + 3, x - 2:x + 3].mean()) >= 0.9
            if arms >= 3 and not dot:
                missing += 1
                crossing += arms == 4
            elif arms <= 2 and dot:
                extra += 1
    return missing, extra, crossing


def verify_own(full: np.ndarray, scene: SceneGraph, rgb: np.ndarray, exact: bool) -> Verdict:
    """Verify nesy's own figure (``rgb`` at canvas scale; ``exact``: the crisp PNG) against ``scene``."""
    import networkx as nx
    from networkx.algorithms.isomorphism import categorical_multiedge_match
    from .circuits import (LABEL_TOLERANCE, LABEL_TOLERANCE_DEGRADED, _comp_info, _crossings, netlist)
    from .regionbase import text_ink, text_mismatch
    from ..see import drop_small, text_ink as page_ink
    st = _style()
    fig = read_figure(rgb, exact)
    comps = {k: e for k, e in _comp_info(scene).items() if e.kind != "wire"}
    shown = {k: str(e.attr("display") or k) for k, e in comps.items()}
    size, rise = float(st["label_size"]), float(st["label_rise"])
    ink = (text_ink(rgb) if exact else page_ink(rgb)).copy()
    # label ink only: the conductors and symbols are black as well
    from scipy import ndimage as ndi
    removed = ndi.binary_dilation(fig["wire"] | fig["body"], iterations=1 if exact else 2)
    ink[removed] = 0
    tol = LABEL_TOLERANCE if exact else LABEL_TOLERANCE_DEGRADED
    blur = 0.0 if exact else 1.5
    typeset = bool(st.get("designator_math"))   # the labels set R₁ = 100 Ω (circuits_draw)

    def miss(t: str, X: float, Y: float) -> float:
        return text_mismatch(ink, t, size, X, Y - rise, blur=blur, math=typeset)   # drawn as the label is
    # each symbol named by its label: the scene component whose label it shows
    named: dict[int, str] = {}
    scores = {i: sorted((miss(t, X, Y), k) for k, t in shown.items()) for i, (X, Y, _n, _s) in enumerate(fig["sites"])}
    for i, sc in sorted(scores.items(), key=lambda kv: kv[1][0] if kv[1] else (math.inf, "")):
        for m, k in sc:
            if m <= tol and k not in named.values():
                named[i] = k
                break
    # a symbol whose label names none: the scene's only unfound component of its kind (its label fails)
    for i, (X, Y, name, _s) in enumerate(fig["sites"]):
        if i in named:
            continue
        cands = [k for k, e in comps.items() if k not in named.values() and e.kind == _kind_of(name)]
        if cands:
            named[i] = min(cands, key=lambda k: miss(shown[k], X, Y))
    checks: list[Check] = []
    where: dict[str, tuple[float, float]] = {}
    for i, (X, Y, name, s) in enumerate(fig["sites"]):
        at = f"symbol at ({X:.0f}, {Y:.0f}) px"
        if i not in named:
            checks.append(Check("component_label", (at, _kind_of(name)), "no component of the text",
                                "a component of the text", 0, False, ""))
            continue
        k = named[i]
        e = comps[k]
        where[k] = (X, Y)
        checks.append(Check("component_shape", (k, e.kind), _kind_of(name), e.kind, round(s, 3),
                            _kind_of(name) == e.kind and (e.kind != "switch" or name.split("/")[1] ==
                                                          (e.attr("state") or "closed")), e.span.text if e.span else ""))
    for k, e in comps.items():
        if k not in where:
            checks.append(Check("component_present", (k, e.kind), "not seen", shown[k], 0, False,
                                e.span.text if e.span else ""))
    if exact:
        for k, (X, Y) in where.items():
            e = comps[k]
            m = miss(shown[k], X, Y)
            seen = shown[k] if m <= tol else next((t for n, t in shown.items() if n != k and miss(t, X, Y) <= tol),
                                                  f"unreadable (ink differs by {m:.2f})")
            checks.append(Check("component_label", (k, e.kind), seen, shown[k], tol, m <= tol,
                                e.span.text if e.span else ""))
    else:
        checks += _label_checks_on(rgb, ink, removed, scene, where)
    # the netlist from the conductors
    want = netlist(scene)
    for _u, _v, k, d in want.edges(keys=True, data=True):
        d["name"] = k
    deg = {k: (1 if u == v else 2) for u, v, k in want.edges(keys=True)}
    g = nx.MultiGraph()
    used: set[int] = set()
    for i, (a, b) in enumerate(fig["ends"]):
        if i not in named:
            continue
        k = named[i]
        e = comps[k]
        nodes = {x for x in (a, b) if x}
        used |= nodes
        exp = deg.get(k, 2)
        checks.append(Check("component_terminals", (k, e.kind), len(nodes), exp, 0,
                            len(nodes) == exp and 0 not in (a, b), e.span.text if e.span else ""))
        if a and b:
            g.add_edge(a, b, key=k, name=k, kind=e.kind, value=e.attr("value"))
    n_seen = g.number_of_nodes()
    checks.append(Check("node_count", ("nodes",), n_seen, want.number_of_nodes(), 0,
                        n_seen == want.number_of_nodes(), ""))
    iso = nx.is_isomorphic(g, want, edge_match=categorical_multiedge_match(["kind", "value", "name"], [None] * 3))
    seen = f"{g.number_of_edges()} components, {n_seen} nodes"
    if not iso and nx.is_isomorphic(g, want, edge_match=categorical_multiedge_match(["kind", "value"], [None] * 2)):
        seen += " (the same shape, with components in other places)"
    checks.append(Check("netlist_isomorphic", ("netlist",), seen,
                        f"{want.number_of_edges()} components, {want.number_of_nodes()} nodes", 0, bool(iso),
                        scene.text[:80]))
    if iso:
        checks += _polarity_checks(fig, named, g, want, comps)
    stray = len(set(range(1, fig["n"] + 1)) - used)
    crossings = _crossings(fig["wire"])
    if exact:
        missing, extra, cross = _junctions(fig, st)
        crossings = max(crossings, cross)
        checks.append(Check("junction_dots", ("wires",), f"{missing} junctions without a dot, {extra} dots on none",
                            "a dot on every junction of three conductors, none elsewhere", 0,
                            missing == 0 and extra == 0, ""))
    checks.append(Check("wire_crossings", ("wires",), crossings, 0, 0, crossings == 0, ""))
    checks.append(Check("stray_wires", ("wires",), stray, 0, 0, stray == 0, ""))
    # ink that is no conductor, no symbol and no label: something drawn off nesy's grid
    left = fig["dk"] & ~ndi.binary_dilation(fig["wire"], iterations=2) & ~fig["body"]
    for k, (X, Y) in where.items():
        half = 0.5 * len(shown[k]) * size * 0.7 + 6
        left[max(int(Y - rise - size - 4), 0):int(Y - rise + 6), max(int(X - half), 0):int(X + half)] = False
    left = drop_small(left, 12 if exact else 25)
    n_left = int(ndi.label(left, structure=np.ones((3, 3), bool))[1])
    checks.append(Check("stray_ink", ("figure",), n_left, 0, 0, n_left == 0, ""))
    return Verdict(tuple(checks), rounds=1)


def _polarity_checks(fig: dict[str, Any], named: dict[int, str], g: Any, want: Any, comps: dict) -> list[Check]:
    """Each source's drawn polarity against the netlist's: the figure node at the seen + terminal (the long
    plate's side, or the current arrow's tail: the template read, turned round or not) must be the netlist's
    + node under some node matching of the figure's netlist onto the scene's (the same components, connected
    the same way). Sources seen turned the wrong way fail, naming which ones."""
    import networkx as nx
    from networkx.algorithms.isomorphism import categorical_multiedge_match
    plus: dict[str, int] = {}
    for i, (a, b) in enumerate(fig["ends"]):
        k = named.get(i)
        if k is None or comps[k].kind not in ("vsource", "isource") or not (a and b):
            continue
        plus[k] = b if fig["sites"][i][2].endswith("/rev") else a
    if not plus:
        return []
    want_plus = {k: d["ends"][0] for _u, _v, k, d in want.edges(keys=True, data=True) if k in plus}
    gm = nx.isomorphism.MultiGraphMatcher(g, want, edge_match=categorical_multiedge_match(
        ["kind", "value", "name"], [None] * 3))
    best: set[str] | None = None
    for n, mapping in enumerate(gm.isomorphisms_iter()):
        wrong = {k for k, node in plus.items() if mapping.get(node) != want_plus.get(k)}
        if best is None or len(wrong) < len(best):
            best = wrong
        if not wrong or n >= 5000:
            break
    best = best if best is not None else set(plus)
    return [Check("source_polarity", (k, comps[k].kind), "turned the wrong way" if k in best else "as the netlist",
                  "+ terminal at the netlist's + node", 0, k not in best, comps[k].span.text if comps[k].span else "")
            for k in sorted(plus)]


def _label_checks_on(rgb: np.ndarray, ink: np.ndarray, ink_removed: np.ndarray, scene: SceneGraph,
                     where: dict[str, tuple[float, float]]) -> list[Check]:
    """A degraded copy's labels: the ink template (blurred, on the label ink alone) and OCR on the copy as
    it is, as ``circuits._label_checks`` (painting the symbols out below the label was tried: the reader
    then took a blurred "Ω" for "0" more often)."""
    from .circuits import _label_checks
    return _label_checks(rgb, scene, where, exact=False, ink=ink)
