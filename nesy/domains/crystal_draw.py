"""Drawing of ``nesy.crystal.v1`` (issue 12): the conventional cell as a textbook draws it.

What is drawn (``draw_crystal`` → ``Layout``, pixels, y down), following Kittel, *Introduction to Solid State
Physics* (8th ed., ch. 1, figs. of NaCl, CsCl, diamond) and Ashcroft & Mermin, *Solid State Physics* ch. 4:

- **no zone axis in the text** — a perspective ball-and-stick view of the whole conventional cell: every atom
  whose fractional coordinates lie in [0, 1] on all three axes (corners, edges, faces, body), seen from a
  point above and in front of the cell (``camera`` in ``layout/crystal.yaml``), c vertical on the page;
- **a zone axis in the text** ("viewed along [001]") — the orthographic projection along it, the front atom
  of each projected column (those behind are hidden exactly).

Either way: atoms are shaded spheres (the element colour, a lighter disc and a specular spot towards the
upper left: the radial highlight of a ball lit from the viewer's upper left), drawn far to near so nearer
atoms hide farther ones, small enough (``ball_fill``) that the back face and the body centre show between
the front ones; bonds as grey sticks (asked for, or by default in the perspective view of a
structure with coordination ≤ 6, as textbooks draw ionic and covalent cells — metals are drawn as balls
only), none along a cell edge; the cell edges thin and black, those the solid cell would hide dashed, so
the cell reads as an outline of its own (Kittel outlines the cube); the crystal axes as arrows from the
cell's origin (continuing its edges), longer than the cell so their heads and names stand clear of it
(Callister & Rethwisch, *Materials Science and Engineering*, ch. 3), named *a*₁, *a*₂, *a*₃ as Kittel names them;
and under the figure a one-line key of the species (a ball and its symbol) with the lattice constants. No
legend panel. The grey variant gives each species a grey level (heavier elements darker) and writes its
symbol on every atom that is mostly in view.

``ownership`` rasterises the same layout with every shape painted in its own code colour: which shape owns
each pixel, the map the verifier reads nesy's figure against.
"""
from __future__ import annotations

import functools
import itertools
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..resources import load_yaml
from ..types import Label, Layout, SceneGraph, Shape, _freeze

__all__ = ["species_colours", "sphere_colours", "View", "view_of", "draw_crystal", "ownership", "Ownership",
           "BALL_ROLES"]

#: the parts of a drawn ball, in the order they are painted
BALL_ROLES = ("body", "outline", "hl1", "hl2")


def _style() -> dict[str, Any]:
    from ..render.style import science_style
    return science_style("crystal")


def _hex(c: str) -> tuple[int, int, int]:
    c = c.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def _to_hex(rgb) -> str:
    return "#%02X%02X%02X" % tuple(int(round(min(255, max(0, v)))) for v in rgb)


def _mix(c: str, other: str, t: float) -> str:
    a, b = np.array(_hex(c), float), np.array(_hex(other), float)
    return _to_hex(a + (b - a) * t)


def _shade(c: str, f: float) -> str:
    return _to_hex(np.array(_hex(c), float) * f)


# --------------------------------------------------------------------------------------- colours


def _jmol(el: str, table: dict[str, str]) -> str:
    if el in table:
        return str(table[el]).upper()
    import os

    import yaml
    import pymatgen.core
    path = os.path.join(os.path.dirname(os.path.dirname(pymatgen.core.__file__)), "vis", "ElementColorSchemes.yaml")
    with open(path, encoding="utf-8") as f:
        rgb = yaml.safe_load(f)["Jmol"][el]
    return _to_hex(rgb)


def _atomic_number(el: str) -> int:
    from pymatgen.core import Element
    return int(Element(el).Z)


def _grey(lstar: float) -> str:
    """The sRGB grey of CIELAB lightness ``lstar``."""
    y = ((lstar + 16) / 116) ** 3 if lstar > 8 else lstar / 903.3
    v = 12.92 * y if y <= 0.0031308 else 1.055 * y ** (1 / 2.4) - 0.055
    return _to_hex((v * 255,) * 3)


@functools.lru_cache(maxsize=256)
def _species_colours(species: tuple[str, ...], palette: str) -> tuple[tuple[str, str], ...]:
    st = load_yaml("layout", "crystal.yaml")
    order = sorted(species, key=lambda el: (_atomic_number(el), el))
    if palette == "grey":
        lo, hi = (float(v) for v in st["grey_lightness"])
        if len(order) == 1:
            return ((order[0], _grey((lo + hi) / 2)),)
        # heavier elements darker, evenly spaced in lightness
        return tuple((el, _grey(hi - (hi - lo) * k / (len(order) - 1))) for k, el in enumerate(order))
    from ..render.style import CVD_MIN_DELTA_E, cvd_distance
    table = st["species_colors"]
    out: dict[str, str] = {}
    for el in order:
        col = _jmol(el, table)
        base = col
        # a colour within CVD_MIN_DELTA_E of a lighter-numbered species' (under normal vision or a simulated
        # dichromacy) is darkened, then lightened, step by step until it stands apart: hue kept, lightness moved
        steps = [("d", k) for k in range(1, 8)] + [("l", k) for k in range(1, 8)]
        i = 0
        while any(cvd_distance(col, c) < CVD_MIN_DELTA_E for c in out.values()) or \
                cvd_distance(col, "#FFFFFF") < CVD_MIN_DELTA_E:
            if i >= len(steps):
                break
            kind, k = steps[i]
            col = _shade(base, 1 - 0.1 * k) if kind == "d" else _mix(base, "#FFFFFF", 0.1 * k)
            i += 1
        out[el] = col
    return tuple((el, out[el]) for el in sorted(species))


