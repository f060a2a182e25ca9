"""The figure on a page: a slide, a poster, a textbook page or a scan holds one figure among page furniture
(a title bar, a running head, paragraphs of body text, a caption, rules, a box around a worked example).
The science readers look for *the* longest horizontal line (an optical axis), the largest closed curves
(cells, sets), every text line (labels): on a page they find the title bar's edge, the header rule, words of
the body text. ``figure_of`` finds the figure and crops the image to it, so every reader sees a figure
with its labels, as it sees another tool's bare figure.

How (document layout analysis in the manner of Kise, "Page segmentation techniques in document analysis",
Handbook of Document Image Processing and Recognition, Springer 2014, §5: text blocks from text lines,
graphics as the non-text ink):

1. Text lines are read anywhere (``nesy.see.ocr.read_page``). A line is *prose* (page text, never a label)
   when it is long (≥ ``PROSE_CHARS`` letters and digits, or ≥ ``PROSE_WIDTH`` times as wide as high), a
   heading (≥ ``HEADING`` × the median line height with ≥ 6 letters and digits, ≥ ``TITLE`` × with ≥ 12),
   stands in a stack of ≥ 3 left-aligned lines two of which are ≥ 12 long (a paragraph, a bullet list),
   or stands in a stack with a prose line (left- or centre-aligned, at most ``STACK_GAP`` line heights
   apart: a title's subtitle, a caption's second line). Labels are short and stand alone.
2. Ink is what differs from the *local* page (a median over ``BG_WINDOW`` px, so a tinted box or a title
   bar is page, not ink), found on a copy reduced to ≈ ``WORK_SIDE`` px (this also averages a halftone
   screen and scan grain away). Every text line's box is taken out: what is left is graphics.
3. Graphics that are page furniture are dropped: coloured bands from edge to edge at the page's edge, at
   most ``BAND`` of it thick (a title bar, a footer strip: rows or columns whose local page differs from the
   page's colour almost all across), bars and
   rules from one edge of the page to the other; hollow rectangles that hold paragraphs (a worked example's
   box) — an empty one may be the figure (a rectangle drawn), a box of labels and small marks is a legend; isolated rules and bars (elongated, ≥ ``RULE`` of the
   page's shorter side, no large graphics within ``GAP`` of them) with no value beside them (a scale bar
   or a dimension line has its value — a number with a unit or name, ≤ ``VALUE_CHARS`` letters and digits
   — written beside it and stays; a page number beside a running head's rule is no value).
4. The figure is the box of the large graphics left (pieces ≥ ``SMALL`` of the shorter side and 1.5 line
   heights, a dashed curve's dashes taken together), with the small pieces near it, grown to take in the
   labels (non-prose lines) that touch it. The image is cropped to it with a margin of the local page
   colour, and prose lines or furniture inside the crop are painted over with the page. When nothing of a
   page was found (no prose, no furniture), the box is most of the image (≥ ``WHOLE`` of each side) or
   there is no graphics, the image is returned as it is (the same array): a bare figure is never cropped (only levelled when set askew, step 6).
5. A figure of panels ("(a)", "(b)", … each at its panel's top left, as journals letter them) holds the
   figure asked for in one of them: the panels are cut at their letters (a recursive X-Y cut between the
   letters that stand farthest apart, a letter's height before the later one: its panel's top left), and
   the one whose text shares the most words and numbers with the request (at least ``PANEL_WORDS``, and
   twice any other's) is taken as the figure; the rest of the page is then read in it as above. No clear
   choice → the whole image.
6. What lies beyond a photographed sheet (the desk along an edge of the crop) is painted with the page
   (``nesy.see.paper.off_sheet``); a figure scanned or photographed askew (a textbook scan 0.3–1° off) is
   turned level (``nesy.see.paper.deskew``). (Ruled paper is taken off by the set reader alone,
   ``nesy.see.paper.unrule``: a chart's grid, which other readers already ignore, is ruling by its measure.)
7. A figure set sideways (turned 90° to fit a portrait page, a landscape scan) is turned upright
   (``upright``): its text lines stand taller than wide. The text detector's boxes on the figure are taken
   (recognition of turned text fails, so only detection sees them); when the tall boxes are at least as many
   as the wide ones, every box is read as it stands and turned each way, and the figure is turned the way its
   text reads best by at least ``TURN_GAIN`` a box on average (a bar chart's turned y-axis title beside wide
   tick labels does not trigger it; a figure whose labels read as they stand is never turned).
"""
from __future__ import annotations

