"""The pixel verifier of ``nesy.automata.v1``: a black-and-white state diagram read back by shape and
position, and named by its text.

From the pixels alone (``nesy.see.lines``), without the layout: the states are the circles of the
scene's state radius (a circle Hough transform for that radius on the dark pixels); each is named by
the text inside it (its ink compared with every state's name as nesy draws it, one name per circle);
accepting states have a whole second circle inside, the others none. From the measured centres the
drawing's conventions (``automata_draw``) give where every transition must run — straight, bowed when
both directions are drawn, an arc around the states between (its bend from the measured centres and the
columns the scene gives, ``automata_layers``), a loop on one of the compass sides — and the verifier checks that it is
drawn there, that its arrowhead is at the target and not at the source, and that its symbols are
written at one of the places a label may take beside it (each label its own place). The start state is
the one with an arrow from nowhere and the word "start" at its tail, on some compass side; no other
state has one. A degraded copy is first brought back to canvas scale by the size of its state circles
(the holes they enclose).

A diagram drawn by another tool (graphviz ``dot``, matplotlib…) has neither nesy's state circles named in
nesy's font nor nesy's "start" arrow (``_nesy_drawn``); it is read without any layout by
``nesy.see.graphs.read_graph`` (states as round holes, double ones accepting, names and edge symbols by
OCR, edges as the line work between states, directed by their arrowheads, the start arrow as the one
from nowhere) and compared with the scene's states, start, accepting states and transition graph
(``verify_other``); whatever it could not read is a failed ``diagram_read`` check.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..resources import load_yaml
from ..types import Check, SceneGraph, Verdict

__all__ = ["verify", "verify_other", "find_states", "circle_scale"]


def _style() -> dict[str, Any]:
    return load_yaml("layout", "automata.yaml")


def circle_scale(dk: np.ndarray, r: float, width: float) -> float | None:
    """Image px per canvas px from the state circles: the holes their strokes enclose (a state's inside,
    an accepting state's ring between its two circles — both as wide as the circle's inner edge, 2 r −
    ``width``) are the commonest round holes; their median width over the canvas width. None when no
    round hole is seen."""
    from ..see.graphs import round_holes
    ws = [0.5 * sum(m.shape) for _, m in round_holes(dk, min_px=8, square=0.12, fill=0.72)]
    if not ws:
        return None
    ws.sort()
    # the largest cluster of alike widths (± 6 %); ties: the wider (an accepting state's inner circle and a
    # loop's hole are smaller than a state's inside)
    best = max(ws, key=lambda v: (sum(abs(x - v) <= 0.06 * v for x in ws), v))
    near = [x for x in ws if abs(x - best) <= 0.06 * best]
    return float(np.median(near)) / (2 * r - width)


def find_states(dk: np.ndarray, r: float, slack: float, level: float,
                limit: int | None = None) -> list[tuple[float, float, float]]:
    """(x, y, score) of every circle of radius ``r`` px in the dark mask: the peaks of its circle Hough
    transform (share of the circle with ink within ``slack`` px) of at least ``level``, 1.5 r apart;
    only the ``limit`` strongest when given."""
    from scipy import ndimage as ndi
    from ..see.lines import ring_response
    resp = ring_response(dk, r, slack)
    peak = (resp >= level) & (resp >= ndi.maximum_filter(resp, size=int(2 * r) | 1))
    ys, xs = np.nonzero(peak)
    order = np.argsort(-resp[ys, xs])
    out: list[tuple[float, float, float]] = []
    for i in order:
        if limit is not None and len(out) >= limit:
            break
        x, y = float(xs[i]) + 0.5, float(ys[i]) + 0.5
        if all(math.hypot(x - a, y - b) >= 1.5 * r for a, b, _ in out):
            # refine: the mean of the near-peak pixels (a crisp circle's centre lies between pixels)
            y0, x0 = int(ys[i]), int(xs[i])
            win = resp[max(y0 - 1, 0): y0 + 2, max(x0 - 1, 0): x0 + 2]
            wy, wx = np.nonzero(win >= win.max() - 0.02)
            out.append((float(wx.mean() + max(x0 - 1, 0)) + 0.5, float(wy.mean() + max(y0 - 1, 0)) + 0.5,
                        float(resp[y0, x0])))
    return out


def _barbs(ink: np.ndarray, tip, d) -> float:
    """Mean darkness where an arrowhead at ``tip`` pointing along ``d`` is filled but its shaft is not
    (beside the shaft, 6–8 px back from the tip)."""
    from scipy import ndimage as ndi
    L = float(_style()["arrow_length"])
    w = float(_style()["arrow_half_width"])
    pts = []
    for back in (0.55 * L, 0.65 * L, 0.75 * L):
        for side in (1, -1):
            off = side * 0.55 * w * back / L
            pts.append((tip[0] - back * d[0] - off * d[1], tip[1] - back * d[1] + off * d[0]))
    P = np.asarray(pts) - 0.5
    return float(ndi.map_coordinates(ink, [P[:, 1], P[:, 0]], order=1, mode="constant").mean())


def _coarse(ink: np.ndarray, lb, blur: float):
    """``text_mismatch`` of a label at its own phase only (the quick pass over every place it may take)."""
    from ..see.lines import _mismatch_at
    return _mismatch_at(ink, lb.text, lb.size, lb.x, lb.y, lb.anchor, 3, blur, None, False, True)


def _foreign(dk: np.ndarray, lb, shift) -> int:
    """Dark pixels inside a found label's box (its ink + 2 px) that its own text does not explain (more
    than 1 px from the text's ink): an edge, circle or other text running through it."""
    from scipy import ndimage as ndi
    from ..see.lines import text_template
    x, y = lb.x + shift[0], lb.y + shift[1]
    tpl = text_template(lb.text, lb.size, lb.anchor, x - math.floor(x), y - math.floor(y), math=True)
    if tpl is None:
        return 0
    t, dx, dy = tpl
    own = ndi.binary_dilation(t > 0.05, iterations=2)
    bx, by = int(math.floor(x)) + dx, int(math.floor(y)) + dy
    H, W = dk.shape
    y0, x0 = max(by, 0), max(bx, 0)
    y1, x1 = min(by + t.shape[0], H), min(bx + t.shape[1], W)
    if y0 >= y1 or x0 >= x1:
        return 0
    win = dk[y0:y1, x0:x1] & ~own[y0 - by: y1 - by, x0 - bx: x1 - bx]
    return int(win.sum())


