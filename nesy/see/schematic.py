"""Circuit schematics drawn by other tools (schemdraw, hand-scripted matplotlib…), read by shape, not colour.

A schematic is read as a graph. Ink is every pixel darker than the page (``lines.darkness``), whatever its
hue; label text is found by OCR (``nesy.see.ocr.read_page``) and its glyphs taken out of the ink. Wires are
the long, straight, axis-parallel runs of ink (a morphological opening with a line ``L`` px long). A
component is where such a wire line is *interrupted and bridged*: two collinear wire segments facing each
other across a gap, with the ink in between either

* one body joining both ends and leaving the wire's axis (a zigzag, an IEC box, a lamp's circle) —
  a **through** symbol (resistor, lamp, inductor), or
* two separate pieces, each end carrying a plate that crosses the axis on both sides, the gap no longer
  than the plates (a cell or a battery of cells, a capacitor) — a **plates** symbol.

Unrelated collinear wires are not components: nothing bridges their gap (or only a corner, which leaves
the axis on one side). Cutting every symbol out of the ink leaves the electrical nodes as connected
pieces of wire; a symbol's terminals are the nodes its two wire ends belong to. Each OCR line (one holding a
digit or a component name) is attached to the nearest symbol, and read into a name ("R2") and a value
with its unit ("2.2 kΩ", OCR's "Q" for "Ω" included).

``read_schematic`` hands the domain a ``Schematic``: the symbols (shape, box, terminals, texts, name,
value), the number of nodes, and ``problems`` — what could not be seen, which the verifier turns into
failed checks rather than guesses.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

__all__ = ["Symbol", "Schematic", "read_schematic", "read_value"]

# ink: a pixel at least half as dark as the drawing's lines (their 95th percentile of darkness, 0 page – 1
# black), and never lighter than INK_LEVEL. Half the line darkness keeps a blurred line's core (σ ≤ 1.5 px
# leaves a 2-px line ≥ 0.6 of its darkness) and drops the grey between a blurred zigzag's strokes (≤ 0.4 of
# it, measured on 80-dpi matplotlib zigzags); INK_LEVEL keeps coloured ink of luminance ≤ 180.
INK_LEVEL = 0.3
# a wire is a straight run at least this many stroke widths long: longer than any symbol's crossing of its
# own axis (a zigzag's stroke ≤ 2 w, a plate or box side w, anti-aliasing and blur ≤ 2 w more) and shorter
# than the shortest lead a drawing tool draws (schemdraw's ≈ 0.3 unit ≈ 20 w at its default line width)
WIRE_RUN = 6
# work on strokes at least this wide (px): thinner ones (a halved copy) are upsampled 2× first
MIN_STROKE = 2.5

#: a reference designator (IEEE 315 / IEC 81346: R, C, L, V, B or BT a battery — KiCad's "BT1" —, E)
_NAME = re.compile(r"(?<![A-Za-z])(BT|[RCLVBE])\s?(\d{1,3})(?!\d)")
_VAL = re.compile(r"(\d+(?:[.,]\d+)?)\s*([pnuµμmkKM]?)\s*(Ω|Ω|Q|O|∩|ohms?|V|v|A|F|H)?")
_PREFIX = {"p": 1e-12, "n": 1e-9, "u": 1e-6, "µ": 1e-6, "μ": 1e-6, "m": 1e-3, "": 1.0, "k": 1e3, "K": 1e3,
           "M": 1e6}
_UNIT = {"Ω": "ohm", "Ω": "ohm", "∩": "ohm", "Q": "ohm", "O": "ohm", "ohm": "ohm", "ohms": "ohm", "V": "V", "v": "V", "A": "A",
         "F": "F", "H": "H"}


@dataclass
class Symbol:
    """One component symbol: ``shape`` "through" or "plates"; ``box`` (x0, y0, x1, y1) px of the image;
    ``axis`` "h" or "v"; ``ends`` the node ids of its two wire ends (−1: the end's wire not found)."""

    shape: str
    box: tuple[float, float, float, float]
    axis: str
    ends: tuple[int, int]
    texts: list[str] = field(default_factory=list)
    name: str | None = None
    value: float | None = None
    unit: str | None = None
    body: str | None = None      # a through symbol's body (``_body``): "two-sided", "coil" or None (not told)


@dataclass
class Schematic:
    symbols: list[Symbol]
    n_nodes: int
    stroke: float
    problems: list[str]


#: a simulator's directive written on its schematic (SPICE dot commands: ".tran 0 20m 0 1u", ".op", ".ac dec
#: 10 1 1Meg"; Nagel, SPICE2 user's guide; the LTspice and ngspice manuals) labels no component
_SPICE_DIRECTIVE = re.compile(r"\s*\.(?:tran|ac|dc|op|param|step|meas(?:ure)?|include|inc|lib|model|ic|nodeset|"
                              r"options?|four|noise|tf|save|print|plot|end|subckt|temp|backanno)(?![a-z])", re.I)
_CAPTION_NO = re.compile(r"(?i)\b(?:fig(?:ure)?|table|exercise|question|problem|example|plate)\.?\s*\d+(?:\.\d+)*[a-z]?\b")


def read_value(text: str) -> tuple[str | None, float | None, str | None]:
    """("R2", 2200.0, "ohm") from an OCR reading such as "R2 = 2.2 kQ" or "R2\\n2.2kΩ"; None where absent."""
    t = text.replace(",", ".")
    # a caption's or an exercise's number ("Fig. 2  Series-parallel circuit", "Exercise 7B") is no value: a
    # title line drawn nearest a symbol was read as its label ("Fig. 2 … / R1 = 4 Ω" read as R1 = 2 Ω)
    t = _CAPTION_NO.sub(lambda c: " " * len(c.group()), t)
    name = None
    m = _NAME.search(t)
    after = 0
    if m:
        name = m.group(1) + m.group(2)
        t = t[:m.start()] + " " * (m.end() - m.start()) + t[m.end():]
        after = m.end()    # the value written after the name is the name's ("R1 = 4 Ω")
    value = unit = None
    for v in sorted(_VAL.finditer(t), key=lambda v: v.start() < after):
        try:
            num = float(v.group(1))
        except ValueError:
            continue
        value = num * _PREFIX.get(v.group(2) or "", 1.0)
        unit = _UNIT.get(v.group(3) or "", None)
        break
    return name, value, unit


def ink_level(dk: np.ndarray) -> float:
    """The darkness from which a pixel is ink (see INK_LEVEL)."""
    d = dk[dk >= INK_LEVEL]
    if d.size < 20:
        return INK_LEVEL
    return max(INK_LEVEL, 0.5 * float(np.percentile(d, 95)))


def _runs_mode(ink: np.ndarray) -> float:
    """The stroke width (px): the most common length of a run of ink across a line, both directions."""
    lens = []
    for a in (ink, ink.T):
        d = np.diff(np.pad(a.astype(np.int8), ((0, 0), (1, 1))), axis=1)
        s = np.flatnonzero(d.ravel() == 1)
        e = np.flatnonzero(d.ravel() == -1)
        lens.append(e - s)
    ln = np.concatenate(lens) if lens else np.array([])
    ln = ln[(ln > 0) & (ln < 40)]
    if not len(ln):
        return 1.0
    return float(np.bincount(ln).argmax())


def _remove_text(ink: np.ndarray, boxes: list[tuple[int, int, int, int]]) -> np.ndarray:
    """The ink without the glyphs of the OCR lines: every connected piece lying inside a (slightly grown)
    text box. A wire that passes through a box is longer than the box and stays."""
    from scipy import ndimage
    lab, n = ndimage.label(ink, structure=np.ones((3, 3)))
    if not n:
        return ink
    drop = np.zeros(n + 1, bool)
    sl = ndimage.find_objects(lab)
    for x0, y0, x1, y1 in boxes:
        g = max(2, int(0.25 * (y1 - y0)))
        for i, s in enumerate(sl, start=1):
            if s is None or drop[i]:
                continue
            if s[0].start >= y0 - g and s[0].stop <= y1 + g and s[1].start >= x0 - g and s[1].stop <= x1 + g:
                drop[i] = True
    return ink & ~drop[lab]


def _find_symbols(ink: np.ndarray, w: float, L: int) -> list[tuple[str, tuple[int, int, int, int], tuple]]:
    """Symbols on horizontal wire lines of ``ink``: (shape, window box (x0, y0, x1, y1), ((xa, ya), (xb, yb))
    the pixels of the two wire ends just outside the window)."""
    from scipy import ndimage
    H = ndimage.binary_opening(ink, structure=np.ones((1, L), bool))
    lab, n = ndimage.label(H, structure=np.ones((3, 3)))
    segs = []
    for i, s in enumerate(ndimage.find_objects(lab), start=1):
        if s is None:
            continue
        ys = np.flatnonzero((lab[s] == i).any(axis=1)) + s[0].start
        segs.append((s[1].start, s[1].stop - 1, float(ys.mean()), ys[0], ys[-1]))
    segs.sort()
    out = []
    m = int(round(2 * w)) + 1
    Hh, Ww = ink.shape
    pairs = []
    for a in segs:
        # the nearest collinear segment to the right of a; then, in case that one is a short stroke inside a
        # symbol's body (a source's "+" drawn along the wire), the next one beyond it
        cands = sorted((b for b in segs if b[0] > a[1] + 1 and abs(b[2] - a[2]) <= max(1.5, 0.6 * w)),
                       key=lambda b: b[0])
        if not cands:
            continue
        pairs.append((a, cands[0], False))
        if len(cands) > 1 and cands[0][1] - cands[0][0] + 1 < 2 * L:
            pairs.append((a, cands[1], True))
    done: set = set()
    for a, b, beyond in pairs:
        if beyond and a in done:
            continue   # the nearest segment made a symbol: nothing is skipped over
        gap = b[0] - a[1] - 1
        y = int(round((a[2] + b[2]) / 2))
        R = int(max(1.5 * gap, 10 * w))
        xa, xb = max(a[1] - m, 0), min(b[0] + m, Ww - 1)
        if xa <= a[0] or xb >= b[1]:
            continue   # a segment too short to have a wire end outside the window
        ya, yb = max(y - R, 0), min(y + R, Hh - 1)
        crop = ink[ya:yb + 1, xa:xb + 1]
        cl, _ = ndimage.label(crop, structure=np.ones((3, 3)))
        yy = y - ya
        band = cl[max(yy - int(w) - 1, 0): yy + int(w) + 2]
        left = set(int(v) for v in np.unique(band[:, 0]) if v)
        right = set(int(v) for v in np.unique(band[:, -1]) if v)
        if len(left) != 1 or len(right) != 1:
            continue
        lc, rc = left.pop(), right.pop()

        def extent(c):
            rows = np.flatnonzero((cl == c).any(axis=1))
            return yy - rows[0], rows[-1] - yy
        box = (xa, ya, xb, yb)
        ends = ((xa - 1, y), (xb + 1, y))
        # a body leaves the axis by more than a blurred stroke (2 w); a plate crosses it by 1.5 w on each side
        # (a halved 72-dpi schemdraw cell's short plate: 2.5 w half-length), which a corner (one side) never does
        if lc == rc:
            up, dn = extent(lc)
            if max(up, dn) >= 2 * w + 1 and gap >= 2 * w:
                out.append(("through", box, ends, lc, cl))
                done.add(a)
        else:
            (u1, d1), (u2, d2) = extent(lc), extent(rc)
            plate = min(u1, d1, u2, d2)
            if plate >= 1.5 * w + 1 and gap <= 2.5 * max(u1, d1, u2, d2):
                out.append(("plates", box, ends, (lc, rc), cl))
                done.add(a)
            elif max(u1, d1, u2, d2) >= 2 * w + 1 and gap >= 2 * w and _within(cl == lc, cl == rc, 2 * w + 1):
                # a body the copy broke (a fax's dither cut a zigzag's last stroke off its wire): no plates,
                # and the two pieces come within two strokes of each other — one symbol
                out.append(("through", box, ends, (lc, rc), cl))
                done.add(a)
    res = []
    for shape, box, ends, comp, cl in out:
        xa, ya, xb, yb = box
        keep = np.isin(cl, [comp] if isinstance(comp, int) else list(comp))
        # plates between the two end plates (a battery of cells), a source's "+" and "−": pieces lying wholly
        # inside the window and across its axis (a label's glyph beside the symbol is not)
        sl = ndimage.find_objects(cl)
        yy = ends[0][1] - ya
        band = (max(yy - int(1.5 * w) - 1, 0), yy + int(1.5 * w) + 2)
        for j, s in enumerate(sl, start=1):
            if s is not None and s[1].start > 0 and s[1].stop < cl.shape[1] and s[0].start > 0 and s[0].stop < cl.shape[0] \
                    and s[0].start < band[1] and s[0].stop > band[0]:
                keep |= cl == j
        rows = np.flatnonzero(keep.any(axis=1))
        body = (xa, ya + int(rows[0]), xb, ya + int(rows[-1]))
        res.append((shape, body, ends, keep, (xa, ya)))
    return res


def _within(a: np.ndarray, b: np.ndarray, d: float) -> bool:
    """Whether some pixel of mask ``b`` lies within ``d`` px of mask ``a``."""
    from scipy import ndimage
    return bool(b.any() and a.any() and ndimage.distance_transform_edt(~a)[b].min() <= d)


def _body(keep: np.ndarray, axis_row: int, w: float) -> str | None:
    """What a through symbol's body (its ink ``keep`` in its window, the wire axis at ``axis_row``, stroke ``w``
    px) is drawn as, where its shape says so. A resistor's zigzag or box and a lamp's circle leave the axis on
    both sides about equally and enclose at most one hole (the box, the circle); an inductor's humps lie on
    one side of the wire (IEC 60617-04-03-01, IEEE 315 §2.1.2). "coil": one side reached by ≥ 2 w, the other
    by ≤ w; "two-sided": both sides reached by ≥ 2 w, within a factor 2 of each other, and at most one hole
    of ≥ (2 w)² px; None otherwise — loops (a coil drawn as a spring, several holes) and a body a label's
    glyphs have joined (holes between the letters) are not told, rather than told wrong."""
    from scipy import ndimage
    rows = np.flatnonzero(keep.any(axis=1))
    if not len(rows):
        return None
    up, dn = axis_row - rows[0], rows[-1] - axis_row
    lo, hi = min(up, dn), max(up, dn)
    if hi >= 2 * w and lo <= w:
        return "coil"
    if lo >= 2 * w and hi <= 2 * lo:
        holes, n = ndimage.label(ndimage.binary_fill_holes(keep) & ~keep)
        big = int((np.bincount(holes.ravel(), minlength=n + 1)[1:] >= (2 * w) ** 2).sum()) if n else 0
        return "two-sided" if big <= 1 else None
    return None


def _omega_read_as_zero(dk: np.ndarray, box: tuple[int, int, int, int], text: str) -> str:
    """``text`` with a final "0" that is really an "Ω" turned into "Ω". Small or blurred, OCR reads "30Ω" as
    "300": the glyph decides — a "0" encloses a hole, an "Ω" (open at its feet) none. Trusted only when the
    line's glyph columns (pieces of ink overlapping in x: "=" or a broken "Ω" is one column) are exactly the
    reading's characters, so that the last column is the last character; otherwise the reading stands."""
    from scipy import ndimage
    if not re.search(r"\d\s*0\s*$", text):
        return text
    x0, y0, x1, y1 = box
    crop = dk[max(y0, 0): y1 + 1, max(x0, 0): x1 + 1] >= 0.35
    lab, n = ndimage.label(crop, structure=np.ones((3, 3)))
    if not n:
        return text
    pieces = sorted((s[1].start, s[1].stop, i) for i, s in enumerate(ndimage.find_objects(lab), start=1) if s)
    cols: list[list] = []
    for a, b, i in pieces:
        if cols and a < cols[-1][1]:
            cols[-1][1] = max(cols[-1][1], b)
            cols[-1][2].append(i)
        else:
            cols.append([a, b, [i]])
    if len(cols) != len(text.replace(" ", "")):
        return text
    last = np.isin(lab, cols[-1][2])
    if int((ndimage.binary_fill_holes(last) & ~last).sum()):
        return text
    return text.rstrip()[:-1].rstrip() + " Ω"


def _nodes(ink: np.ndarray, kept: list, w: float) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """The wire pieces left once the symbols are cut out (labelled, 8-connected), and each symbol's two
    end nodes (−1 where its end lies on no single piece)."""
    from scipy import ndimage
    wires = ink.copy()
    for _shape, _box, _ends, keep, (x0, y0), _ax in kept:
        wires[y0:y0 + keep.shape[0], x0:x0 + keep.shape[1]] &= ~keep
    # a hand-drawn wire broken for a stroke width or two (a whiteboard's pen lifted, a sketch's jog) is
    # still one wire: breaks up to 2 stroke widths are closed before the wire pieces are told apart (a
    # symbol cut out leaves a gap of its whole window, ≥ 6 stroke widths, which stays open)
    wires = wires | ndimage.binary_closing(wires, structure=np.ones((3, 3), bool), iterations=max(int(round(w)), 1))
    lab, _n = ndimage.label(wires, structure=np.ones((3, 3)))
    r = int(round(w)) + 1
    out = []
    for _shape, _box, ends, _keep, _o, _ax in kept:
        ids = []
        for (x, y) in ends:
            patch = lab[max(y - r, 0): y + r + 1, max(x - r, 0): x + r + 1]
            v = [int(q) for q in np.unique(patch) if q]
            ids.append(v[0] if len(v) == 1 else -1)
        out.append((ids[0], ids[1]))
    return lab, out


def _one_coil(symbols: list[Symbol]) -> list[Symbol]:
    """An inductor's humps read as several coils one after another: where two humps meet on the wire axis the
    stroke may run along it for a wire's length, so one coil is read as two or more "coil" symbols on one
    axis, butted end to end (the piece between them shorter than half a hump) and joined by a node no other
    symbol touches. Those are one inductor: its box spans them, its ends are the outer ones."""
    out = list(symbols)
    changed = True
    while changed:
        changed = False
        for a in out:
            for b in out:
                if a is b or a.body != "coil" or b.body != "coil" or a.axis != b.axis:
                    continue
                k = 0 if a.axis == "h" else 1          # along the axis
                lo_a, hi_a, lo_b, hi_b = a.box[k], a.box[k + 2], b.box[k], b.box[k + 2]
                across = min(a.box[3 - k], b.box[3 - k]) - max(a.box[1 - k], b.box[1 - k])
                gap = lo_b - hi_a
                if not (0 <= gap <= 0.5 * min(hi_a - lo_a, hi_b - lo_b) and across > 0):
                    continue
                shared = set(a.ends) & set(b.ends) - {-1}
                if len(shared) != 1:
                    continue
                node = shared.pop()
                if any(node in c.ends for c in out if c is not a and c is not b):
                    continue
                x0, y0 = min(a.box[0], b.box[0]), min(a.box[1], b.box[1])
                x1, y1 = max(a.box[2], b.box[2]), max(a.box[3], b.box[3])
                ea = next(e for e in a.ends if e != node)
                eb = next(e for e in b.ends if e != node)
                out = [c for c in out if c is not a and c is not b] + [Symbol("through", (x0, y0, x1, y1), a.axis,
                                                                             (ea, eb), body="coil")]
                changed = True
                break
            if changed:
                break
    return out


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def read_schematic(rgb: np.ndarray) -> Schematic:
    """The schematic in the (h, w, 3) image ``rgb`` (see the module docstring). Needs the ``ocr`` extra."""
    from scipy import ndimage
    from .lines import darkness
    from .ocr import read_line, read_page
    problems: list[str] = []
    dk = darkness(rgb)
    level = ink_level(dk)
    ink0 = dk >= level
    w0 = _runs_mode(ink0)
    f = 2 if w0 < MIN_STROKE else 1
    # OCR's detector finds text ≥ 10 px high; a large page is read at half size (4× faster, labels of a
    # figure ≥ 700 px are ≥ 20 px high), a small one at double
    side = min(rgb.shape[:2])
    if side >= 700:
        texts = [(t, tuple(2 * c for c in b), sc) for t, b, sc in read_page(np.ascontiguousarray(rgb[::2, ::2]))]
    else:
        texts = read_page(rgb, upscale=2 if side < 500 else 1)
    if f > 1:
        dk = ndimage.zoom(dk, f, order=1)
    ink = dk >= level
    boxes = [tuple(int(round(c * f)) for c in t[1]) for t in texts]
    ink = _remove_text(ink, boxes)
    # a sketched line (matplotlib's xkcd) is broken into strokes a pixel apart: still one line — one-pixel
    # breaks are closed (a symbol's own gaps, between plates or a zigzag's strokes, are several px)
    ink = ink | ndimage.binary_closing(ink, structure=np.ones((3, 3), bool), iterations=1)
    w = max(_runs_mode(ink), 1.0)
    L = int(round(max(WIRE_RUN * w, 10)))
    found = []
    for shape, box, ends, keep, (ox, oy) in _find_symbols(ink, w, L):
        found.append((shape, box, ends, keep, (ox, oy), "h"))
    for shape, box, ends, keep, (ox, oy) in _find_symbols(ink.T, w, L):
        x0, y0, x1, y1 = box
        found.append((shape, (y0, x0, y1, x1), tuple((e[1], e[0]) for e in ends), keep.T, (oy, ox), "v"))
    # two IEC boxes in one column: the boxes' sides are collinear runs facing each other across the wire
    # between the boxes, and make two parallel windows (one per side) framing that wire. A symbol sits on
    # one wire axis; a window with a twin — same axis direction and shape, the same span along it (ends
    # within 2 stroke widths), the axes within 8 stroke widths — is the sides of two boxes, no symbol
    def _twin(a, b) -> bool:
        if a is b or a[5] != b[5] or a[0] != b[0]:
            return False
        (pa, qa), (pb, qb) = a[2], b[2]
        k = 0 if a[5] == "h" else 1       # along the axis: x for "h", y for "v"
        return (abs(pa[k] - pb[k]) <= 2 * w and abs(qa[k] - qb[k]) <= 2 * w
                and 2 * w <= abs(pa[1 - k] - pb[1 - k]) <= 8 * w)
    found = [t for t in found if not any(_twin(t, u) for u in found)]
    # one symbol seen twice (from both passes, or as two overlapping windows): the smaller window wins
    found.sort(key=lambda t: (t[1][2] - t[1][0]) * (t[1][3] - t[1][1]))
    # (a window spanning a neighbour's body — two IEC boxes' collinear top edges — is no symbol). A kept
    # window whose two ends land on one node (a lamp's filament, a piece inside a bigger symbol) bridges
    # nothing: it is set aside and the windows it had shut out are tried again (at most a few rounds).
    banned: set[int] = set()
    for _round in range(6):
        kept = []
        for j, t in enumerate(found):
            x0, y0, x1, y1 = t[1]
            if j in banned or any(k[1][0] < x1 and x0 < k[1][2] and k[1][1] < y1 and y0 < k[1][3] for _, k in kept):
                continue
            kept.append((j, t))
        lab, ends_of = _nodes(ink, [t for _, t in kept], w)
        loops = {j for (j, _), ids in zip(kept, ends_of) if ids[0] == ids[1] and ids[0] > 0}
        # only a loop that shut another window out is set aside (a false window inside a lamp short-circuits
        # every other symbol into loops too; those come right once it is gone)
        ids_kept = {j for j, _ in kept}
        shut = {j for j in loops if any(i not in ids_kept and i not in banned and _overlaps(found[i][1], found[j][1])
                                        for i in range(len(found)))}
        if not shut:
            break
        banned |= shut
    symbols: list[Symbol] = []
    for (_j, (shape, box, ends, keep, (ox, oy), ax)), ids in zip(kept, ends_of):
        x0, y0, x1, y1 = box
        body = None
        if shape == "through":   # across the axis: rows of a horizontal symbol, columns of a vertical one
            body = _body(keep, ends[0][1] - oy, w) if ax == "h" else _body(keep.T, ends[0][0] - ox, w)
        symbols.append(Symbol(shape, (x0 / f, y0 / f, x1 / f, y1 / f), ax, (ids[0], ids[1]), body=body))
    symbols = _one_coil(symbols)
    used = {i for sy in symbols for i in sy.ends if i > 0}     # the nodes a symbol (a whole coil) touches
    # wire pieces no symbol touches, longer than a wire run: ink that was not read as part of the circuit
    sizes = ndimage.find_objects(lab)
    for i, s in enumerate(sizes, start=1):
        if s is None or i in used:
            continue
        if symbols and all(s[1].start / f <= sy.box[0] and sy.box[2] <= s[1].stop / f and s[0].start / f <= sy.box[1]
                           and sy.box[3] <= s[0].stop / f for sy in symbols):
            continue   # a frame round the whole drawing (a schematic editor's sheet border), no wire
        px0, py0, px1, py1 = s[1].start / f, s[0].start / f, s[1].stop / f, s[0].stop / f
        if any(max(px1 - px0, py1 - py0) <= max(sy.box[2] - sy.box[0], sy.box[3] - sy.box[1])
               and max(sy.box[0] - px1, px0 - sy.box[2], sy.box[1] - py1, py0 - sy.box[3])
               <= 3 * max(sy.box[2] - sy.box[0], sy.box[3] - sy.box[1]) for sy in symbols):
            continue   # a mark by a symbol, no bigger than it, within 3 of its sides (a source's "+" at its pin)
        if max(s[0].stop - s[0].start, s[1].stop - s[1].start) >= 2 * L:
            problems.append(f"a piece of wire at ({s[1].start / f:.0f}, {s[0].start / f:.0f}) px joins no component")
    page_dk = darkness(rgb)
    texts = [(_omega_read_as_zero(page_dk, b, t), b, sc) for t, b, sc in texts]
    # labels: each OCR line holding a digit or a name goes to the nearest symbol
    for text, (tx0, ty0, tx1, ty1), _score in texts:
        if not (re.search(r"\d", text) or _NAME.search(text)) or not symbols or _SPICE_DIRECTIVE.match(text):
            continue

        def dist(s: Symbol) -> float:
            x0, y0, x1, y1 = s.box
            dx = max(x0 - tx1, tx0 - x1, 0)
            dy = max(y0 - ty1, ty0 - y1, 0)
            return float(np.hypot(dx, dy))
        best = min(symbols, key=dist)
        # a label stands by its symbol: a line farther from every symbol than 2.5 of the nearest one's sides
        # (or 4 text heights) labels none — a title block's "Rev: A  Size: A4  Id: 1/1", a sheet's zone numbers
        reach = max(2.5 * max(best.box[2] - best.box[0], best.box[3] - best.box[1]), 4.0 * (ty1 - ty0))
        if dist(best) > reach:
            continue
        best.texts.append(text)
    # a symbol left without a label (the page's detector missed a short one, "9V"): its surroundings —
    # one symbol size on every side — are read again on their own, at double size
    H0, W0 = rgb.shape[:2]
    for s in symbols:
        if s.texts:
            continue
        x0, y0, x1, y1 = s.box
        r = max(x1 - x0, y1 - y0)
        cx0, cy0 = int(max(x0 - r, 0)), int(max(y0 - r, 0))
        crop = np.ascontiguousarray(rgb[cy0:int(min(y1 + r, H0)), cx0:int(min(x1 + r, W0))])
        for text, (tx0, ty0, tx1, ty1), _sc in read_page(crop, upscale=2):
            if not (re.search(r"\d", text) or _NAME.search(text)):
                continue
            box = (tx0 + cx0, ty0 + cy0, tx1 + cx0, ty1 + cy0)
            if any(_overlaps(box, t[1]) for t in texts):
                continue   # a line already given to another symbol
            s.texts.append(_omega_read_as_zero(page_dk, box, text))
    # still none (text touching the symbol escapes the detector): the recogniser alone, on a strip of one
    # text height beside each side of the symbol
    th = float(np.median([b[3] - b[1] for _t, b, _s in texts])) if texts else None
    for s in symbols:
        if s.texts or th is None:
            continue
        x0, y0, x1, y1 = (int(round(v)) for v in s.box)
        cx, cy = (x0 + x1) // 2, (y0 + y1) // 2
        h2, run = int(0.7 * th) + 2, int(5 * th)
        strips = [(cy - h2, cy + h2, x0 - run, x0 - 1), (cy - h2, cy + h2, x1 + 1, x1 + run),
                  (y0 - 2 * h2, y0 - 1, cx - run // 2, cx + run // 2), (y1 + 1, y1 + 2 * h2, cx - run // 2, cx + run // 2)]
        for ya, yb, xa, xb in strips:
            ya, yb, xa, xb = max(ya, 0), min(yb, H0), max(xa, 0), min(xb, W0)
            if yb - ya < 6 or xb - xa < 6:
                continue
            text, sc = read_line(np.ascontiguousarray(rgb[ya:yb, xa:xb]))
            if sc >= 0.8 and re.search(r"\d", text):
                s.texts.append(_omega_read_as_zero(page_dk, (xa, ya, xb, yb), text.strip()))
                break
    for s in symbols:
        s.name, s.value, s.unit = read_value(" ".join(s.texts))
    return Schematic(symbols, len(used), w / f, problems)
