"""Another tool's unit cell drawn in 3-D (a perspective ball model, an oblique or axonometric plate): read
through the camera recovered from its own discs (``nesy.see.cell3d``), site by site. Hands
``crystal_verify._verify_other`` the checks of the cell's atoms: where a 3-D reading explains the figure,
it replaces the plan-view reading, which cannot.

Checked: every site of the closed cell (corners, edges and faces repeated, as the drawing shows them) holds an
atom or lies under nearer ones, and no disc inside the drawn cell is off every site (``atom_positions``);
each fill group is the species most of its discs stand for and every atom is drawn as its own site's species
(``species_pattern``); atoms read per species and per kind of site — corner, edge, face, body
(``site_count``); the cell's twelve edges drawn along the fitted camera (``unit_cell_outline``, in the
verifier). A ball partly under nearer ones no longer reads as a disc: what shows of it is read by colour — its
own species' fill where it should be, or the page, bonds and lines where an atom was left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..types import Check

__all__ = ["read_cell3d", "Reading3D", "written_heights", "height_value", "unmarked_height"]

SHOWN_FILL = 0.5     # share of a partly covered ball's visible pixels in its species' fill for it to be drawn
FILL_DE = 25.0       # ΔE from a group's fill colour for a pixel to be of that fill (GROUP_DE × 1.4)


@dataclass(frozen=True)
class Reading3D:
    """The checks of the 3-D reading, how many things disagree (missing + extra + wrong species), the
    projected cell edges (px, K × 4) and the discs inside the cell (those an outline runs under)."""

    checks: tuple[Check, ...]
    wrong: int
    edges: np.ndarray
    inside: tuple[Any, ...]


def _kind(f: np.ndarray) -> str:
    n = int(sum(1 for v in f if abs(v) < 1e-6 or abs(v - 1) < 1e-6))
    return {3: "corner", 2: "edge", 1: "face", 0: "body"}[n]


def _shown_as(lab: np.ndarray, x: float, y: float, r: float, covered_by: list[tuple[float, float, float]],
              fills: dict[int, np.ndarray]) -> tuple[int | None, float]:
    """The fill group a ball not read as a disc at (x, y), radius r, shows and the share of its visible pixels
    in it; its rim (the outer fifth, where edges and anti-aliasing sit) and the balls read elsewhere
    (``covered_by``) are not read."""
    H, W = lab.shape[:2]
    rr = 0.8 * r
    x0, x1, y0, y1 = int(max(x - rr, 0)), int(min(x + rr + 1, W)), int(max(y - rr, 0)), int(min(y + rr + 1, H))
    if x1 <= x0 or y1 <= y0:
        return None, 0.0
    yy, xx = np.mgrid[y0:y1, x0:x1]
    m = (xx - x) ** 2 + (yy - y) ** 2 <= rr * rr
    for cx, cy, cr in covered_by:
        m &= (xx - cx) ** 2 + (yy - cy) ** 2 > (cr + 1.0) ** 2
    if m.sum() < 6:
        return None, 0.0
    px = lab[y0:y1, x0:x1][m]
    best, share = None, 0.0
    for g, c in fills.items():
        sh = float((np.linalg.norm(px - c, axis=1) < FILL_DE).mean())
        if sh > share:
            best, share = g, sh
    return best, share


def read_cell3d(rgb: np.ndarray, discs: list, cols: list[np.ndarray], geom: Any, structure_phrase: str,
                species_span: dict[str, str]) -> Reading3D | None:
    """Read the cell through the camera that draws its sites onto ``discs`` (``nesy.see.atoms.read_discs``;
    ``cols``: each group's fill, Lab). None when no plausible 3-D view explains the discs."""
    from scipy.spatial import ConvexHull

    from ..see import rgb_to_lab
    from ..see.cell3d import fit_cell
    from .crystal import _images
    M = geom.matrix()
    frac, idx = _images(np.asarray(geom.frac))
    X = frac @ M
    els = [geom.species[k] for k in idx]
    O = np.array([[d.x, d.y] for d in discs]) if discs else np.zeros((0, 2))
    R = np.array([d.r for d in discs]) if discs else np.zeros(0)
    fit = fit_cell(O, R, X, M, rgb.shape[:2], kinds=els)
    if fit is None:
        return None
    corners = np.array([[i, j, k] for i in (0, 1) for j in (0, 1) for k in (0, 1)], float) @ M
    cxy = fit.project(corners)
    # the cell's region: the drawn cube grown by the largest ball on it (a legend or a title beside it is not)
    grow = max(discs[j].r for _, j in fit.pairs) + float(fit.tol.max())
    hull = ConvexHull(cxy)
    eq = hull.equations                                        # n·p + c ≤ 0 inside, n unit
    inside = [k for k, d in enumerate(discs) if (eq[:, :2] @ [d.x, d.y] + eq[:, 2] <= grow).all()]
    site_of = {j: i for i, j in fit.pairs}
    extra = [j for j in inside if j not in site_of]
    # each fill group stands for the species most of its discs sit on
    votes: dict[int, dict[str, int]] = {}
    for j, i in site_of.items():
        votes.setdefault(discs[j].group, {}).setdefault(els[i], 0)
        votes[discs[j].group][els[i]] += 1
    name = {g: max(sorted(v), key=lambda el: v[el]) for g, v in votes.items()}
    wrong_sp = [i for j, i in site_of.items() if name.get(discs[j].group) != els[i]]
    # a ball partly under nearer ones: what shows of it must be its species' fill
    lab = rgb_to_lab(np.asarray(rgb, np.uint8)[..., :3])
    fills = {g: np.asarray(cols[g]) for g in name if g < len(cols) and not any(d.open for d in discs if d.group == g)}
    missing: list[int] = []
    shown: dict[int, str] = {}
    for s in fit.missing:
        # (every ball read elsewhere is left out, behind as well as in front: where a front atom is missing,
        # the ball behind it shows there and is already its own site's)
        read = [(discs[j].x, discs[j].y, discs[j].r) for _i, j in fit.pairs]
        g, share = _shown_as(lab, fit.xy[s, 0], fit.xy[s, 1], fit.r_site[s], read, fills)
        if g is not None and share >= SHOWN_FILL:
            shown[s] = name[g]
            if name[g] != els[s]:
                wrong_sp.append(s)
        else:
            missing.append(s)
    species = tuple(sorted(set(els)))
    n_wrong = len(missing) + len(extra) + len(wrong_sp)
    checks = [Check("atom_positions", species, len(missing) + len(extra), 0, round(float(fit.tol.max()), 2),
                    not missing and not extra,
                    f"{len(missing)} site(s) of the cell without an atom, {len(extra)} atom(s) off every site "
                    f"(3-D cell read through the drawing's own {'parallel' if fit.affine else 'perspective'} "
                    f"projection; {len(fit.hidden)} site(s) hidden behind nearer atoms); {structure_phrase}".strip()),
              Check("species_pattern", species, len(wrong_sp), 0, 0, not wrong_sp,
                    "sites drawn as another species than the structure puts there; " + structure_phrase)]
    # atoms read per species and kind of site, against the sites the structure gives (hidden ones excepted)
    seen: dict[tuple[str, str], int] = {}
    want: dict[tuple[str, str], int] = {}
    for i, j in fit.pairs:
        key = (name.get(discs[j].group, "unassigned"), _kind(frac[i]))
        seen[key] = seen.get(key, 0) + 1
    for s, el in shown.items():
        seen[(el, _kind(frac[s]))] = seen.get((el, _kind(frac[s])), 0) + 1
    for s in range(len(X)):
        if s not in fit.hidden:
            want[(els[s], _kind(frac[s]))] = want.get((els[s], _kind(frac[s])), 0) + 1
    for key in sorted(set(seen) | set(want)):
        got, n = seen.get(key, 0), want.get(key, 0)
        checks.append(Check("site_count", key, got, n, 0, got == n, species_span.get(key[0], "")))
    edges = []
    for a in range(8):
        for b in range(a + 1, 8):
            if bin(a ^ b).count("1") == 1:
                edges.append([*cxy[a], *cxy[b]])
    return Reading3D(tuple(checks), n_wrong, np.asarray(edges), tuple(discs[j] for j in inside))


# ---------------------------------------------------------------------------------------------
# a plan view's written heights: a projection along an axis draws every atom of a column at one place, so
# the height of each (in units of the repeat along the axis) is written beside it — and, by the convention
# such drawings follow and often state ("unmarked atoms at z = 0, 1"), an atom with nothing written beside it
# lies at height 0 (≡ 1)

MARK_REACH = 2.5     # a height is written within this many radii of its atom's centre (axis ticks lie farther)
SURE_HEIGHT = 0.75   # OCR confidence for a written height to be read as a value (a stacked ½ reads '12', '1%2')
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625,
              "⅞": 0.875}