def _trim(pts, skip: float):
    """The polyline without ``skip`` px at each end."""
    from shapely.geometry import LineString
    from shapely.ops import substring
    ln = LineString(pts)
    if ln.length <= 2 * skip + 2:
        return list(ln.coords)
    return list(substring(ln, skip, ln.length - skip).coords)


def verify(png: bytes, scene: SceneGraph) -> Verdict:
    from scipy.optimize import linear_sum_assignment
    from ..see import to_canvas
    from ..see.lines import BLUR, dark, darkness, drawn_fraction, is_crisp_bw, ring_response, text_mismatch
    from .automata import merged_edges
    from .automata_draw import (COMPASS, bend_choices, edge_bends, edge_label, edge_path, label_spots, loop_path,
                                outer_radius, start_arrow, state_radius)
    from .automata_layers import columns
    from .regionbase import read_png
    st = _style()
    full = read_png(png)
    if not _nesy_drawn(full, scene):
        # another tool's drawing (on a page, a slide: cropped to it): its own layout, read by shape alone
        from ..see.page import figure_of
        return verify_other(figure_of(full, text=scene.text), scene)
    states = [e.id for e in scene.entities]
    r = state_radius(states)
    sw = float(st["state_width"])
    # (a resized copy can keep its strokes pure black: its scale is read from its circles either way)
    sc = circle_scale(dark(full), r, sw)
    exact = is_crisp_bw(full)
    rgb = full
    if sc is not None and abs(sc - 1.0) > 0.015:
        exact = False
        rgb = to_canvas(full, sc)
    ink = darkness(rgb)
    dk = dark(rgb)
    thin = dk if exact else dark(rgb, 0.25)
    blur = 0.0 if exact else BLUR
    reach = 1.5 if exact else 2.5
    tol = float(st["label_tolerance"] if exact else st["label_tolerance_degraded"])
    checks: list[Check] = []
    # states: circles of the state radius, each named by the text inside it
    found = find_states(dk, r, 1.0 if exact else 1.5, 0.9 if exact else 0.8)
    n = len(states)
    nsize = float(st["name_size"])

    def name_miss(q: str, c) -> float:
        return text_mismatch(ink, q, nsize, float(round(c[0])), float(round(c[1] + nsize * 0.35)), "middle", math_=True,
                             search=3, blur=blur)[0]
    centre: dict[str, tuple[float, float]] = {}
    miss_of: dict[str, float] = {}
    # (an image of many circle-like things: only the likeliest are named — the count already fails)
    named = sorted(found, key=lambda f: -f[2])[: 2 * n + 8]
    if named and states:
        M = np.array([[name_miss(q, c) for c in named] for q in states])
        rows, cols = linear_sum_assignment(M)
        for i, j in zip(rows, cols):
            centre[states[i]] = named[j][:2]
            miss_of[states[i]] = float(M[i, j])
    for e in scene.entities:
        q = e.id
        m = miss_of.get(q, math.inf)
        checks.append(Check("state_drawn", (q,), round(m, 3) if m < math.inf else "no circle",
                            f"a circle named {q!r} (ink differs <= {tol})", 0, m <= tol, e.span.text if e.span else ""))
    checks.append(Check("state_count", ("states",), len(found), n, 0, len(found) == n, ""))
    over = [f"{a}/{b}" for i, a in enumerate(centre) for b in list(centre)[i + 1:]
            if math.hypot(centre[a][0] - centre[b][0], centre[a][1] - centre[b][1]) < 2 * r + 4]
    checks.append(Check("no_overlap", ("states",), over or "none", "none", 0, not over and len(centre) == n, ""))
    ok_c = {q: c for q, c in centre.items() if miss_of[q] <= tol}
    # accepting: a whole inner circle
    g = float(st["accept_gap"])
    inner = ring_response(dk, r - g, 1.0 if exact else 1.5)
    for e in scene.entities:
        if e.id not in ok_c:
            continue
        cx, cy = ok_c[e.id]
        y0, x0 = int(cy), int(cx)
        frac = float(inner[max(y0 - 1, 0): y0 + 2, max(x0 - 1, 0): x0 + 2].max())
        want = bool(e.attr("accepting"))
        ok = frac >= 0.8 if want else frac <= 0.35
        checks.append(Check("accepting_ring", (e.id,), round(frac, 3), ">= 0.8" if want else "<= 0.35", 0, ok,
                            next((a["phrase"]["text"] for a in scene.attr("accepts") or [] if a["state"] == e.id), "")))
    rb = outer_radius(r)
    # the start arrow: on some side of a state, a shaft from nowhere, its head at the state, "start" at its tail
    want_start = sorted(e.id for e in scene.entities if e.attr("start"))
    starts: list[str] = []
    start_geo: list = []
    for q, c in ok_c.items():
        for side in COMPASS:
            shaft, d, lb = start_arrow(c, rb, side)
            if drawn_fraction(thin, _trim(shaft, 2), reach=reach) < 0.9:
                continue
            if _barbs(ink, shaft[-1], d) < 0.5:
                continue
            m, _ = text_mismatch(ink, lb.text, lb.size, lb.x, lb.y, lb.anchor, search=3, blur=blur, math_=True)
            if m <= tol:
                starts.append(q)
                start_geo.append((shaft, lb))
                break
    checks.append(Check("start_marker", tuple(want_start) or ("none",), sorted(starts), want_start, 0,
                        sorted(starts) == want_start, "; ".join(s["phrase"]["text"] for s in scene.attr("starts") or [])))
    # transitions, where the drawing's conventions put them between the measured centres
    trans = scene.attr("transitions") or []
    edges = merged_edges(scene)
    # each edge's bend as the drawing's conventions give it from the measured centres and the scene's
    # columns (breadth-first distance from the start state)
    bends = edge_bends(ok_c, edges, columns(states, edges, {e.id for e in scene.entities if e.attr("start")}), rb)
    spots: dict[int, list] = {}
    drawn_paths: list = []
    found_labels: list = []
    for k, (a, b, syms) in enumerate(edges):
        phrase = "; ".join(t["phrase"]["text"] for t in trans if t["source"] == a and t["target"] == b)
        if a not in ok_c or b not in ok_c:
            checks.append(Check("edge_drawn", (a, b), "state not found", "joins both states", 0, False, phrase))
            continue
        if a == b:
            best = None
            for side in COMPASS:
                pts, d = loop_path(ok_c[a], rb, side)
                f = drawn_fraction(thin, _trim(pts, 4), reach=reach)
                if best is None or f > best[0]:
                    best = (f, pts, d)
            frac, pts, d = best
        else:
            pts, d = edge_path(ok_c[a], ok_c[b], rb, bends.get(k, 0.0))
            frac = drawn_fraction(thin, _trim(pts, 4), reach=reach)
            if frac < 0.9:
                # a centre measured a pixel off can tip a choice of bend: the edge may take any other
                best = (frac, pts, d)
                for h in [0.0] + bend_choices():
                    p2, d2 = edge_path(ok_c[a], ok_c[b], rb, h)
                    f2 = drawn_fraction(thin, _trim(p2, 4), reach=reach)
                    if f2 > best[0]:
                        best = (f2, p2, d2)
                frac, pts, d = best
        drawn_paths.append((pts, d))
        ok = frac >= 0.9
        checks.append(Check("edge_drawn", (a, b), round(frac, 3), ">= 0.9 of its path", 0, ok, phrase))
        if a != b:
            at_t = _barbs(ink, pts[-1], d)
            d0 = (pts[0][0] - pts[1][0], pts[0][1] - pts[1][1])
            h0 = math.hypot(*d0) or 1.0
            at_s = _barbs(ink, pts[0], (d0[0] / h0, d0[1] / h0))
            checks.append(Check("edge_direction", (a, b), f"head {at_t:.2f} at target, {at_s:.2f} at source",
                                "arrowhead at target only", 0, at_t >= 0.5 > at_s, phrase))
        else:
            at_t = _barbs(ink, pts[-1], d)
            checks.append(Check("edge_direction", (a, b), f"head {at_t:.2f}", "arrowhead at the state", 0,
                                at_t >= 0.5, phrase))
        if syms:
            text = ", ".join(syms)
            cands = []
            for i, spot in enumerate(label_spots(pts, text)):
                lb = edge_label(text, spot)
                m, sh = _coarse(ink, lb, blur)
                cands.append((m, i, lb, sh))
            cands.sort(key=lambda t: t[0])
            if blur:   # degraded: the best few again, blurred and at sub-pixel phases
                cands = sorted(((text_mismatch(ink, lb.text, lb.size, lb.x, lb.y, lb.anchor, search=3, blur=blur,
                                               math_=True)[0],
                                 i, lb, sh) for _, i, lb, sh in cands[:4]), key=lambda t: t[0])
            spots[k] = [(lb.x + sh[0], lb.y + sh[1], m) for m, _, lb, sh in cands if m <= tol]
            best_m = cands[0][0] if cands else math.inf
            checks.append(Check("label_present", (a, b, text), round(best_m, 3), f"<= {tol} at a label place", 0,
                                best_m <= tol, phrase))
            if cands and best_m <= tol:
                found_labels.append((cands[0][2], cands[0][3]))
                foreign = _foreign(dk, cands[0][2], cands[0][3])
                lim = 3 if exact else 12
                checks.append(Check("label_clear", (a, b, text), foreign, f"<= {lim} px of other ink in its box", 0,
                                    foreign <= lim, phrase))
    # each label its own place: one spot per edge, no two the same text box
    ks = [k for k in spots if spots[k]]
    clash = []
    if ks:
        taken: list[tuple[float, float, int]] = []

        def assign(i: int) -> bool:
            if i == len(ks):
                return True
            for x, y, _ in sorted(spots[ks[i]], key=lambda t: t[2])[:6]:
                if all(math.hypot(x - u, y - v) >= 6 for u, v, _ in taken):
                    taken.append((x, y, ks[i]))
                    if assign(i + 1):
                        return True
                    taken.pop()
            return False
        if len(ks) <= 40 and not assign(0):
            clash = [f"{edges[k][0]}->{edges[k][1]}" for k in ks]
        checks.append(Check("labels_apart", ("labels",), clash or "none", "none", 0, not clash, ""))
    # nothing else drawn: every dark piece is a state, an edge, an arrowhead, the start arrow or a label
    if len(ok_c) == n:
        stray = _stray(dk, list(ok_c.values()), r, drawn_paths, start_geo, found_labels, exact)
        checks.append(Check("no_stray_ink", ("figure",), stray or "none", "none", 0, not stray, ""))
    return Verdict(tuple(checks), rounds=1)