def species_colours(species, palette: str | None = None) -> dict[str, str]:
    """Colour of each species (``#RRGGBB``) in ``palette`` (``colour`` or ``grey``; None = the active one).

    colour: the Jmol CPK colours (Hanson, "Jmol colors", https://jmol.sourceforge.net/jscolors/), with the
    overrides of ``layout/crystal.yaml``; a species whose colour is within ``CVD_MIN_DELTA_E`` of another's
    in the same structure under normal vision or a simulated dichromacy (Machado et al. 2009) has its
    lightness moved until it is not. grey: evenly spaced CIELAB lightness (``grey_lightness``), heavier
    elements darker, as black-and-white textbook plates shade the larger ion."""
    if palette is None:
        from ..render.style import active
        palette = active()["palette"]
    return dict(_species_colours(tuple(sorted(set(species))), palette))


def sphere_colours(col: str) -> dict[str, str]:
    """The colours a shaded ball of body colour ``col`` is drawn in, by part (``BALL_ROLES``): the body, a
    dark outline (45 % of the body), a lighter disc (45 % of the way to white) and the specular spot (80 %)."""
    st = load_yaml("layout", "crystal.yaml")["sphere"]
    return {"body": col, "outline": _shade(col, float(st["outline"])), "hl1": _mix(col, "#FFFFFF", float(st["hl1"])),
            "hl2": _mix(col, "#FFFFFF", float(st["hl2"]))}


# --------------------------------------------------------------------------------------- the view