import re

import numpy as np

from .paper import deskew, off_sheet

__all__ = ["figure_box", "figure_of", "upright"]

PROSE_CHARS = 25      # letters and digits in a line of page text (a label: "d_o = 25 cm", "endoplasmic reticulum")
PROSE_WIDTH = 14      # a line this many times as wide as it is high is a line of page text
HEADING = 1.7         # a line this many times the median line height is a heading
TITLE = 1.35          # ... or, with ≥ 12 letters and digits, a title
VALUE_CHARS = 12      # letters and digits of a value written beside a scale bar ("100 000 km", "d = 24 cm")
STACK_GAP = 1.3       # line heights between two lines of one paragraph
BG_WINDOW = 15        # work px: the window of the local page median (≈ 3 % of the reduced page)
WORK_SIDE = 600       # px: the longer side of the reduced copy the ink is found on
INK = 40              # 0–255: a channel this far from the local page is ink
GAP = 0.04            # × the shorter side: graphics this close to a rule make it part of a figure
SMALL = 0.015         # × the shorter side, and 1.5 line heights: a piece this long is part of a drawing, not a
                      # glyph the OCR left unread
BAND = 0.15           # × the page's height (width): a band from edge to edge this thin is the page's
RULE = 0.1            # × the shorter side: the least length of a rule or bar of the page
WHOLE = 0.9           # a figure box this share of each side is the whole image
PANEL_WORDS = 2       # words and numbers of the request a panel's text must share for the panel to be chosen
TALL = 1.5            # a text box this many times as tall as wide (or wide as tall) is a turned (upright) line
TURN_GAIN = 0.15      # mean reading confidence a box must gain, turned, for the figure to be turned
LARGE = 2000          # px: a figure whose longer side is above this is read reduced …
LARGE_TARGET = 1600   # px: … to this longer side
TURN_BOXES = 12       # the most text boxes read to decide (the largest)


#: a caption's first words ("Figure 1.3:", "Fig. 2", "Table 1", "Abb. 4")
_CAPTION = re.compile(r"\s*(?:fig(?:ure)?|table|abb(?:ildung)?|tab)\.?\s*\d", re.I)
#: a value written with its name: "a = 4.29 Å", "f=10cm"
_NAMED_VALUE = re.compile(r"[^\W\d_]\w*\s*[=≈]\s*-?\d")


def _alnum(t: str) -> int:
    return len(re.sub(r"[\W_]", "", t))