def _stray(dk: np.ndarray, centres, r: float, paths, starts, labels, exact: bool) -> list[str]:
    """The dark pieces (≥ 20 px; degraded ≥ 40) that no state, edge, arrowhead, start arrow or label
    explains — an extra transition or loop, stray text: "x, y: n px" each."""
    from PIL import Image, ImageDraw
    from .automata_draw import head
    from ..see.lines import stray_pieces, text_template
    H, W = dk.shape
    im = Image.new("L", (W, H), 0)
    dr = ImageDraw.Draw(im)
    grow = 4 if exact else 5
    for cx, cy in centres:
        R = r + grow
        dr.ellipse((cx - R, cy - R, cx + R, cy + R), fill=255)
    for pts, d in paths:
        dr.line([(x - 0.5, y - 0.5) for x, y in pts], fill=255, width=2 * grow + 1)
        dr.polygon([(x - 0.5, y - 0.5) for x, y in head(pts[-1], d)], fill=255, outline=255, width=grow)
    for shaft, lb in starts:
        d = (shaft[1][0] - shaft[0][0], shaft[1][1] - shaft[0][1])
        h = math.hypot(*d) or 1.0
        dr.line([(x - 0.5, y - 0.5) for x, y in shaft], fill=255, width=2 * grow + 1)
        dr.polygon([(x - 0.5, y - 0.5) for x, y in head(shaft[-1], (d[0] / h, d[1] / h))], fill=255, outline=255,
                   width=grow)
        labels = list(labels) + [(lb, (0, 0))]
    for lb, sh in labels:
        x, y = lb.x + sh[0], lb.y + sh[1]
        tpl = text_template(lb.text, lb.size, lb.anchor, x - math.floor(x), y - math.floor(y), math=True)
        if tpl is None:
            continue
        t, dx, dy = tpl
        bx, by = int(math.floor(x)) + dx, int(math.floor(y)) + dy
        dr.rectangle((bx - grow, by - grow, bx + t.shape[1] + grow, by + t.shape[0] + grow), fill=255)
    return stray_pieces(dk & (np.asarray(im) == 0), exact)