@dataclass(frozen=True)
class View:
    """How the cell is seen: ``kind`` 'perspective' (an eye at ``eye``, Å) or 'projection' (orthographic along
    the zone axis ``fwd``). ``right``/``up``/``fwd`` are the screen axes in Cartesian Å; ``depth_axis`` the
    cell axis (0 = a, 1 = b, 2 = c) most nearly along the line of sight, whose fractional coordinate names an
    atom's depth layer."""

    kind: str
    right: tuple[float, float, float]
    up: tuple[float, float, float]
    fwd: tuple[float, float, float]
    eye: tuple[float, float, float]
    depth_axis: int

    def project(self, cart: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Screen (x right, y up; view units), distance from the viewer (Å) and the size factor (screen
        units per Å at that distance) of Cartesian points ``cart`` (N, 3)."""
        v = np.asarray(cart, float) - np.asarray(self.eye)
        d = v @ np.asarray(self.fwd)
        x, y = v @ np.asarray(self.right), v @ np.asarray(self.up)
        if self.kind == "perspective":
            return np.stack([x / d, y / d], axis=1), d, 1.0 / d
        return np.stack([x, y], axis=1), d, np.ones_like(d)


def view_of(scene: SceneGraph, M: np.ndarray, centre: np.ndarray | None = None) -> View:
    """The view the scene asks for (cell rows ``M``, Å): the zone axis it names, else the perspective camera
    of ``layout/crystal.yaml`` (``camera``: azimuth from a towards b and elevation above the ab plane, degrees;
    the eye at ``distance`` × the cell's body diagonal from its centre)."""
    spans = scene.attr("spans", {}) or {}
    centre = M.sum(axis=0) / 2 if centre is None else np.asarray(centre, float)
    if "zone_axis" in spans:
        from .crystal import _basis   # the projection plane the [uvw] view has always used
        uvw = [int(v) for v in scene.attr("zone_axis", [0, 0, 1])]
        n, e1, e2 = _basis(M, uvw)
        eye = centre + n * 10 * float(np.linalg.norm(M.sum(axis=0)))
        fwd = -n
        return View("projection", tuple(e1), tuple(e2), tuple(fwd), tuple(eye), _depth_axis(M, fwd))
    cam = load_yaml("layout", "crystal.yaml")["camera"]
    az, el = math.radians(float(cam["azimuth_deg"])), math.radians(float(cam["elevation_deg"]))
    a_dir = M[0] / np.linalg.norm(M[0])
    c_dir = np.cross(M[0], M[1])
    c_dir /= np.linalg.norm(c_dir)
    b_perp = np.cross(c_dir, a_dir)
    d = math.cos(el) * (math.cos(az) * a_dir + math.sin(az) * b_perp) + math.sin(el) * c_dir
    eye = centre + d * float(cam["distance"]) * float(np.linalg.norm(M.sum(axis=0)))
    fwd = -d
    right = np.cross(fwd, c_dir)
    right /= np.linalg.norm(right)
    up = np.cross(right, fwd)
    return View("perspective", tuple(right), tuple(up), tuple(fwd), tuple(eye), _depth_axis(M, fwd))


def _depth_axis(M: np.ndarray, fwd) -> int:
    f = np.asarray(fwd)
    return int(max(range(3), key=lambda i: (abs(M[i] @ f) / np.linalg.norm(M[i]), -i)))


# --------------------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class _Item:
    dist: float            # distance from the viewer (Å): far items are painted first
    order: int             # tie-break
    shapes: tuple[Shape, ...]


def _closed_cell(geom) -> tuple[np.ndarray, list[str]]:
    """Every atom of the closed cell [0, 1]³ (faces, edges, corners repeated): fractional coords, species."""
    out, els = [], []
    for k, f in enumerate(np.asarray(geom.frac)):
        for s in itertools.product((0, 1), repeat=3):
            g = f + np.asarray(s, float)
            if np.all(g <= 1 + 1e-9):
                out.append(g)
                els.append(geom.species[k])
    return np.asarray(out), els


def _hexagonal_prism(geom) -> tuple[np.ndarray, list[str], np.ndarray, list[tuple[int, int]]]:
    """The hexagonal prism of three cells around the c axis, as textbooks draw a hexagonal crystal (Kittel,
    *Introduction to Solid State Physics*, 8th ed., ch. 1, the hcp structure: atoms at the 12 corners and the
    centres of the two hexagons, 3 inside): every atom with in-plane fractions (u, v) in the hexagon
    max(|u|, |v|, |u − v|) ≤ 1 and 0 ≤ w ≤ 1, the origin on an atom of the first site (hcp: on a corner);
    with the prism's 12 corners (fractional) and its 18 edges. Returns (fracs, species, corners, edges)."""
    frac = np.mod(np.asarray(geom.frac, float) - np.asarray(geom.frac, float)[0], 1.0)
    frac = np.where(frac > 1 - 1e-9, 0.0, frac)
    out, els = [], []
    for k, f in enumerate(frac):
        for i, j, w in itertools.product((-2, -1, 0, 1), (-2, -1, 0, 1), (0, 1)):
            g = f + np.array([i, j, w], float)
            if max(abs(g[0]), abs(g[1]), abs(g[0] - g[1])) <= 1 + 1e-9 and -1e-9 <= g[2] <= 1 + 1e-9:
                out.append(g)
                els.append(geom.species[k])
    ring = [(1, 0), (1, 1), (0, 1), (-1, 0), (-1, -1), (0, -1)]
    corners = np.array([[u, v, w] for w in (0, 1) for u, v in ring], float)
    edges = [(k, (k + 1) % 6) for k in range(6)] + [(6 + k, 6 + (k + 1) % 6) for k in range(6)] + \
        [(k, k + 6) for k in range(6)]
    return np.asarray(out), els, corners, edges


def _frame(geom, perspective: bool) -> tuple[np.ndarray, list[str], np.ndarray, list[tuple[int, int]], np.ndarray]:
    """What is drawn of the crystal: the atoms (fractional), their species, the outline's corners (fractional)
    and edges, and the centre the camera looks at (fractional). A hexagonal cell seen in perspective is the
    hexagonal prism; every other view the closed conventional cell [0, 1]³."""
    if perspective and abs(geom.gamma - 120.0) < 1e-6:
        fr, els, corners, edges = _hexagonal_prism(geom)
        return fr, els, corners, edges, np.array([0.0, 0.0, 0.5])
    fr, els = _closed_cell(geom)
    corners = np.array(list(itertools.product((0, 1), repeat=3)), float)
    edges = [(a, b) for a, b in itertools.combinations(range(8), 2) if bin(a ^ b).count("1") == 1]
    return fr, els, corners, edges, np.array([0.5, 0.5, 0.5])


def _bond_pairs(geom, cart: np.ndarray) -> list[tuple[int, int]]:
    """Pairs of drawn atoms at the first coordination distance of the periodic structure (× ``bonds.tol``)."""
    from .crystal import _data
    M = geom.matrix()
    frac = np.asarray(geom.frac)
    shifts = np.array(list(itertools.product((-1, 0, 1), repeat=3)), float)
    per = ((frac[None, :, :] + shifts[:, None, :]).reshape(-1, 3)) @ M
    dd = np.linalg.norm((frac @ M)[:, None, :] - per[None, :, :], axis=2)
    dmin = float(dd[dd > 1e-6].min())
    cut = float(_data()["bonds"]["tol"]) * dmin
    dc = np.linalg.norm(cart[:, None, :] - cart[None, :, :], axis=2)
    return [(int(i), int(j)) for i, j in zip(*np.nonzero((dc > 1e-6) & (dc <= cut + 1e-9))) if i < j]


def _coordination(geom) -> int:
    """Nearest-neighbour count of the first site (its first shell, within 2 % of the closest distance)."""
    M = geom.matrix()
    frac = np.asarray(geom.frac)
    shifts = np.array(list(itertools.product((-1, 0, 1), repeat=3)), float)
    per = ((frac[None, :, :] + shifts[:, None, :]).reshape(-1, 3)) @ M
    d = np.linalg.norm(per - frac[0] @ M, axis=1)
    d = d[d > 1e-6]
    return int((d <= 1.02 * d.min()).sum())


def bonds_drawn(scene: SceneGraph, geom) -> bool:
    """Sticks are drawn when the text asks ("with bonds"), never when it refuses them ("without bonds"), and
    otherwise in the perspective view of a cell whose atoms have at most ``bonds.max_coordination`` nearest
    neighbours (rock salt 6, zinc blende and diamond 4; not the metals' 8 and 12)."""
    spans = scene.attr("spans", {}) or {}
    if "bonds" in spans:
        return bool(scene.attr("bonds"))
    if "zone_axis" in spans:
        return False
    return _coordination(geom) <= int(load_yaml("layout", "crystal.yaml")["bonds"]["max_coordination"])


def _ball(sid: str, cls: str, x: float, y: float, r: float, col: str, shaded: bool) -> tuple[Shape, ...]:
    sc = sphere_colours(col)
    st = load_yaml("layout", "crystal.yaml")["sphere"]
    out = [Shape(sid, "circle", (x - r, y - r, x + r, y + r), fill=sc["body"], stroke=sc["outline"],
                 stroke_width=float(st["outline_width"]), cls=cls)]
    if shaded and r >= float(st["min_radius_shaded"]):
        for role in ("hl1", "hl2"):
            off, rad = (float(v) for v in st[f"{role}_place"])
            cx, cy, rr = x - off * r, y - off * r, rad * r
            out.append(Shape(f"_{role}_{sid}", "circle", (cx - rr, cy - rr, cx + rr, cy + rr), fill=sc[role],
                             stroke="none", stroke_width=0.0, cls=cls))
    return tuple(out)


def _outside(p: np.ndarray, q: np.ndarray, centres: np.ndarray, radii: np.ndarray) -> list[tuple[float, float]]:
    """The parameter intervals (0–1) of the 3-D segment p→q that lie outside every ball (centres, radii in Å):
    a cell edge or a stick runs through the atoms it joins, and inside a ball it is hidden."""
    d = q - p
    dd = float(d @ d)
    cuts: list[tuple[float, float]] = []
    for c, r in zip(centres, radii):
        f = p - c
        b = float(f @ d)
        disc = b * b - dd * (float(f @ f) - r * r)
        if dd <= 0 or disc <= 0:
            continue
        s = math.sqrt(disc)
        t0, t1 = (-b - s) / dd, (-b + s) / dd
        if t1 > 0 and t0 < 1:
            cuts.append((max(t0, 0.0), min(t1, 1.0)))
    out, t = [], 0.0
    for a, b in sorted(cuts):
        if a > t:
            out.append((t, a))
        t = max(t, b)
    if t < 1:
        out.append((t, 1.0))
    return [(a, b) for a, b in out if b - a > 1e-6]


def _hidden_edges(corners: np.ndarray, edges: list[tuple[int, int]], view: "View") -> set[tuple[int, int]]:
    """The outline's edges the solid cell would hide from the eye: those all of whose faces (the convex hull's
    facets through both ends) face away from it — drawn dashed, as hidden lines are in a technical drawing
    (ISO 128-2, line type 02)."""
    from scipy.spatial import ConvexHull
    eye = np.asarray(view.eye, float)
    hull = ConvexHull(corners)
    out: set[tuple[int, int]] = set()
    scale = float(np.ptp(corners, axis=0).max()) or 1.0
    for a, b in edges:
        front = False
        on = False
        for eq in hull.equations:
            n, off = eq[:3], eq[3]
            if abs(n @ corners[a] + off) <= 1e-6 * scale and abs(n @ corners[b] + off) <= 1e-6 * scale:
                on = True
                front = front or float(n @ eye + off) > 0
        if on and not front:
            out.add((a, b))
    return out


def _on_edge(p: np.ndarray, q: np.ndarray, corners: np.ndarray, edges: list[tuple[int, int]]) -> bool:
    """Whether the segment p–q (Å) lies along one of the outline's edges (both ends on it)."""
    for a, b in edges:
        u = corners[b] - corners[a]
        L2 = float(u @ u)
        if L2 <= 0:
            continue
        ok = True
        for x in (p, q):
            t = float((x - corners[a]) @ u) / L2
            if t < -1e-6 or t > 1 + 1e-6 or np.linalg.norm(corners[a] + t * u - x) > 1e-4 * math.sqrt(L2):
                ok = False
                break
        if ok:
            return True
    return False


def _dashes(a: float, b: float, total_px: float, dash: tuple[float, float] | None) -> list[tuple[float, float]]:
    """The parameter intervals of [a, b] a dashed line inks (``dash``: on, off px along the whole line of
    ``total_px``), or [a, b] itself for a solid one. The pattern starts at the line's start, so it is the
    same whichever atoms cut the line."""
    if not dash or total_px <= 0:
        return [(a, b)]
    on, off = (float(v) / total_px for v in dash)
    out, t = [], 0.0
    while t < b:
        s, e = max(t, a), min(t + on, b)
        if e - s > 1e-9:
            out.append((s, e))
        t += on + off
    return out


def _segments(sid: str, cls: str, p3, q3, view: "View", P, colour: str, width: float, n: int,
              centres: np.ndarray, radii: np.ndarray, depth: float | None = None,
              dash: tuple[float, float] | None = None) -> list[_Item]:
    """A 3-D line from ``p3`` to ``q3`` (Å) drawn as pieces: the parts inside a ball are left out, the rest
    cut into about ``n`` pieces over its length, each painted at its own depth (a piece in front of an atom
    covers it, one behind is covered). ``depth`` paints every piece at that depth instead (a projection).
    ``dash`` (on, off px): a dashed line, its dashes measured along the line as drawn."""
    out = []
    p3, q3 = np.asarray(p3, float), np.asarray(q3, float)
    k = 0
    total = 0.0
    if dash:
        xy2, _d, _s = view.project(np.array([p3, q3]))
        A0, B0 = P(xy2[0]), P(xy2[1])
        total = math.hypot(B0[0] - A0[0], B0[1] - A0[1])
    for a0, b0 in _outside(p3, q3, centres, radii):
        for a, b in (_dashes(a0, b0, total, dash) if dash else [(a0, b0)]):
            m = max(1, int(math.ceil(n * (b - a))))
            for j in range(m):
                t0, t1 = a + (b - a) * j / m, a + (b - a) * (j + 1) / m
                ends = np.array([p3 + (q3 - p3) * t0, p3 + (q3 - p3) * t1])
                xy, dist, _ = view.project(ends)
                A, B = P(xy[0]), P(xy[1])
                if math.hypot(B[0] - A[0], B[1] - A[1]) < 0.05:
                    continue
                d = float(dist.mean()) if depth is None else depth
                out.append(_Item(d, k, (Shape(f"_{sid}_{k}", "line", (*A, *B), stroke=colour, stroke_width=width,
                                              cls=cls),)))
                k += 1
    return out


def _arrow_head(sid: str, tip, tail, size: float, colour: str) -> Shape:
    ux, uy = tip[0] - tail[0], tip[1] - tail[1]
    L = math.hypot(ux, uy) or 1.0
    ux, uy = ux / L, uy / L
    bx, by = tip[0] - ux * size, tip[1] - uy * size
    w = 0.4 * size
    pts = ((tip[0], tip[1]), (bx - uy * w, by + ux * w), (bx + uy * w, by - ux * w))
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return Shape(sid, "polygon", (min(xs), min(ys), max(xs), max(ys)), fill=colour, stroke=colour, stroke_width=1.0,
                 cls="axis", points=pts)


def draw_crystal(scene: SceneGraph, geom, radius: dict[str, float], sites: list[tuple[str, np.ndarray]]) -> Layout:
    """The layout of the scene's cell (see the module docstring). ``radius``: the cited radius of each species
    (Å); ``sites``: interstitial holes to mark (kind, Cartesian Å)."""
    from ..errors import UnsupportedError
    from ..render.style import active
    st = _style()
    base = load_yaml("layout", "style.yaml")
    palette = active()["palette"]
    M = geom.matrix()
    persp = "zone_axis" not in (scene.attr("spans", {}) or {})
    fracs, els, fcorners, edges, fcentre = _frame(geom, persp)
    view = view_of(scene, M, fcentre @ M)
    cart = fracs @ M
    xy, dist, k_size = view.project(cart)
    keep = list(range(len(cart)))
    if view.kind == "projection":  # one atom per projected column: the nearest (those behind are hidden)
        front: list[int] = []
        for i in sorted(keep, key=lambda i: (round(float(dist[i]), 9), els[i])):
            if all(np.linalg.norm(xy[i] - xy[j]) > 1e-4 for j in front):
                front.append(i)
        keep = sorted(front)
    species = sorted(set(els))
    cols = species_colours(species, palette)
    # one radius scale for every species, radii proportional to the cited ones; ball-and-stick: two
    # neighbours' balls fill at most ``ball_fill`` of their distance (the sticks show between them); a
    # projection: projected neighbours never touch (``atom_overlap``)
    ksc = float(st["atom_radius_scale"])
    if view.kind == "perspective":
        for i, j in itertools.combinations(range(len(cart)), 2):
            d = float(np.linalg.norm(cart[i] - cart[j]))
            ksc = min(ksc, float(st["ball_fill"]) * d / (radius[els[i]] + radius[els[j]]))
    else:
        for i, j in itertools.combinations(keep, 2):
            d = float(np.linalg.norm(xy[i] - xy[j]))
            ksc = min(ksc, float(st["atom_overlap"]) * d / (radius[els[i]] + radius[els[j]]))
    r_view = {i: ksc * radius[els[i]] * float(k_size[i]) for i in keep}
    corners = fcorners @ M
    cxy, cd, _ = view.project(corners)
    ax_len = float(st["axes"]["length"])
    tips = np.array([ax_len * M[i] for i in range(3)])
    txy, td, _ = view.project(tips)
    oxy, od, _ = view.project(np.zeros((1, 3)))
    # axes whose projection is too short to read (the one along the zone axis) are not drawn
    ax_show = [i for i in range(3) if np.linalg.norm(txy[i] - oxy[0]) >= float(st["axes"]["min_fraction"]) *
               max(np.linalg.norm(txy[k] - oxy[0]) for k in range(3))]
    pts = [xy[i] + s * r_view[i] for i in keep for s in (np.array([1, 1]), np.array([-1, -1]))]
    pts += list(cxy) + [txy[i] for i in ax_show]
    pts = np.asarray(pts)
    lo, hi = pts.min(axis=0), pts.max(axis=0)
    ppu = float(st["cell_box"]) / max(float((hi - lo).max()), 1e-9)     # px per view unit
    m = float(base["margin"]) + float(st["axes"]["label_size"]) + 6
    key_h = float(st["key"]["height"])
    W = int(math.ceil((hi[0] - lo[0]) * ppu + 2 * m))
    H = int(math.ceil((hi[1] - lo[1]) * ppu + 1.6 * m + key_h))

    def P(v) -> tuple[float, float]:
        return m + (float(v[0]) - lo[0]) * ppu, m + (hi[1] - float(v[1])) * ppu
    rpx = {i: r_view[i] * ppu for i in keep}
    if min(rpx.values()) < float(st["atom_radius_min"]):
        lat, sp = scene.attr("lattice") or {}, (scene.attr("spans") or {})
        given = [f"{ax} = {v:g} Å from '{sp[ax]['text']}' at {sp[ax]['start']}-{sp[ax]['end']}" for ax, v in lat.items()
                 if ax in sp and isinstance(sp[ax], dict)]
        raise UnsupportedError(f"the atoms of {scene.attr('formula')} are too crowded to draw apart in this view "
                               f"(smallest radius {min(rpx.values()):.1f} px; the cell is "
                               f"{', '.join(given) or 'as large as the text gives it'}): check that length, or choose "
                               "a lower-index zone axis such as [001]")
    items: list[_Item] = []
    n_el: dict[str, int] = {}
    balls: list[list[Any]] = []
    for i in sorted(keep, key=lambda i: (els[i], round(float(xy[i][0]), 6), round(float(xy[i][1]), 6),
                                         round(float(dist[i]), 6))):
        el = els[i]
        sid = f"{el}_{n_el.get(el, 0)}"
        n_el[el] = n_el.get(el, 0) + 1
        x, y = P(xy[i])
        items.append(_Item(float(dist[i]), 0, _ball(sid, "atom", x, y, rpx[i], cols[el], True)))
        layer = round(float(fracs[i][view.depth_axis]), 3)
        balls.append([sid, el, round(x, 3), round(y, 3), round(rpx[i], 3), layer])
    # interstitial holes: small flat markers at their own depth (a projection: above the atoms)
    ri = float(st["interstitial_radius"])
    if sites:
        sxy, sd, sk = view.project(np.array([p for _k, p in sites]))
        seen: list[np.ndarray] = []
        order = sorted(range(len(sites)), key=lambda k: (round(float(sd[k]), 9), sites[k][0]))
        n_site = 0
        for k in order:
            if view.kind == "projection" and any(np.linalg.norm(sxy[k] - q) <= 1e-4 for q in seen):
                continue
            seen.append(sxy[k])
            rr = ri * (float(sk[k]) / float(np.median(list(k_size))) if view.kind == "perspective" else 1.0)
            x, y = P(sxy[k])
            sid = f"site_{sites[k][0]}_{n_site}"
            n_site += 1
            d = float(sd[k]) if view.kind == "perspective" else -1e9
            items.append(_Item(d, 1, (Shape(sid, "circle", (x - rr, y - rr, x + rr, y + rr),
                                            fill=st["interstitial_color"], stroke="#000000",
                                            stroke_width=1.0, cls="interstitial"),)))
            balls.append([sid, "interstitial", round(x, 3), round(y, 3), round(rr, 3), None])
    # cell edges and sticks, cut into pieces painted at their own depths (a projection: under the atoms)
    npc = int(st["line_pieces"]) if view.kind == "perspective" else 1
    far = float(dist.max()) + 1e6 if view.kind == "projection" else None
    cen = cart[keep]
    rad = np.array([ksc * radius[els[i]] for i in keep]) if view.kind == "perspective" else np.zeros(len(keep))
    hidden = _hidden_edges(corners, edges, view) if view.kind == "perspective" else set()
    dash = st.get("hidden_dash") if st.get("hidden_dashed", True) else None
    for a_, b_ in edges:
        if np.linalg.norm(cxy[a_] - cxy[b_]) < 1e-9:
            continue
        items += _segments(f"cell_{a_}{b_}", "unit_cell", corners[a_], corners[b_], view, P, st["unit_cell_color"],
                           float(st["unit_cell_width"]), npc, cen, rad, far,
                           dash=dash if (a_, b_) in hidden else None)
    bonds = bonds_drawn(scene, geom)
    n_bonds = 0
    if bonds:
        pairs = [(i, j) for i, j in _bond_pairs(geom, cart) if i in keep and j in keep]
        # no stick along a cell edge: the edge already joins those atoms (Kittel outlines the cube) — unless
        # every bond runs along an edge (simple cubic) and the text asks for bonds
        off = [(i, j) for i, j in pairs if not _on_edge(cart[i], cart[j], corners, edges)]
        if st.get("bonds_off_edges", True) and (off or "bonds" not in (scene.attr("spans", {}) or {})):
            pairs = off
        for i, j in pairs:
            if view.kind == "projection":
                p, q = np.array(P(xy[i])), np.array(P(xy[j]))
                if float(np.linalg.norm(q - p)) <= rpx[i] + rpx[j] + 1.0 or np.linalg.norm(xy[i] - xy[j]) < 1e-3:
                    continue   # the two balls cover the whole stick
            seg = _segments(f"bond_{n_bonds}", "bond", cart[i], cart[j], view, P, st["bond_color"],
                            float(st["bond_width"]), npc, cen, rad, far + 1 if far else None)
            if seg:
                items += seg
                n_bonds += 1
    # axes from the origin
    axcol = st["axes"]["color"]
    labels: list[Label] = []
    lsize = float(st["axes"]["label_size"])
    o = P(oxy[0])
    for i in ax_show:
        t = P(txy[i])
        name = "abc"[i]
        dt = float(td[i]) if view.kind == "perspective" else -2e9
        # in perspective an axis along a cell edge starts where the edge ends: inside the cell the edge (dashed
        # where hidden) is the axis, and a solid axis over it would hide the dashes
        start = M[i] if view.kind == "perspective" and _on_edge(np.zeros(3), M[i], corners, edges) else np.zeros(3)
        items += _segments(f"axis_{name}", "axis", start, tips[i], view, P, axcol, float(st["axes"]["width"]),
                           npc, cen, rad, far - 1 if far else None)
        items.append(_Item(dt if view.kind == "perspective" else -2e9, 2,
                           (_arrow_head(f"_axis_{name}_head", t, o, float(st["axes"]["head"]), axcol),)))
        ux, uy = t[0] - o[0], t[1] - o[1]
        L = math.hypot(ux, uy) or 1.0
        # the axis named as Kittel names the crystal axes, a₁ a₂ a₃: the letter italic, its index an upright
        # subscript (ISO 80000-2; ``render.typography``)
        labels.append(Label(str(st["axes"]["names"][i]), t[0] + ux / L * (lsize * 0.8),
                            t[1] + uy / L * (lsize * 0.8) + lsize * 0.35, lsize, "middle", math=True))
    # painter's order: far to near; z is the rank, shapes of one item keep their own order
    items.sort(key=lambda it: (-it.dist, it.order, it.shapes[0].id))
    shapes: list[Shape] = []
    for rank, it in enumerate(items):
        for k, s in enumerate(it.shapes):
            shapes.append(Shape(s.id, s.kind, s.box, s.fill, s.stroke, s.stroke_width, 4 * rank + k, s.cls, s.radius,
                                s.points))
    # symbols on the atoms (grey palette): on every ball mostly in view
    if palette == "grey":
        labels += _symbols_on_balls(shapes, balls, cols, st)
    # the key: a ball and the symbol of each species, then the lattice constants
    kst = st["key"]
    ky = H - key_h / 2
    x = m
    kr = float(kst["ball_radius"])
    ksize = float(kst["label_size"])
    for el in species:
        ball = _ball(f"_key_{el}", "key", x + kr, ky, kr, cols[el], True)
        shapes += [Shape(s.id if s.id.startswith("_") else s.id, s.kind, s.box, s.fill, s.stroke, s.stroke_width,
                         10 ** 7 + k, "key", s.radius, s.points) for k, s in enumerate(ball)]
        labels.append(Label(el, x + 2 * kr + 5, ky + ksize * 0.35, ksize, "start"))
        x += 2 * kr + 5 + ksize * (0.62 * len(el)) + float(kst["gap"])
    consts = [f"a = {geom.a:.4g} Å"]
    if abs(geom.b - geom.a) > 1e-9:
        consts.append(f"b = {geom.b:.4g} Å")
    if abs(geom.c - geom.a) > 1e-9:
        consts.append(f"c = {geom.c:.4g} Å")
    if abs(geom.gamma - 90) > 1e-9:
        consts.append(f"γ = {geom.gamma:g}°")
    text = ",  ".join(consts)
    if view.kind == "projection":
        uvw = "".join(str(int(v)) if v >= 0 else f"-{-int(v)}" for v in scene.attr("zone_axis", [0, 0, 1]))
        text += f",  along [{uvw}]"
    labels.append(Label(text, x + float(kst["gap"]) * 0.5, ky + ksize * 0.35, ksize, "start", math=True))
    W = max(W, int(math.ceil(x + float(kst["gap"]) * 0.5 + 0.56 * ksize * len(text) + m)))
    counts: dict[str, int] = {}
    for b in balls:
        if b[1] != "interstitial":
            counts[b[1]] = counts.get(b[1], 0) + 1
    extras = {"view": view.kind, "px_per_unit": ppu, "zone_axis": list(scene.attr("zone_axis", [0, 0, 1])),
              "expected_counts": counts, "expected_interstitial": sum(1 for b in balls if b[1] == "interstitial"),
              "balls": balls, "depth_axis": "abc"[view.depth_axis], "bonds_drawn": bool(n_bonds),
              "space_group": {"symbol": geom.sg_symbol, "number": geom.sg_number},
              "lattice": {"a": geom.a, "b": geom.b, "c": geom.c, "gamma": geom.gamma},
              "atom_radius_px": {el: max(b[4] for b in balls if b[1] == el) for el in species},
              "palette": palette}
    stats = {"atoms": len(keep), "bonds": n_bonds}
    return Layout("crystal", W, H, tuple(shapes), tuple(labels), (), tuple(sorted(stats.items())), _freeze(extras))


def _symbols_on_balls(shapes: list[Shape], balls: list[list[Any]], cols: dict[str, str], st: dict) -> list[Label]:
    """The element symbol on each atom whose disc is at least ``symbols.min_visible`` in view and large enough
    for the text: black on light greys, white on dark ones."""
    out = []
    z = {s.id: s.z for s in shapes}
    discs = [(s.id, (s.box[0] + s.box[2]) / 2, (s.box[1] + s.box[3]) / 2, (s.box[2] - s.box[0]) / 2, s.z)
             for s in shapes if s.cls in ("atom", "interstitial") and not s.id.startswith("_")]
    sy = st["symbols"]
    for sid, el, x, y, r, _layer in balls:
        if el == "interstitial" or r < float(sy["min_radius"]):
            continue
        # the fraction of the disc no nearer disc covers (sampled on a 9 × 9 grid)
        g = np.linspace(-r, r, 9)
        px = [(x + u, y + v) for u in g for v in g if u * u + v * v <= r * r]
        cover = [any((qx - ox) ** 2 + (qy - oy) ** 2 <= orr ** 2 for oid, ox, oy, orr, oz in discs if oz > z[sid])
                 for qx, qy in px]
        if 1 - sum(cover) / len(cover) < float(sy["min_visible"]):
            continue
        lum = sum(_hex(cols[el])) / 3
        size = min(float(sy["size"]), 0.9 * r)
        # a little below and right of the centre, off the highlight at the upper left
        out.append(Label(el, x + 0.12 * r, y + 0.12 * r + size * 0.35, size, "middle",
                         "#000000" if lum >= 110 else "#FFFFFF"))
    return out


# --------------------------------------------------------------------------------------- ownership map


@dataclass(frozen=True)
class Ownership:
    """Which shape paints each pixel of the layout (``code``, 0 = the page) and what each code is:
    ``owner[code]`` the id of the ball, line or key it belongs to, ``role[code]`` the part ('body',
    'outline', 'hl1', 'hl2' of a ball; 'line', 'head'); ``text`` the pixels any label's ink covers."""

    code: np.ndarray
    owner: tuple[str, ...]
    role: tuple[str, ...]
    cls: tuple[str, ...]
    text: np.ndarray


def _owner_of(sid: str) -> tuple[str, str]:
    for role in ("hl1", "hl2"):
        if sid.startswith(f"_{role}_"):
            return sid[len(role) + 2:], role
    return sid, "body"


def ownership(layout: Layout, extra_labels: tuple[Label, ...] = ()) -> Ownership:
    """Rasterise ``layout`` (resvg, crisp edges, as the figure) with each shape part in its own code colour;
    the labels (and ``extra_labels``: another variant's) separately, as a mask of their ink."""
    import io

    from PIL import Image
    from ..render.svg import svg_to_png
    owner: list[str] = [""]
    role: list[str] = ["page"]
    cls: list[str] = ["page"]
    index: dict[tuple[str, str], int] = {}

    def code(o: str, r: str, c: str) -> str:
        k = index.get((o, r))
        if k is None:
            k = len(owner)
            index[(o, r)] = k
            owner.append(o)
            role.append(r)
            cls.append(c)
        return "#%06X" % (k * 7)   # spread out, exact on a crisp raster
    W, H = layout.width, layout.height
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
           'shape-rendering="crispEdges">', f'<rect x="0" y="0" width="{W}" height="{H}" fill="#000000"/>']
    fmt = "{:.2f}".format
    for s in sorted(layout.shapes, key=lambda s: (s.z, s.id)):
        x0, y0, x1, y1 = s.box
        if s.kind == "circle":
            o, r = _owner_of(s.id)
            fill = code(o, r, s.cls)
            stroke = code(o, "outline", s.cls) if s.stroke != "none" and s.stroke_width > 0 else "none"
            out.append(f'<ellipse cx="{fmt((x0 + x1) / 2)}" cy="{fmt((y0 + y1) / 2)}" rx="{fmt((x1 - x0) / 2)}" '
                       f'ry="{fmt((y1 - y0) / 2)}" fill="{fill}" stroke="{stroke}" '
                       f'stroke-width="{fmt(s.stroke_width)}"/>')
        elif s.kind == "line":
            o = s.id.lstrip("_").rsplit("_", 1)[0]
            c = code(o, "line", s.cls)
            out.append(f'<line x1="{fmt(x0)}" y1="{fmt(y0)}" x2="{fmt(x1)}" y2="{fmt(y1)}" stroke="{c}" '
                       f'stroke-width="{fmt(s.stroke_width)}"/>')
        elif s.kind == "polygon":
            c = code(s.id, "head", s.cls)
            pts = " ".join(f"{fmt(x)},{fmt(y)}" for x, y in s.points)
            out.append(f'<polygon points="{pts}" fill="{c}" stroke="{c}" stroke-width="{fmt(s.stroke_width)}"/>')
    out.append("</svg>")
    arr = np.asarray(Image.open(io.BytesIO(svg_to_png("\n".join(out) + "\n"))).convert("RGB")).astype(np.int64)
    packed = (arr[..., 0] << 16) | (arr[..., 1] << 8) | arr[..., 2]
    codes = np.where(packed % 7 == 0, packed // 7, 0)
    codes[codes >= len(owner)] = 0
    st = load_yaml("layout", "style.yaml")
    txt = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
           f'font-family="{st["font_family"]}">', f'<rect x="0" y="0" width="{W}" height="{H}" fill="#FFFFFF"/>']
    from ..render.typography import text_markup
    for lb in (*layout.labels, *extra_labels):
        attrs, body = text_markup(lb.text, lb.italic, lb.math)   # the glyphs the figure draws (italic, subscripts)
        txt.append(f'<text x="{fmt(lb.x)}" y="{fmt(lb.y)}" font-size="{fmt(lb.size)}" text-anchor="{lb.anchor}" '
                   f'fill="#000000"{attrs}>{body}</text>')
    txt.append("</svg>")
    t = np.asarray(Image.open(io.BytesIO(svg_to_png("\n".join(txt) + "\n"))).convert("L"))
    return Ownership(codes.astype(np.int32), tuple(owner), tuple(role), tuple(cls), t < 250)