def _prose(lines: list) -> list[bool]:
    """Which OCR lines are page text (see the module docstring, 1)."""
    if not lines:
        return []
    hs = np.array([b[3] - b[1] for _, b, _ in lines], float)
    med = float(np.median(hs))
    prose = [(_alnum(t) >= PROSE_CHARS) or (b[2] - b[0] >= PROSE_WIDTH * h and _alnum(t) >= 8)
             or (h >= HEADING * med and _alnum(t) >= 6) or (h >= TITLE * med and _alnum(t) >= 12)
             for (t, b, _), h in zip(lines, hs)]
    # a paragraph or a bullet list: ≥ 3 lines stacked (left-aligned, at most STACK_GAP line heights apart,
    # of like height), two of them ≥ 12 letters and digits long; labels in a column stand further apart
    parent = list(range(len(lines)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (_, b, _) in enumerate(lines):
        for j in range(i + 1, len(lines)):
            c = lines[j][1]
            h = max(b[3] - b[1], c[3] - c[1])
            gap = max(b[1] - c[3], c[1] - b[3])
            if (abs(b[0] - c[0]) <= 1.5 * h and -0.5 * h <= gap <= STACK_GAP * h
                    and max(hs[i], hs[j]) <= 1.5 * min(hs[i], hs[j])):
                parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(lines)):
        groups.setdefault(root(i), []).append(i)
    for g in groups.values():
        if len(g) >= 3 and sum(_alnum(lines[i][0]) >= 12 for i in g) >= 2:
            for i in g:
                prose[i] = True
    changed = True
    while changed:
        changed = False
        for i, (t, b, _) in enumerate(lines):
            # (a value written with its name, "a = 4.29 Å", "d_o = 25 cm", is a label, not a paragraph's
            # last words, whatever text stands under it)
            if prose[i] or _alnum(t) < 4 or (_alnum(t) <= VALUE_CHARS and _NAMED_VALUE.search(t)):
                continue
            for j, (tj, c, _) in enumerate(lines):
                if not prose[j] or i == j:
                    continue
                if c[1] > b[1] and _CAPTION.match(tj):
                    continue   # a caption starts its own paragraph: nothing above it continues it
                h = max(b[3] - b[1], c[3] - c[1])
                gap = max(b[1] - c[3], c[1] - b[3])
                aligned = abs(b[0] - c[0]) <= 1.5 * h or abs((b[0] + b[2]) - (c[0] + c[2])) <= 3 * h
                if -0.5 * h <= gap <= STACK_GAP * h and aligned:
                    prose[i] = changed = True
                    break
    return prose


def _edge_run(flag: np.ndarray) -> int:
    """How many of the first entries are set (the first two may be clear: an anti-aliased page edge)."""
    k = 0
    while k < min(2, len(flag)) and not flag[k]:
        k += 1
    start = k
    while k < len(flag) and flag[k]:
        k += 1
    return k if k > start else 0


def _local_page(small: np.ndarray) -> np.ndarray:
    from scipy import ndimage as ndi
    return np.stack([ndi.median_filter(small[..., c], size=BG_WINDOW, mode="nearest") for c in range(3)], axis=2)


def _reduce(rgb: np.ndarray) -> tuple[np.ndarray, int]:
    """The image area-averaged by an integer factor k to ≤ WORK_SIDE px on its longer side."""
    H, W = rgb.shape[:2]
    k = max(1, int(np.ceil(max(H, W) / WORK_SIDE)))
    h, w = H // k, W // k
    a = rgb[: h * k, : w * k, :3].astype(np.float32).reshape(h, k, w, k, 3).mean(axis=(1, 3))
    return a, k


def figure_box(rgb: np.ndarray, lines: list | None = None) -> tuple[tuple[int, int, int, int] | None, dict]:
    """The figure's box (x0, y0, x1, y1) in image px on a page, or None when the image is a bare figure
    (nothing to crop). Also returns what was found, which ``figure_of`` paints over: ``prose`` (the page
    text's line boxes, image px) and ``furniture`` (a mask of the page's graphics on the copy reduced by
    ``k``). ``lines``: the OCR'd lines when the caller has them (``read_page``'s output)."""
    from scipy import ndimage as ndi
    H, W = rgb.shape[:2]
    info: dict = {"prose": [], "text": [], "furniture": None, "k": 1}
    if lines is None:
        from .ocr import available, read_page
        if not available():
            return None, info
        lines = read_page(rgb)
    prose = _prose(lines)
    info["prose"] = [b for (_, b, _), p in zip(lines, prose) if p]
    info["text"] = [b for _, b, _ in lines]
    small, k = _reduce(rgb)
    h, w = small.shape[:2]
    if min(h, w) < 16:
        return None, info     # a sliver (a very long strip): no page to find on it
    local = _local_page(small)
    ink = (np.abs(small - local).max(axis=2) > INK)
    # a coloured band from edge to edge (a slide's title bar, a footer strip; screened in print, its dots
    # are ink against its own median): rows (columns) whose local page differs from the page's colour
    # across ≥ 90 % of the width (height) are the page's, whatever is on them
    off = np.abs(local - np.median(local.reshape(-1, 3), axis=0)).max(axis=2) > INK
    bands = np.zeros_like(ink)
    for axis, n_ in ((1, h), (0, w)):
        flag = off.mean(axis=axis) >= 0.9
        first, last = _edge_run(flag), _edge_run(flag[::-1])
        for run, sl in ((first, slice(0, first)), (last, slice(n_ - last, n_))):
            if 0 < run <= BAND * n_:     # only a thin band at the page's edge: a filled drawing is no band
                if axis == 1:
                    bands[sl, :] = True
                else:
                    bands[:, sl] = True
    ink &= ~bands
    for _, (x0, y0, x1, y1), _ in lines:
        ink[max(0, y0 // k - 1): y1 // k + 2, max(0, x0 // k - 1): x1 // k + 2] = False
    lab, n = ndi.label(ink, structure=np.ones((3, 3), bool))
    if n == 0:
        return None, info
    objs = ndi.find_objects(lab)
    areas = np.bincount(lab.ravel(), minlength=n + 1)
    speck = max(4, int(0.00002 * h * w))
    gap = max(2, int(GAP * min(h, w)))
    # values written beside a rule ("5 AU", "d = 24 cm"): a letter and a digit (a page number is no value)
    label_boxes = [(b[0] / k, b[1] / k, b[2] / k, b[3] / k, b[3] - b[1])
                   for (t, b, _), p in zip(lines, prose)
                   if not p and _alnum(t) <= VALUE_CHARS and re.search(r"\d", t) and re.search(r"[^\W\d_]", t)]
    keep: list[int] = []
    cand = [i for i in range(n) if areas[i + 1] >= speck]
    boxes = {i: (objs[i][1].start, objs[i][0].start, objs[i][1].stop, objs[i][0].stop) for i in cand}

    def near(i: int, j: int, d: int) -> bool:
        a, b = boxes[i], boxes[j]
        return a[0] - d <= b[2] and b[0] - d <= a[2] and a[1] - d <= b[3] and b[1] - d <= a[3]

    furn = np.zeros((h, w), bool)
    lh_med = float(np.median([b[3] - b[1] for _, b, _ in lines])) / k if lines else 0.0
    big_side = max(SMALL * min(h, w), 1.5 * lh_med)

    def big(j: int) -> bool:
        # a piece of a drawing, not a glyph the OCR left unread (a page number) or a speck of grain
        return max(boxes[j][2] - boxes[j][0], boxes[j][3] - boxes[j][1]) >= big_side

    def shape(i: int) -> tuple[int, int, int, int, float, bool]:
        x0, y0, x1, y1 = boxes[i]
        bw, bh = x1 - x0, y1 - y0
        fill = areas[i + 1] / float(bw * bh)
        return x0, y0, x1, y1, fill, min(bw, bh) <= 0.2 * max(bw, bh) and fill >= 0.5

    page_parts: set[int] = set()
    for i in cand:   # first what belongs to the page whatever is near it: bars across it, boxes round text
        x0, y0, x1, y1, fill, bar = shape(i)
        if (x0 <= 1 and x1 >= w - 1 and y1 - y0 <= BAND * h) or (y0 <= 1 and y1 >= h - 1 and x1 - x0 <= BAND * w):
            # a thin piece from one edge of the page to the other: a rule across it (a title bar's rule, a
            # border), a screened title bar's dots, a footer strip
            page_parts.add(i)
        elif fill < 0.15 and min(x1 - x0, y1 - y0) > gap:
            # a hollow rectangle (its ink along its box's edges) holding paragraphs: a worked example's box, a
            # sidebar — the page's. (An empty one may be the figure itself, a rectangle drawn; one holding
            # labels and small marks is a legend, the figure's own.)
            m = lab[y0:y1, x0:x1] == i + 1
            edge = np.zeros_like(m)
            edge[:2, :] = edge[-2:, :] = True
            edge[:, :2] = edge[:, -2:] = True
            # (a faint outline reduced with the page may be read in pieces: all its ink on its box's edges, a
            # fifth of them inked; a circuit's loop has its symbols off the edges)
            rect = m[edge].mean() >= 0.2 and (m & edge).sum() >= 0.95 * m.sum()
            text = any(b[0] / k > x0 and b[2] / k < x1 and b[1] / k > y0 and b[3] / k < y1 for b in info["prose"])
            if rect and text:
                page_parts.add(i)
    for i in cand:
        x0, y0, x1, y1, fill, bar = shape(i)
        long = max(x1 - x0, y1 - y0) >= max(big_side, RULE * min(h, w))   # a rule, not a dash of a dashed line
        if i not in page_parts and bar and long and not any(near(i, j, gap) for j in cand
                                                   if j != i and j not in page_parts and big(j)):
            # an isolated rule or bar: a scale bar or dimension line has a value beside it
            if not any(lb[0] - 2 * lb[4] / k <= x1 and x0 <= lb[2] + 2 * lb[4] / k
                       and lb[1] - 2 * lb[4] / k <= y1 and y0 <= lb[3] + 2 * lb[4] / k for lb in label_boxes):
                page_parts.add(i)
        if i in page_parts:
            furn |= lab == i + 1
        else:
            keep.append(i)
    info["furniture"] = furn
    info["k"] = k
    # the drawing's box: its large pieces (a dashed or dotted curve's pieces taken together: joined across
    # gaps of up to 6 work px), then the small ones (dots, short ticks) near it
    kept = np.isin(lab, np.asarray(keep, dtype=lab.dtype) + 1)
    clab, cn = ndi.label(ndi.binary_dilation(kept, iterations=3), structure=np.ones((3, 3), bool))
    cores = [(o[1].start + 3, o[0].start + 3, o[1].stop - 3, o[0].stop - 3) for o in ndi.find_objects(clab)]
    cores = [b for b in cores if max(b[2] - b[0], b[3] - b[1]) >= big_side]
    if not cores:
        return None, info
    c0, r0 = min(b[0] for b in cores), min(b[1] for b in cores)
    c1, r1 = max(b[2] for b in cores), max(b[3] for b in cores)
    x0, y0, x1, y1 = c0, r0, c1, r1
    for i in keep:
        b = boxes[i]   # against the large pieces' box, so specks never chain out to the page's edge
        if b[0] - gap <= c1 and c0 <= b[2] + gap and b[1] - gap <= r1 and r0 <= b[3] + gap:
            x0, y0, x1, y1 = min(x0, b[0]), min(y0, b[1]), max(x1, b[2]), max(y1, b[3])
    x0, y0, x1, y1 = c0, r0, c1, r1 = x0 * k, y0 * k, x1 * k, y1 * k
    # the labels that touch the drawing (within a line height: the labels' usual one, so a lone digit the
    # OCR split from its unit — "8" beside "cm" — is as near as the whole label would be) belong to it
    lab_h = [b[3] - b[1] for (_, b, _), p in zip(lines, prose) if not p]
    usual = float(np.median(lab_h)) if lab_h else 0.0
    for (_, b, _), p in zip(lines, prose):
        lh = max(b[3] - b[1], usual)
        if not p and b[0] - lh <= c1 and c0 <= b[2] + lh and b[1] - lh <= r1 and r0 <= b[3] + lh:
            x0, y0, x1, y1 = min(x0, b[0]), min(y0, b[1]), max(x1, b[2]), max(y1, b[3])
    if (x1 - x0) >= WHOLE * W and (y1 - y0) >= WHOLE * H:
        return None, info
    if not info["prose"] and not page_parts and not bands.any():
        return None, info     # a bare figure with its margins: nothing of a page to take away
    return (int(x0), int(y0), int(x1), int(y1)), info


SHEET_AREA = 0.3      # × the image: the least area of a white sheet inside a window of another colour
SHEET_WHITE = 10      # 0–255: a sheet's pixels are this near white in every channel


def _sheet_box(rgb: np.ndarray) -> tuple[int, int, int, int] | None:
    """The box (x0, y0, x1, y1, image px) of a white sheet inside a window of another colour — a page in a
    word processor or PDF viewer, a web page's body in a browser — or None. The image's border is not white
    (over ``SHEET_WHITE`` from it), and the largest connected near-white region, with its holes filled
    (the figure and text on it), covers ≥ ``SHEET_AREA`` of the image and ≥ 90 % of its own box (a
    rectangle), and holds ink (≥ 0.5 % of it). Found on a copy reduced to ≈ ``WORK_SIDE`` px."""
    from scipy import ndimage as ndi
    small, k = _reduce(rgb)
    if min(small.shape[:2]) < 16:
        return None     # a sliver or a speck: no window round a sheet
    border = _border_colour(small).astype(float)
    if float((255 - border).max()) <= SHEET_WHITE:
        return None
    white = (255.0 - small).max(axis=2) <= SHEET_WHITE
    lab, n = ndi.label(white)
    if n == 0:
        return None
    sizes = np.bincount(lab.ravel())
    sizes[0] = 0
    big = int(np.argmax(sizes))
    sl = ndi.find_objects((lab == big).astype(np.int32))[0]
    y0, y1, x0, x1 = sl[0].start, sl[0].stop, sl[1].start, sl[1].stop
    filled = ndi.binary_fill_holes(lab[y0:y1, x0:x1] == big)
    h, w = small.shape[:2]
    box_area = (y1 - y0) * (x1 - x0)
    if filled.sum() < SHEET_AREA * h * w or filled.sum() < 0.9 * box_area:
        return None
    if float((filled & ~(lab[y0:y1, x0:x1] == big)).mean()) < 0.005:
        return None      # an empty sheet: nothing drawn on it
    if y0 <= 1 and x0 <= 1 and y1 >= h - 1 and x1 >= w - 1:
        return None
    # a sheet lies on the window's colour, with at most a faint shadow round it; a white shape drawn on a
    # grey page has an outline (its edge is ink, not the window's colour)
    ring = np.concatenate([small[max(0, y0 - 1):y0, x0:x1].reshape(-1, 3), small[y1:y1 + 1, x0:x1].reshape(-1, 3),
                           small[y0:y1, max(0, x0 - 1):x0].reshape(-1, 3), small[y0:y1, x1:x1 + 1].reshape(-1, 3)])
    if not len(ring) or float(np.abs(np.median(ring, axis=0) - border).max()) > 40:
        return None
    H, W = rgb.shape[:2]
    return int(x0 * k), int(y0 * k), min(W, int(x1 * k)), min(H, int(y1 * k))


def _border_colour(a: np.ndarray) -> np.ndarray:
    """The median colour of an image's outermost rows and columns (uint8 RGB): the page round a crop."""
    return np.median(np.concatenate([a[0], a[-1], a[:, 0], a[:, -1]]), axis=0).astype(np.uint8)


def upright(rgb: np.ndarray) -> np.ndarray:
    """``rgb`` turned by a quarter turn when its text stands sideways (see the module docstring, 6), else
    ``rgb`` itself (the same array). Needs RapidOCR's detector; without it the image is returned as it is."""
    from .ocr import available, read_line, text_boxes
    if not available() or rgb.ndim != 3 or min(rgb.shape[:2]) < 16:
        return rgb
    boxes = text_boxes(rgb)
    tall = [b for b in boxes if (b[3] - b[1]) >= TALL * (b[2] - b[0])]
    wide = [b for b in boxes if (b[2] - b[0]) >= TALL * (b[3] - b[1])]
    if not tall or len(tall) < len(wide):
        return rgb
    boxes = sorted(boxes, key=lambda b: -(b[2] - b[0]) * (b[3] - b[1]))[:TURN_BOXES]
    score = {0: 0.0, 1: 0.0, -1: 0.0}      # np.rot90's k: 1 = a quarter turn anticlockwise
    for x0, y0, x1, y1 in boxes:
        crop = np.ascontiguousarray(rgb[max(0, y0 - 2):y1 + 2, max(0, x0 - 2):x1 + 2, :3])
        for k in score:
            score[k] += read_line(np.ascontiguousarray(np.rot90(crop, k)))[1] / len(boxes)
    k = max((1, -1), key=lambda q: score[q])
    if score[k] < score[0] + TURN_GAIN:
        return rgb
    return np.ascontiguousarray(np.rot90(rgb, k))


_PANEL = re.compile(r"^\(\s*([a-hA-H])\s*\)$")
_STOP = frozenset("a an the of in on at to by for from with and or is are its it as be has have this that".split())


def _words(text: str) -> set[str]:
    """The words and numbers of a text that can name something drawn (function words left out)."""
    return {t for t in re.findall(r"[^\W\d_]+|\d+(?:[.,]\d+)?", text.lower().replace(",", "."))} - _STOP


def panels(rgb: np.ndarray, lines: list) -> list[tuple[int, int, int, int]]:
    """The panels' boxes (x0, y0, x1, y1) of a figure lettered "(a)", "(b)", … (see the module docstring,
    5), in reading order; [] when fewer than two distinct letters stand alone on the image."""
    marks = [(b, m.group(1).lower()) for t, b, _ in lines if (m := _PANEL.match(t.strip()))]
    if len({c for _, c in marks}) < 2 or len(marks) != len({c for _, c in marks}):
        return []
    H, W = rgb.shape[:2]
    hgt = int(np.median([b[3] - b[1] for b, _ in marks]))
    out: list[tuple[int, int, int, int]] = []

    def cut(group: list, box: tuple[int, int, int, int]) -> None:
        # recursive X-Y cut at the letters: along the axis whose letters stand farther apart, between the
        # two that stand farthest apart, a letter's height before the second (its panel's top left)
        if len(group) == 1:
            out.append(box)
            return
        best = None
        for ax in (0, 1):
            pos = sorted(b[ax] for b, _ in group)
            gaps = [(pos[i + 1] - pos[i], pos[i + 1]) for i in range(len(pos) - 1)]
            g = max(gaps)
            if best is None or g[0] > best[0]:
                best = (g[0], g[1], ax)
        _, at, ax = best
        s_ = max(box[ax] + 1, at - hgt)
        lo = [t for t in group if t[0][ax] < at]
        hi = [t for t in group if t[0][ax] >= at]
        if ax == 0:
            cut(lo, (box[0], box[1], s_, box[3]))
            cut(hi, (s_, box[1], box[2], box[3]))
        else:
            cut(lo, (box[0], box[1], box[2], s_))
            cut(hi, (box[0], s_, box[2], box[3]))

    cut(marks, (0, 0, W, H))
    out = [b for b in out if b[2] - b[0] > 4 * hgt and b[3] - b[1] > 4 * hgt]
    return out if len(out) >= 2 else []


def _panel_asked(rgb: np.ndarray, lines: list, text: str) -> tuple[np.ndarray, list] | None:
    """The panel whose text shares the most words with ``text`` (see the module docstring, 5), cropped, with
    its lines in the crop's px (lines cut by the panel's edge are painted over with the page), or None."""
    boxes = panels(rgb, lines)
    want = _words(text)
    if not boxes or not want:
        return None

    def inside(b, p) -> bool:
        cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
        return p[0] <= cx < p[2] and p[1] <= cy < p[3]

    score = []
    for p in boxes:
        got: set[str] = set()
        for t, b, _ in lines:
            if inside(b, p) and not _PANEL.match(t.strip()):
                got |= _words(t)
        score.append(len(got & want))
    order = sorted(range(len(boxes)), key=lambda i: -score[i])
    best, second = score[order[0]], score[order[1]]
    if best < PANEL_WORDS or best < 2 * second:
        return None
    x0, y0, x1, y1 = boxes[order[0]]
    out = np.array(rgb[y0:y1, x0:x1, :3], dtype=np.uint8, copy=True)
    page = _border_colour(out)
    kept = []
    for t, b, sc in lines:
        bx0, by0, bx1, by1 = b[0] - x0, b[1] - y0, b[2] - x0, b[3] - y0
        if bx1 <= 0 or by1 <= 0 or bx0 >= x1 - x0 or by0 >= y1 - y0:
            continue
        if bx0 >= 0 and by0 >= 0 and bx1 <= x1 - x0 and by1 <= y1 - y0:
            kept.append((t, (bx0, by0, bx1, by1), sc))
        else:       # a caption or a title running across panels: not this panel's
            out[max(0, by0 - 2):by1 + 2, max(0, bx0 - 2):bx1 + 2] = page
    return out, kept


def _working_size(rgb: np.ndarray) -> np.ndarray:
    """A very large export (a 300-dpi figure 3000 px wide, a 4K screenshot) reduced to ``LARGE_TARGET`` px on
    its longer side by area averaging; ``rgb`` itself when its longer side is at most ``LARGE``. The readers'
    tolerances are in px of figures of ordinary size (a plot frame's spines, a label's height, a stroke's
    width), the OCR detector reduces anything above 2000 px itself, and a quarter of the pixels reads in a
    quarter of the time; strokes of such exports are drawn several px wide, so nothing drawn is lost. (A
    thumbnail is not enlarged here: nesy's own grey figures, small, are named by templates at their drawn
    size; the readers that need it enlarge small figures themselves.)"""
    H, W = rgb.shape[:2]
    if max(H, W) <= LARGE or min(H, W) < 8:
        return rgb
    import cv2
    f = LARGE_TARGET / max(H, W)
    return cv2.resize(np.ascontiguousarray(rgb[..., :3]), (max(1, int(round(W * f))), max(1, int(round(H * f)))),
                      interpolation=cv2.INTER_AREA)


def figure_of(rgb: np.ndarray, lines: list | None = None, text: str = "") -> np.ndarray:
    """The image cropped to its figure (see the module docstring), or ``rgb`` itself when it is a bare figure
    or no OCR is installed (a very large image is first reduced: ``_working_size``). The crop keeps a margin of ≈ 4 % of its size in the local page colour. ``text``:
    the request, to choose the panel asked for in a figure of panels. A figure set sideways is turned upright
    (``upright``)."""
    small = _working_size(rgb)
    if small is not rgb:
        rgb, lines = small, None    # (lines read on the image as given are read again on the one read)
    sheet = _sheet_box(rgb)
    if sheet is not None:
        # a document's white sheet inside an application's window (a word processor, a PDF viewer, a
        # browser): the sheet is the page the figure is on, the window round it no part of it
        sx0, sy0, sx1, sy1 = sheet
        rgb, lines = np.ascontiguousarray(rgb[sy0:sy1, sx0:sx1]), None
    if text:
        from .ocr import available, read_page
        if lines is None and available():
            lines = read_page(rgb)
        got = _panel_asked(rgb, lines or [], text)
        if got is not None:
            rgb, lines = got
    box, info = figure_box(rgb, lines)
    if box is None:
        return upright(deskew(rgb))
    H, W = rgb.shape[:2]
    x0, y0, x1, y1 = box
    m = max(8, int(0.04 * max(x1 - x0, y1 - y0)))
    X0, Y0, X1, Y1 = max(0, x0 - m), max(0, y0 - m), min(W, x1 + m), min(H, y1 + m)
    out = np.array(rgb[Y0:Y1, X0:X1, :3], dtype=np.uint8, copy=True)
    page = _border_colour(out)
    # text outside the figure's box (prose, a footer's page number in the margin) and page furniture in the
    # crop are painted over with the page (a long label wholly inside the figure's box stays: it is the
    # figure's)
    for bx0, by0, bx1, by1 in info["text"]:
        if bx0 >= x0 and by0 >= y0 and bx1 <= x1 and by1 <= y1:
            continue
        a, b = max(bx0 - 2, X0) - X0, max(by0 - 2, Y0) - Y0
        c, d = min(bx1 + 2, X1) - X0, min(by1 + 2, Y1) - Y0
        if c > a and d > b:
            out[b:d, a:c] = page
    k = info["k"]
    if info["furniture"].any():
        from scipy import ndimage as ndi
        f = ndi.binary_dilation(info["furniture"], iterations=1)
        f = np.repeat(np.repeat(f, k, axis=0), k, axis=1)
        f = np.pad(f, ((0, max(0, H - f.shape[0])), (0, max(0, W - f.shape[1]))), mode="edge")[Y0:Y1, X0:X1]
        out[f] = page
    # the page colour all round, so each reader's page (its border's median) is the figure's page
    pad = max(6, m // 2)
    full = np.empty((out.shape[0] + 2 * pad, out.shape[1] + 2 * pad, 3), np.uint8)
    full[:] = page
    full[pad:-pad, pad:-pad] = out
    return upright(deskew(off_sheet(full, margin=pad)))