# ---------------------------------------------------------------------------------------------
# diagrams drawn by other tools (graphviz, matplotlib…): their own layout, sizes, palette and fonts


def _nesy_drawn(full: np.ndarray, scene: SceneGraph) -> bool:
    """Whether the image is nesy's own drawing: at the scale its state circles give, at least half of the
    scene's states are circles of nesy's state radius named in nesy's own font (``text_mismatch`` within
    the degraded tolerance). Another tool's states have their own radius and font."""
    from ..see import to_canvas
    from ..see.lines import BLUR, dark, darkness, text_mismatch
    from .automata_draw import state_radius
    st = _style()
    states = [e.id for e in scene.entities]
    if not states:
        return True
    r = state_radius(states)
    sc = circle_scale(dark(full), r, float(st["state_width"]))
    rgb = full if sc is None or abs(sc - 1.0) <= 0.015 else to_canvas(full, sc)
    dk = dark(rgb)
    ink = darkness(rgb)
    found = find_states(dk, r, 1.5, 0.8, limit=len(states) + 4)
    nsize = float(st["name_size"])
    tol = float(st["label_tolerance_degraded"])
    from ..see.lines import _mismatch_at

    def shows(text: str, size: float, x: float, y: float, anchor: str) -> bool:
        # the quick pass at the text's own phase first; the sub-pixel phases only where it is near
        m = _mismatch_at(ink, text, size, x, y, anchor, 3, BLUR, None, False, True)[0]
        if m <= tol:
            return True
        return m <= 2 * tol and text_mismatch(ink, text, size, x, y, anchor, search=3, blur=BLUR, math_=True)[0] <= tol
    named = []
    for c in sorted(found, key=lambda f: -f[2])[: len(states) + 4]:
        if any(shows(q, nsize, float(round(c[0])), float(round(c[1] + nsize * 0.35)), "middle") for q in states):
            named.append(c)
    if len(named) < max(1, (len(states) + 1) // 2):
        return False
    if not any(e.attr("start") for e in scene.entities):
        return True
    # and nesy's start arrow: the word "start" at its tail beside one of them
    from .automata_draw import COMPASS, outer_radius, start_arrow
    rb = outer_radius(r)
    for c in named:
        for side in COMPASS:
            _, _, lb = start_arrow(c[:2], rb, side)
            if shows(lb.text, lb.size, lb.x, lb.y, lb.anchor):
                return True
    return False


# one-letter names a serif italic draws alike (Computer Modern's v is a u without its stem; n and h, c and e
# differ by a stroke OCR may drop)
_ITALIC_ALIKE = frozenset({("u", "v"), ("v", "u"), ("n", "h"), ("h", "n"), ("c", "e"), ("e", "c")})


def _norm_name(s: str) -> str:
    """A name as OCR may read it: case and the digit/letter look-alikes folded (s0 read "50", q0 "qo"; a serif
    q, as graphviz's default Times draws it, read as the Greek "α"; a monospace zero's dot or slash read
    as "θ" or "ø"; a serif italic z, as TikZ's math italic draws z₀, read as "2")."""
    t = s.strip().lower().replace(" ", "")
    return t.translate(str.maketrans({"5": "s", "0": "o", "1": "l", "|": "l", "i": "l", "8": "b", "6": "b", "4": "q", "9": "q",
                                      "α": "q", "θ": "o", "ø": "o", "2": "z"}))


def verify_other(full: np.ndarray, scene: SceneGraph) -> Verdict:
    """Read a state diagram drawn by another tool (``nesy.see.graphs.read_graph``) and compare it with the
    scene: every state drawn once and named, accepting exactly where stated, the start arrow on the start
    state only, every transition drawn source → target with its symbols, nothing more."""
    from difflib import SequenceMatcher
    from scipy.optimize import linear_sum_assignment
    from ..see.graphs import read_graph
    from .automata import merged_edges
    checks: list[Check] = []
    if max(full.shape[:2]) < 700:
        from PIL import Image
        f = min(700 / max(full.shape[:2]), 3.0)
        full = np.asarray(Image.fromarray(np.ascontiguousarray(full[..., :3])).resize(
            (int(round(full.shape[1] * f)), int(round(full.shape[0] * f))), Image.Resampling.BICUBIC))
    g = read_graph(full)
    names = [e.id for e in scene.entities]
    n = len(names)
    checks.append(Check("state_count", ("states",), len(g.states), n, 0, len(g.states) == n, ""))
    who: dict[int, str] = {}
    if g.states and names:
        # (a hundredth of the reading's doubt breaks ties: of two circles read alike, the surer reading's is the name)
        M = np.array([[1.0 - SequenceMatcher(None, _norm_name(q), _norm_name(s.name)).ratio()
                       + 0.01 * (1.0 - float(s.score)) for s in g.states] for q in names])
        rows, cols = linear_sum_assignment(M)
        for i, j in zip(rows, cols):
            if M[i, j] <= 0.35:
                who[j] = names[i]
        # one circle left whose one-letter name was read unsurely as a letter another circle's sure reading
        # already names, and one name left that the read letter is drawn like in a serif italic (v read "U"
        # beside a surely read u): that circle is the name left — the two readings cannot both be u
        left_c = [j for j in range(len(g.states)) if j not in who]
        left_n = [q for q in names if q not in who.values()]
        if len(left_c) == 1 and len(left_n) == 1:
            st, q = g.states[left_c[0]], left_n[0]
            r = _norm_name(st.name)
            if (st.score < 0.8 and (r, q.lower()) in _ITALIC_ALIKE
                    and any(_norm_name(who[j]) == r for j in who)):
                who[left_c[0]] = q
    seen = set(who.values())
    for e in scene.entities:
        checks.append(Check("state_drawn", (e.id,), "named circle" if e.id in seen else "no circle read as it",
                            f"a circle named {e.id!r}", 0, e.id in seen, e.span.text if e.span else ""))
    for j, s in enumerate(g.states):
        q = who.get(j)
        if q is None:
            continue
        want = bool(scene.entity(q).attr("accepting")) if hasattr(scene, "entity") else \
            bool(next(e for e in scene.entities if e.id == q).attr("accepting"))
        checks.append(Check("accepting_ring", (q,), "double circle" if s.accepting else "single circle",
                            "double circle" if want else "single circle", 0, s.accepting == want,
                            next((a["phrase"]["text"] for a in scene.attr("accepts") or [] if a["state"] == q), "")))
    want_start = sorted(e.id for e in scene.entities if e.attr("start"))
    starts = sorted(who.get(e.target, f"?{e.target}") for e in g.edges if e.source < 0)
    checks.append(Check("start_marker", tuple(want_start) or ("none",), starts, want_start, 0, starts == want_start,
                        "; ".join(s["phrase"]["text"] for s in scene.attr("starts") or [])))
    trans = scene.attr("transitions") or []
    want_edges = {(a, b): sorted(syms) for a, b, syms in merged_edges(scene)}
    alphabet = {x for syms in want_edges.values() for x in syms}
    one_char = all(len(x) == 1 for x in alphabet)
    # letters whose capital is the small letter drawn larger (c o s u v w x z) are told apart by size alone,
    # which a lone label does not show: read as the alphabet's case where the alphabet has only one of them
    fold = {ch.upper(): ch for ch in "cosuvwxz" if ch in alphabet and ch.upper() not in alphabet}
    fold.update({ch: ch.lower() for ch in "COSUVWXZ" if ch in alphabet and ch.lower() not in alphabet})
    if "ε" in alphabet and not alphabet & {"e", "E"}:
        # OCR reads a Greek epsilon as its Latin look-alike ('E', 'e', '€'): where the alphabet has no e of
        # its own, that letter is the epsilon; any other symbol stays what it is
        fold.update({t: "ε" for t in ("e", "E", "€", "ɛ")})
    if "0" in alphabet and not alphabet & {"θ", "ø", "Ø"}:
        # a monospace zero carries a dot or a slash inside (Courier, DejaVu Sans Mono), which OCR reads as
        # the Greek theta or the Nordic ø where the alphabet has no such letter of its own
        fold.update({t: "0" for t in ("θ", "ø", "Ø")})

    def symbols(labels: list[str]) -> list[str]:
        # OCR may answer a full-width form ('，' for ','): compatibility forms are read as their plain letters
        import unicodedata
        labels = [unicodedata.normalize("NFKC", lb) for lb in labels]
        syms = [t.strip() for lb in labels for t in lb.replace(";", ",").replace(".", ",").split(",") if t.strip()]
        if one_char:
            # every symbol of the alphabet is one character: a label read as 'ab' is 'a,b' whose comma a small
            # copy lost (5-px text), one symbol per character; a changed symbol stays changed ('cb')
            syms = [ch for t in syms for ch in t]
        return [fold.get(t, t) for t in syms]
    read: dict[tuple[str, str], list[str]] = {}
    problems = list(g.problems)
    for e in g.edges:
        if e.source < 0:
            continue
        a, b = who.get(e.source, f"?{e.source}"), who.get(e.target, f"?{e.target}")
        read.setdefault((a, b), []).extend(symbols(e.labels))
        # a label read unsurely counts only as symbols of the scene's alphabet; anything else it may be is
        # unread text (a wrong symbol read unsurely as another symbol of the alphabet stays a wrong label)
        unsure = symbols(e.unsure)
        if all(t in alphabet for t in unsure):
            read[(a, b)].extend(unsure)
        else:
            problems.append(f"label of {a}->{b} not read surely ({', '.join(e.unsure)!r})")
    for (a, b), syms in want_edges.items():
        phrase = "; ".join(t["phrase"]["text"] for t in trans if t["source"] == a and t["target"] == b)
        got = read.get((a, b))
        checks.append(Check("edge_drawn", (a, b), "drawn" if got is not None else "not drawn", "drawn", 0,
                            got is not None, phrase))
        if got is not None and syms:
            checks.append(Check("edge_label", (a, b), sorted(got), syms, 0, sorted(got) == syms, phrase))
    extra = sorted(f"{a}->{b}" for a, b in read if (a, b) not in want_edges)
    checks.append(Check("no_extra_edge", ("edges",), extra or "none", "none", 0, not extra, ""))
    checks.append(Check("diagram_read", ("figure",), problems or "all read", "all read", 0, not problems, ""))
    return Verdict(tuple(checks), rounds=1)