# (OCR may run the words together: "unmarkedatomsatz=0")
_UNMARKED = re.compile(r"\b(?:un(?:marked|labell?ed|numbered)|others?|remaining)[^=]*?z\s*=\s*([0-9]+(?:\.[0-9]+)?)",
                       re.I)


def height_value(text: str) -> float | None:
    """A written fractional height: '½', '1/2', '0.5', '0,5', '3/4'; OCR reads a stacked fraction ½ as '12' or
    '1%2' — two digits n < d with nothing else are n/d (a height lies in [0, 1], never twelve)."""
    t = text.strip().replace(" ", "")
    if t in _FRACTIONS:
        return _FRACTIONS[t]
    m = re.fullmatch(r"([0-9])[/%⁄yY]?([1-9])", t)
    if m and int(m.group(1)) < int(m.group(2)):
        return int(m.group(1)) / int(m.group(2))
    m = re.fullmatch(r"[zZ]?=?([01]?[.,][0-9]+|[01])", t)
    if m:
        v = float(m.group(1).replace(",", "."))
        return v if 0 <= v <= 1 else None
    return None


def unmarked_height(lines: list[str]) -> float | None:
    """The height the figure's words give atoms with nothing written beside them ("unmarked atoms at z = 0")."""
    for line in lines:
        m = _UNMARKED.search(line)
        if m:
            return float(m.group(1).replace(",", "."))
    return None


