"""Reading a state diagram drawn by another tool (graphviz ``dot``, matplotlib…) from its pixels alone.

Nothing is known of its layout, palette or font, so the diagram is read by shape:

- states are the round holes the ink encloses (a circle's inside); two concentric round holes (an
  inner circle's inside and the ring between it and the outer circle) are an accepting state; a circle
  whose stroke is broken (no hole) is found by a circle Hough transform at the radii of those seen;
- each state's name is the text inside it, read by OCR (``nesy.see.ocr``);
- with the states' discs erased, every other piece of line work is an edge: a piece reaching two states
  is a transition, its arrowhead (the end with more ink just outside the state) at its target; a piece
  reaching one state at two places is a loop; a piece reaching one state once, its other end free, is the
  start arrow;
- what reaches no state is text: grouped into words, read by OCR, each given to the nearest edge (a
  reading of confidence 0.3–0.5 apart, as ``Edge.unsure``, for the verifier to weigh).

``read_graph`` hands the verifier a ``Graph``: states (centre, radius, accepting, name read), edges
(source, target, labels read) and start arrows, plus what could not be read.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

__all__ = ["State", "Edge", "Graph", "read_graph", "find_circles", "round_holes", "area_fills"]


@dataclass
class State:
    x: float
    y: float
    r: float                  # radius of the outermost hole (the circle's inner edge), px
    accepting: bool
    name: str = ""            # as read by OCR
    score: float = 0.0


@dataclass
class Edge:
    source: int               # state indices; -1: no state (the start arrow's tail)
    target: int
    labels: list[str] = field(default_factory=list)
    pixels: np.ndarray | None = None
    unsure: list[str] = field(default_factory=list)   # labels OCR read with confidence 0.3–0.5


@dataclass
class Graph:
    states: list[State]
    edges: list[Edge]
    problems: list[str]


def round_holes(mask: np.ndarray, *, min_px: int, square: float, fill: float):
    """Each round hole of ``mask`` as (its box's slices, its filled shape in the box): box sides within
    ``square`` of each other (relative, + 1 px), at least ``min_px`` across, the filled shape ≥ ``fill`` of
    the box. Shared by the readers of state circles (nesy's own figures and other tools')."""
    from scipy import ndimage as ndi
    filled = ndi.binary_fill_holes(mask)
    holes = filled & ~mask
    lab, _ = ndi.label(holes)
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        h, w = sl[0].stop - sl[0].start, sl[1].stop - sl[1].start
        if min(h, w) < min_px or abs(h - w) > square * max(h, w) + 1:
            continue
        m = ndi.binary_fill_holes(lab[sl] == k)
        if m.sum() / (h * w) < fill:
            continue
        yield sl, m


def find_circles(mask: np.ndarray, min_px: int = 10) -> list[tuple[float, float, float]]:
    """(x, y, r) of every round hole of ``mask`` (bounding box within 15 % of square, its filled shape
    ≥ 70 % of the box, at least ``min_px`` across)."""
    out = []
    for sl, m in round_holes(mask, min_px=min_px, square=0.15, fill=0.7):
        h, w = m.shape
        ys, xs = np.nonzero(m)
        out.append((float(xs.mean() + sl[1].start + 0.5), float(ys.mean() + sl[0].start + 0.5), 0.25 * (h + w)))
    return out


def area_fills(rgb: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The pixels of ``mask`` that are flat areas of colour, not strokes or text: a region of one colour
    (every channel within 40 levels of its core's median) grown from a core that lies ≥ ``ρ`` px inside
    pixels whose 3 × 3 neighbourhood is flat (each channel's range ≤ 24 levels). ``ρ`` is four times the
    ink's stroke width (``stroke_scale`` of a 1-px stroke) and at least 6 px, so a stroke, an arrowhead, a
    graphviz start point or a glyph — all thinner — never hold a core; a state's fill does, whatever its
    colour. A separate piece of the same colour within ``ρ`` of such an area, across a stroke, is part of
    it (the band between a double circle's strokes when the whole disc is filled). Which colour it is does not matter, only
    that it is wide and even."""
    from scipy import ndimage as ndi
    from . import stroke_scale
    out = np.zeros(mask.shape, bool)
    if not mask.any():
        return out
    a = np.asarray(rgb, dtype=np.int16)[..., :3]
    rng = (ndi.maximum_filter(a, size=(3, 3, 1)) - ndi.minimum_filter(a, size=(3, 3, 1))).max(axis=-1)
    flat = mask & (rng <= 24)
    rho = max(4.0 * stroke_scale(mask, 1.0), 6.0)
    core = ndi.distance_transform_edt(flat) >= rho
    if not core.any():
        return out
    lab, k = ndi.label(core)
    for j, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        c = np.median(a[sl][lab[sl] == j], axis=0)
        same = mask & (np.abs(a - c).max(axis=-1) <= 40)
        area = ndi.binary_propagation(lab == j, mask=same)
        out |= area
        # a separate piece of the same colour within ρ of the area, across a stroke, is the same fill: the
        # band between a double circle's two strokes when the whole disc is filled. A piece that touches the
        # area is not (where strokes and fill share a colour, the strokes run on from it)
        band = same & ~ndi.binary_dilation(area, iterations=1)
        bl, _ = ndi.label(band)
        close = np.unique(bl[band & ndi.binary_dilation(area, iterations=int(math.ceil(rho)))])
        touching = np.unique(bl[ndi.binary_dilation(area, iterations=2) & band])
        out |= np.isin(bl, [k for k in close if k and k not in set(touching.tolist())])
    return out


def _states(mask: np.ndarray) -> list[State]:
    """Round holes grouped by centre: the largest of each group is the state's inside; a second hole of
    the same centre (the ring of a double circle and its inner disc) marks it accepting. Holes under half
    the largest state's radius are a loop's or a letter's."""
    circ = find_circles(mask)
    if not circ:
        return []
    rmax = max(c[2] for c in circ)
    circ = sorted((c for c in circ if c[2] >= 0.45 * rmax), key=lambda c: -c[2])
    groups: list[list[tuple[float, float, float]]] = []
    for c in circ:
        for g in groups:
            if math.hypot(c[0] - g[0][0], c[1] - g[0][1]) <= 0.25 * g[0][2]:
                g.append(c)
                break
        else:
            groups.append([c])
    out = []
    for g in groups:
        # only circles as large as the biggest state's inner circle or more start a state
        if g[0][2] < 0.6 * rmax:
            continue
        out.append(State(g[0][0], g[0][1], g[0][2], len(g) >= 2))
    return out


def _open_states(mask: np.ndarray, states: list[State]) -> list[State]:
    """States whose circle encloses no hole: its stroke broken wider than a closing mends (a sketched
    circle whose ends miss each other, a thin stroke halved into dots, a legend box laid over its rim).
    Such a circle is still drawn along most of its round: a circle Hough transform (``ring_response``,
    ink within 2 px of the circle) over the radii of the states already seen (0.75 × the smallest to
    1.5 × the largest, 4 % apart) that answers ≥ 0.85 of the circle inked is a state when it is clear
    of every state seen (a self-loop is as round, but overlaps its state's disc) and has text in its
    middle (its name; a loop or the lens of two bowed edges is empty inside). The largest such circle
    about one centre (within a tenth of the radius) is the state's; a second one about it, inside its
    stroke's inner edge by more than the transform's 2 px slack, makes it accepting, as two concentric
    holes do. Its radius, like a hole's, is to the stroke's inner edge: along 72 directions, the inner
    end of the run of ink that holds the circle's radius, their median."""
    from scipy import ndimage as ndi
    from .lines import ring_response
    if not states:
        return []
    H, W = mask.shape
    found: list[tuple[float, float, float, float]] = []        # (response, radius of the stroke, x, y)
    R = 0.75 * min(s.r for s in states)
    while R <= 1.5 * max(s.r for s in states):
        resp = ring_response(mask, R, 2.0)
        peak = (resp >= 0.85) & (resp >= ndi.maximum_filter(resp, size=int(R) | 1))
        found += [(float(resp[y, x]), R, float(x) + 0.5, float(y) + 0.5) for y, x in zip(*np.nonzero(peak))]
        R *= 1.04
    out: list[State] = []
    for _, R, x, y in sorted(found, reverse=True):
        about = [f for f in found if math.hypot(f[2] - x, f[3] - y) <= 0.1 * R]
        _, R, x, y = max(about, key=lambda f: f[1])
        if any(math.hypot(x - s.x, y - s.y) < R + s.r for s in states + out):
            continue
        x0, x1 = int(max(x - R - 3, 0)), int(min(x + R + 4, W))
        y0, y1 = int(max(y - R - 3, 0)), int(min(y + R + 4, H))
        yy, xx = np.mgrid[y0:y1, x0:x1]
        d = np.hypot(xx - x, yy - y)
        if not (mask[y0:y1, x0:x1] & (d <= 0.45 * R)).any():
            continue
        band = mask[y0:y1, x0:x1] & (d >= 0.6 * R) & (d <= R + 3)
        ang = np.floor((np.arctan2(yy[band] - y, xx[band] - x) + math.pi) / (2 * math.pi) * 72).astype(int) % 72
        inner = []
        for k in range(72):
            srt = np.sort(d[band][ang == k])
            for run in np.split(srt, np.nonzero(np.diff(srt) > 1.5)[0] + 1):
                if len(run) and run[0] - 1 <= R <= run[-1] + 1:
                    inner.append(float(run[0]))
        if not inner:
            continue
        r = float(np.median(inner))
        out.append(State(x, y, r, any(f[1] < r - 3 for f in about)))
    return out


def read_graph(rgb: np.ndarray) -> Graph:
    """The state diagram in ``rgb`` (module docstring: what is read and how)."""
    from scipy import ndimage as ndi
    from .lines import ink, read_blob, text_blobs
    level = ink(rgb)
    # (0.3: a resampled 1-px stroke keeps about a third of its ink; a light state fill stays under 0.15)
    mask = level >= 0.3
    # a state filled with a strong colour (graphviz style=filled) is an area, not line work: its circle's
    # stroke and its name stay ink, the area itself is page
    mask &= ~area_fills(rgb, mask)
    problems: list[str] = []
    states = _states(mask)
    # a hand-drawn circle (matplotlib's xkcd sketch) whose stroke breaks for a pixel or two where an arrow
    # meets it is still a circle, and its broken strokes still lines: when the ink with such breaks closed
    # (2 px) shows more states, or as many with more of them double, the whole diagram is read from it
    closed_mask = ndi.binary_closing(mask, structure=np.ones((3, 3), bool), iterations=2)
    closed = _states(closed_mask)
    raw = mask
    if (len(closed), sum(s.accepting for s in closed)) > (len(states), sum(s.accepting for s in states)):
        states, mask = closed, closed_mask
    states += _open_states(mask, states)
    if not states:
        return Graph([], [], ["no state circle seen"])
    H, W = mask.shape
    yy, xx = np.mgrid[0:H, 0:W]
    # the outer stroke: the state's radius plus its stroke width, measured at the hole's edge
    ring = np.zeros((H, W), bool)
    outer = []
    for s in states:
        d = np.hypot(xx - s.x, yy - s.y)
        band = raw & (d >= s.r) & (d <= s.r * 1.35 + 3)
        # the outermost stroke of the state: farthest ink of the circle band along rays (median)
        ang = np.arctan2(yy[band] - s.y, xx[band] - s.x)
        dist = d[band]
        bins = np.floor((ang + math.pi) / (2 * math.pi) * 72).astype(int) % 72
        runs = []
        for b in range(72):
            sel = dist[bins == b]
            if len(sel):
                # the first run of ink out from the hole, the extent of the circle's stroke(s)
                srt = np.sort(sel)
                gaps = np.nonzero(np.diff(srt) > 1.5)[0]
                runs.append([srt[g] for g in gaps] + [srt[-1]])
        # a double circle whose ring between the strokes is no closed hole (a sketch's strokes touching at
        # one side, a legend box laid over part of it) is still double: most directions out from the hole
        # (≥ 60 % of the 72) cross two separate strokes within the band; an edge, a loop or a label beside a
        # single circle gives a second run in a few directions only
        if not s.accepting and sum(len(e) > 1 for e in runs) >= 0.6 * 72:
            s.accepting = True
        # an accepting state's two strokes: keep the runs up to 1.3 r
        far = [min(e[1] if s.accepting and len(e) > 1 else e[0], s.r * 1.35 + 3) for e in runs]
        R = float(np.median(far)) if far else s.r + 2
        outer.append(R)
        ring |= d <= R + 1.5
    # names: the text inside each state's inner hole. Ink that reaches the hole's rim comes in from
    # outside it (a sketched circle's stroke wobbling inward, an arrow's tip): a name lies clear of it
    for s in states:
        rr = s.r * (0.62 if s.accepting else 0.8)
        x0, y0 = int(max(s.x - s.r, 0)), int(max(s.y - rr, 0))
        x1, y1 = int(min(s.x + s.r, W)), int(min(s.y + rr, H))
        d = np.hypot(xx - s.x, yy - s.y)
        rin = (s.r - 1.5) * (0.75 if s.accepting else 1.0)
        inside = mask & (d <= rin)
        lab_in, _ = ndi.label(inside, structure=np.ones((3, 3), bool))
        inside &= ~np.isin(lab_in, np.unique(lab_in[inside & (d >= rin - 1)]))
        ys, xs = np.nonzero(inside[y0:y1, x0:x1])
        if len(xs):
            box = (x0 + int(xs.min()), y0 + int(ys.min()), x0 + int(xs.max()) + 1, y0 + int(ys.max()) + 1)
            s.name, s.score = read_blob(rgb, box, inside)
    rest = mask & ~ring
    lab, k = ndi.label(rest, structure=np.ones((3, 3), bool))
    reach = ndi.binary_dilation(ring, iterations=2)
    rmin = min(s.r for s in states)
    reach_far = ndi.binary_dilation(ring, iterations=max(int(round(0.4 * rmin)), 3))
    edges: list[Edge] = []
    loose: list[tuple[int, tuple[int, float, float]]] = []     # one-ended pieces: (edge index, its contact)
    slivers: set[int] = set()
    text_mask = np.zeros_like(mask)
    for j, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        m = lab[sl] == j
        touch = m & reach[sl]
        floating = False
        if not touch.any():
            # a hand-drawn loop or edge may stop short of its state (a whiteboard's loop floats a few px off
            # the circle): a piece larger than any glyph (≥ 0.6 of the smallest state radius across) that
            # comes within 0.4 of the smallest radius of the states at two separate places is line work, read as
            # any other; a glyph, or a box beside a state (one long contact), stays text
            h_, w_ = sl[0].stop - sl[0].start, sl[1].stop - sl[1].start
            if max(h_, w_) >= 0.6 * rmin:
                touch = m & reach_far[sl]
                floating = True
            if not touch.any():
                text_mask[sl] |= m
                continue
        # contacts: connected pieces of the component where it meets a state's disc
        tl, nt = ndi.label(touch, structure=np.ones((3, 3), bool))
        contacts = []
        for t in range(1, nt + 1):
            ys, xs = np.nonzero(tl == t)
            cx, cy = float(xs.mean() + sl[1].start), float(ys.mean() + sl[0].start)
            si = int(np.argmin([math.hypot(cx - s.x, cy - s.y) - R for s, R in zip(states, outer)]))
            contacts.append((si, cx, cy))
        # contacts a few px apart on one state are one end (an arrowhead's two barbs)
        ends: list[tuple[int, float, float]] = []
        for c in contacts:
            if not any(c[0] == e[0] and math.hypot(c[1] - e[1], c[2] - e[2]) <= 0.35 * states[c[0]].r for e in ends):
                ends.append(c)
        if floating and len(ends) != 2 and not (len(ends) == 1 and _points_at(
                m, (ends[0][1] - sl[1].start, ends[0][2] - sl[0].start),
                (states[ends[0][0]].x - sl[1].start, states[ends[0][0]].y - sl[0].start), states[ends[0][0]].r)):
            # (a straight arrow whose head stops short of a state, aimed at its centre, is the start arrow
            # drawn with a gap before the circle, as matplotlib's shrinkB leaves one; anything else is text)
            text_mask[sl] |= m
            continue
        if len(ends) == 2:
            # a label touching its edge is still text: the glyph hanging off the line is handed to the text
            glyph = _hanging_glyphs(m, [(e[1] - sl[1].start, e[2] - sl[0].start) for e in ends],
                                    0.45 * min(states[ends[0][0]].r, states[ends[1][0]].r))
            if glyph is not None:
                text_mask[sl] |= glyph
                m = m & ~glyph
        ys, xs = np.nonzero(m)
        pix = np.column_stack([xs + sl[1].start, ys + sl[0].start])
        if m.sum() < 8:
            continue
        if len(ends) == 1:
            q = ends[0][0]
            if float(np.max(np.hypot(pix[:, 0] - states[q].x, pix[:, 1] - states[q].y))) < outer[q] + 0.35 * states[q].r \
                    or float(np.max(np.hypot(pix[:, 0] - ends[0][1], pix[:, 1] - ends[0][2]))) < 0.5 * states[q].r:
                # a piece reaching one state that never leaves its rim (all within a third of the radius
                # outside its stroke) is the state's own stroke where a sketched circle bulges past the
                # round disk measured, no arrow: a start arrow's shaft runs out from the state, at least
                # half a radius from where it meets it (a shorter sliver is a frame's or a stroke's remnant).
                # Set aside only after the broken edges are joined: a halved copy's edge broken near its
                # head leaves a short piece that is half of a transition
                slivers.add(len(edges))
        if len(ends) == 1:
            loose.append((len(edges), ends[0]))
            edges.append(Edge(-1, ends[0][0], pixels=pix))
        elif len(ends) == 2:
            (a, ax, ay), (b, bx, by) = ends
            if a == b:
                ext = float(np.max(np.hypot(pix[:, 0] - states[a].x, pix[:, 1] - states[a].y)))
                if ext > 3.0 * outer[a]:
                    # a self-loop hugs its state (graphviz's and a hand-drawn one within 2.2 outer radii):
                    # line work reaching one state twice but running farther is a frame laid over it (a
                    # legend box), no transition
                    continue
                edges.append(Edge(a, a, pixels=pix))
            else:
                ha, hb = _head_ink(mask, pix, ax, ay), _head_ink(mask, pix, bx, by)
                if max(ha, hb) < 1.3 * min(ha, hb) + 1:
                    problems.append(f"edge between {states[a].name or a} and {states[b].name or b}: no arrowhead told")
                edges.append(Edge(a, b, pixels=pix) if hb >= ha else Edge(b, a, pixels=pix))
        else:
            problems.append(f"a line reaching {len(ends)} places on the states (crossing edges) not read")
    sliver_edges = {id(edges[i]) for i in slivers}
    edges = [e for e in _join_broken(edges, loose, states, mask, problems) if id(e) not in sliver_edges]
    rmean = float(np.mean([s.r for s in states]))
    # labels: words of the text pieces, each given to the nearest edge that is not the start arrow
    # (0.12: a light grey frame's faintest side, resampled; the page's JPEG ringing stays under it)
    text_mask &= ~_frames(text_mask, level >= 0.12, mask & ~text_mask)
    hs = [b[3] - b[1] for b in text_blobs(text_mask, 1)]
    th = float(np.median(hs)) if hs else 10.0
    far_text: list = []
    placed: list = []
    for box in text_blobs(text_mask, max(0.5 * th, 2.0)):
        text, score = read_blob(rgb, box, ndi.binary_dilation(text_mask, iterations=1))
        if not text.strip():
            continue
        unread = f"text at {box[0]}, {box[1]} not read ({text!r}, {score:.2f})"
        if score < 0.3:
            problems.append(unread)
            continue
        if text.strip().lower() == "start":
            continue
        bx, by = 0.5 * (box[0] + box[2]), 0.5 * (box[1] + box[3])
        cand = [(float(np.min(np.hypot(e.pixels[:, 0] - bx, e.pixels[:, 1] - by))), i) for i, e in enumerate(edges)
                if e.source >= 0]
        if not cand:
            problems.append(f"label {text!r} beside no edge" if score >= 0.5 else unread)
            continue
        if min(cand)[0] > 1.0 * rmean:
            # an edge's label sits beside it (within a state radius); text farther from every edge is a
            # title, a legend or a caption, and names no transition, however surely it is read — unless
            # it continues a label on its line (below)
            far_text.append((box, text, score))
            continue
        if score < 0.5:
            # a lone glyph on a blurred or halved copy often reads unsurely though rightly (Courier's
            # dotted '0' 0.45, a sketched 'x' read 'X' 0.49): kept apart, for the verifier to take only
            # as a symbol of the scene's alphabet
            edges[min(cand)[1]].unsure.append(text)
            continue
        edges[min(cand)[1]].labels.append(text)
        placed.append((box, min(cand)[1]))
    # a label's continuation on its line ('0, 1' set in wide monospace, read as '0,' and '1') is the same
    # label: text on a placed label's line (rows overlapping), within two text heights of it, joins its edge
    grown = True
    while grown and far_text:
        grown = False
        for k, (box, text, score) in enumerate(far_text):
            for pb, ei in placed:
                if min(box[3], pb[3]) - max(box[1], pb[1]) > 0.5 * min(box[3] - box[1], pb[3] - pb[1]) \
                        and max(box[0] - pb[2], pb[0] - box[2]) <= 2 * th:
                    (edges[ei].labels if score >= 0.5 else edges[ei].unsure).append(text)
                    placed.append((box, ei))
                    far_text.pop(k)
                    grown = True
                    break
            if grown:
                break
    return Graph(states, edges, problems)


def _hanging_glyphs(m: np.ndarray, ends: list[tuple[float, float]], head_r: float) -> np.ndarray | None:
    """The ink of label glyphs that touch or cross an edge's line, or None. General rule: an edge is one
    stroke of even width from one end to the other (plus its arrowhead at an end). Its centre line is the
    path between the two ends that keeps deepest inside the ink (each pixel costing 1 / its distance to
    the page, squared), its half-width the median depth along that path away from both ends; the line is
    the ink within that half-width + 1 px of the path. Ink farther out, no piece of it within ``head_r`` of
    the arrowhead's end (the barbs), is something laid on the line: pieces within a stroke width of each
    other are one glyph (a 'y' the line crosses is cut in three), kept when it holds ≥ 12 px, is wider
    than the stroke both ways and stands ≥ 3 px clear of the line's edge — graphviz's 'a' beside a short
    vertical edge, a blurred 'b' whose bowl touches it, fdp's 'y' laid across its edge. A glyph crossed
    by the line takes back the line's ink inside its outline (its convex hull), as it is printed."""
    from scipy import ndimage as ndi
    from skimage.graph import MCP_Geometric
    from skimage.morphology import convex_hull_image
    if m.sum() < 40:
        return None
    dt = ndi.distance_transform_edt(m)
    cost = np.where(m, 1.0 / np.maximum(dt, 0.5) ** 2, np.inf)
    ys, xs = np.nonzero(m)
    pts = []
    for x, y in ends:
        k = int(np.argmin((xs - x) ** 2 + (ys - y) ** 2))
        pts.append((int(ys[k]), int(xs[k])))
    mcp = MCP_Geometric(cost)
    try:
        acc, _ = mcp.find_costs([pts[0]], [pts[1]])
        if not np.isfinite(acc[pts[1]]):
            return None
        path = np.asarray(mcp.traceback(pts[1]))
    except Exception:  # noqa: BLE001 — no path: leave the piece as it is
        return None
    H, W = m.shape
    yy, xx = np.mgrid[0:H, 0:W]
    # only the arrowhead's end (the end with more ink near it) has barbs off the line
    ink_at = [int((np.hypot(xx - x, yy - y)[m] <= head_r).sum()) for y, x in pts]
    hy, hx = pts[int(np.argmax(ink_at))]
    ty, tx = pts[1 - int(np.argmax(ink_at))]
    away = (np.hypot(path[:, 1] - hx, path[:, 0] - hy) > head_r) & \
        (np.hypot(path[:, 1] - tx, path[:, 0] - ty) > 0.5 * head_r)
    along = path[away] if away.any() else path
    hw = float(np.median(dt[along[:, 0], along[:, 1]]))
    on = np.zeros_like(m)
    on[path[:, 0], path[:, 1]] = True
    dpath = ndi.distance_transform_edt(~on)
    band = m & (dpath <= hw + 1.0)
    rest = m & ~band
    near = np.hypot(xx - hx, yy - hy) <= head_r
    lab, _ = ndi.label(ndi.binary_dilation(rest, iterations=int(math.ceil(hw)) + 2))
    out = np.zeros_like(m)
    for j, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        g = rest[sl] & (lab[sl] == j)
        # (a piece reaching into the head's end is the arrowhead itself, however long its barbs)
        if g.sum() < 12 or (g & near[sl]).any():
            continue
        gy, gx = np.nonzero(g)
        if min(gy.max() - gy.min(), gx.max() - gx.min()) + 1 <= 2 * hw + 1 or dpath[sl][g].max() < hw + 3:
            continue
        out[sl] |= g | (convex_hull_image(g) & band[sl])
    return out if out.any() else None


def _frames(text: np.ndarray, faint: np.ndarray, lines: np.ndarray) -> np.ndarray:
    """The frames drawn around labels (matplotlib's ``bbox``, a boxed symbol), as pixels of ``text``. A
    frame is a piece of the faint ink (``faint``, without the line work ``lines`` and its 1-px rim: a light
    grey box keeps only its corners above the line work's threshold, and those specks read as '：' or '一')
    that holds a whole piece of ``text`` inside its hole (a glyph framed — a glyph's own counter, in 'a' or
    'D', holds nothing), is a thin stroke (under half the area it encloses) and is drawn apart from the
    line work: at most half of it within 3 px of ``lines`` (the faint rim of a blurred cycle of edges
    lies along them all the way, and encloses labels too). A frame says nothing."""
    from scipy import ndimage as ndi
    out = np.zeros(text.shape, bool)
    faint = faint & ~ndi.binary_dilation(lines, iterations=1)
    by_lines = ndi.distance_transform_edt(~lines) <= 3
    tl, _ = ndi.label(text, structure=np.ones((3, 3), bool))
    lab, _ = ndi.label(faint, structure=np.ones((3, 3), bool))
    for j, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl is None:
            continue
        g = lab[sl] == j
        filled = ndi.binary_fill_holes(g)
        inner = filled & ~g
        if not inner.any() or g.sum() > 0.5 * filled.sum() or (g & by_lines[sl]).sum() > 0.5 * g.sum():
            continue
        held = [k for k in np.unique(tl[sl][inner]) if k]
        if any((tl == k).sum() == ((tl[sl] == k) & inner).sum() for k in held):
            out[sl] |= ndi.binary_dilation(g, iterations=1) & text[sl]
    return out


def _points_at(m: np.ndarray, near: tuple[float, float], centre: tuple[float, float], r: float) -> bool:
    """Whether the piece ``m`` is a straight arrow aimed at a circle of radius ``r`` about ``centre`` with its
    head at ``near`` (the end by the circle): its pixels' principal axis passes within 0.35 r of the centre;
    it is at least 0.6 r long; the half of it away from the circle is a thin shaft (98 % of its pixels
    within 2.5 px of their median distance from the axis); and its quarter by the circle holds more ink
    than its free quarter (the head)."""
    ys, xs = np.nonzero(m)
    if len(xs) < 12:
        return False
    P = np.column_stack([xs + 0.5, ys + 0.5]).astype(float)
    mu = P.mean(axis=0)
    _, _, vt = np.linalg.svd(P - mu, full_matrices=False)
    u = vt[0]
    nrm = np.array([-u[1], u[0]])
    if abs(float((np.asarray(centre) - mu) @ nrm)) > 0.35 * r:
        return False
    t = (P - mu) @ u
    if float((np.asarray(near) - mu) @ u) < 0:
        t = -t                      # t grows towards the circle
    L = float(t.max() - t.min())
    if L < 0.6 * r:
        return False
    off = np.abs((P - mu) @ nrm)
    shaft = t <= t.min() + 0.5 * L
    width = float(np.median(off[shaft]))
    if float(np.percentile(off[shaft], 98)) > width + 2.5:
        return False
    head, tail = (t >= t.max() - 0.25 * L).sum(), (t <= t.min() + 0.25 * L).sum()
    return bool(head >= 1.3 * tail + 1)


def _head_ink(mask: np.ndarray, pix: np.ndarray, x: float, y: float) -> float:
    """Ink of the edge near one of its ends (within 12 px of where it meets the state): an arrowhead's
    filled triangle has more than a bare shaft."""
    d = np.hypot(pix[:, 0] - x, pix[:, 1] - y)
    return float((d <= 12).sum())


def _join_broken(edges: list[Edge], loose: list, states: list[State], mask: np.ndarray,
                 problems: list[str]) -> list[Edge]:
    """Edges a degraded copy broke in two (a thin curve halved in size and resampled loses its faintest
    pixels): two one-ended pieces on different states whose free ends — each piece's part farthest from
    the state it reaches — come within the gap a broken stroke leaves (half the states' mean radius, at
    least 3 px) are one transition, directed by its arrowhead as any other. A start arrow's tail is free
    and far from any other line, so it stays a start arrow."""
    if len(loose) < 2:
        return edges
    rmean = float(np.mean([s.r for s in states]))
    gap_max = max(0.5 * rmean, 3.0)

    def free_end(i: int, c) -> np.ndarray:
        pix = edges[i].pixels
        d = np.hypot(pix[:, 0] - c[1], pix[:, 1] - c[2])
        return pix[d >= 0.7 * d.max()]

    pairs = []
    for a in range(len(loose)):
        for b in range(a + 1, len(loose)):
            (i, ci), (j, cj) = loose[a], loose[b]
            if ci[0] == cj[0]:
                continue
            fa, fb = free_end(i, ci), free_end(j, cj)
            g = float(np.min(np.hypot(fa[:, None, 0] - fb[None, :, 0], fa[:, None, 1] - fb[None, :, 1])))
            if g <= gap_max:
                pairs.append((g, a, b))
    used: set[int] = set()
    drop: set[int] = set()
    for g, a, b in sorted(pairs):
        if a in used or b in used:
            continue
        used |= {a, b}
        (i, (sa, ax, ay)), (j, (sb, bx, by)) = loose[a], loose[b]
        pix = np.vstack([edges[i].pixels, edges[j].pixels])
        ha, hb = _head_ink(mask, pix, ax, ay), _head_ink(mask, pix, bx, by)
        if max(ha, hb) < 1.3 * min(ha, hb) + 1:
            problems.append(f"edge between {states[sa].name or sa} and {states[sb].name or sb}: no arrowhead told")
        edges[i] = Edge(sa, sb, pixels=pix) if hb >= ha else Edge(sb, sa, pixels=pix)
        drop.add(j)
    return [e for k, e in enumerate(edges) if k not in drop]