def _marked(ink: np.ndarray, d: Any, discs: list) -> bool:
    """Whether something is written beside disc ``d``: a small ink mark within ``MARK_REACH`` radii of its
    centre, off every disc and not part of a line running out of that reach (the cell outline, an axis)."""
    from scipy import ndimage as ndi
    H, W = ink.shape
    R = MARK_REACH * d.r
    x0, x1, y0, y1 = int(max(d.x - R, 0)), int(min(d.x + R + 1, W)), int(max(d.y - R, 0)), int(min(d.y + R + 1, H))
    win = ink[y0:y1, x0:x1].copy()
    yy, xx = np.mgrid[y0:y1, x0:x1]
    # (a disc's rim and a JPEG copy's ringing reach beyond the radius read from its fill: ≈ 1.2 r + 2 px)
    for e in discs:
        win &= (xx - e.x) ** 2 + (yy - e.y) ** 2 > (1.2 * e.r + 2.0) ** 2
    lab, n = ndi.label(win, structure=np.ones((3, 3)))
    if not n:
        return False
    for k, sl in enumerate(ndi.find_objects(lab), start=1):
        if sl[0].start == 0 or sl[1].start == 0 or sl[0].stop == win.shape[0] or sl[1].stop == win.shape[1]:
            continue
        size = int((lab[sl] == k).sum())
        ext = max(sl[0].stop - sl[0].start, sl[1].stop - sl[1].start)
        if size >= max(4, 0.02 * d.r * d.r) and ext <= 1.5 * d.r:
            return True
    return False


def written_heights(rgb: np.ndarray, page: list[tuple[str, tuple[int, int, int, int], float]], discs: list,
                    site_of: dict[int, int], name: dict[int, str], columns: list[dict[str, set[float]]],
                    structure_phrase: str) -> list[Check]:
    """The heights a plan view writes beside its atoms, against the heights of the sites in each atom's column
    (``columns[i]``: species → heights in [0, 1) of the sites projected onto site ``i``). Judged only where
    the figure gives heights — written beside some atom, or the heights of unmarked atoms stated in words;
    then an atom with nothing beside it lies at that stated height (0 by the convention). ``page``: the
    figure's words as OCR read them (text, box, confidence)."""
    from ..see.atoms import ink_mask
    if not site_of:
        return []
    ink = ink_mask(rgb)
    H, W = ink.shape

    def clear_between(d: Any, nx: float, ny: float) -> bool:
        # a word beyond a drawn line (an axis frame between the cell and its tick labels) is not beside the atom
        L = float(np.hypot(nx - d.x, ny - d.y))
        for f in np.arange(1.2 * d.r + 2.0, L - 1.0, 1.0):
            x, y = int(round(d.x + (nx - d.x) * f / L)), int(round(d.y + (ny - d.y) * f / L))
            if 0 <= x < W and 0 <= y < H and ink[y, x]:
                return False
        return True

    written: dict[int, float | None] = {}
    for text, (bx0, by0, bx1, by1), sc in page:
        best, best_d = None, float("inf")
        for j in site_of:
            d = discs[j]
            nx, ny = min(max(d.x, bx0), bx1), min(max(d.y, by0), by1)
            dist = float(np.hypot(nx - d.x, ny - d.y))
            if dist < 0.5 * d.r:
                best = None      # a word on the atom itself (its symbol) is no height
                break
            if dist <= MARK_REACH * d.r and dist < best_d and clear_between(d, nx, ny):
                best, best_d = j, dist
        if best is None:
            continue
        v = height_value(text) if sc >= SURE_HEIGHT else None
        if best not in written or written[best] is None:
            written[best] = v
    stated = unmarked_height([t for t, _b, _s in page])
    if not any(v is not None for v in written.values()) and stated is None:
        return []            # a plan view without heights claims none
    base = 0.0 if stated is None else stated % 1.0
    bad: list[str] = []
    for j, i in site_of.items():
        if j in written:
            h = written[j]
            if h is None:
                continue     # something is written there that does not read as a height: not judged
        elif _marked(ink, discs[j], discs):
            continue         # a mark OCR could not read (a halved copy's small ½): not judged
        else:
            h = base
        el = name.get(discs[j].group)
        hs = columns[i].get(el, set()) if el else set().union(*columns[i].values())
        if not any(min(abs(h % 1.0 - z), 1 - abs(h % 1.0 - z)) < 0.02 for z in hs):
            bad.append(f"{el or 'atom'} at ({discs[j].x:.0f}, {discs[j].y:.0f}) px drawn at height {h:g}, "
                       f"its column holds {sorted(round(z, 3) for z in hs)}")
    return [Check("written_height", ("plan_view",), len(bad), 0, 0.02, not bad,
                  ("; ".join(bad[:3]) + "; " if bad else "") + structure_phrase)]
