"""Reading a unit cell drawn in 3-D (a perspective ball model, an oblique or axonometric plate) whatever the
tool: the camera that drew it is recovered from the discs themselves, every site of the closed cell is placed
by it, and the drawing is read site by site.

What it hands to a science's verifier:

- ``fit_cell(centres, radii, sites)``: the projection (an affine camera — parallel projections: oblique,
  cabinet, axonometric, orthographic — refined to a projective one where perspective shows) that places the
  most expected sites (Cartesian Å, N × 3) on a disc. Hypotheses: one site and three of its nearest
  neighbours spanning space (a corner and its neighbours), paired with a disc and three discs near it; the
  affine map they fix is scored over every site (looked up in the distance map of the disc centres), the
  best are refined shell by shell outwards from the anchor — least squares over the matches so far, by the
  direct linear transform once there are enough of them, so a strong perspective is followed. Returns a ``CellFit``: site ↔ disc pairs, the
  sites hidden behind nearer drawn atoms, the projected sites and the drawn cell edges.

Tolerances follow measurement: a disc centre is good to ~1 px on a crisp copy and ~2 px after blur, JPEG or
halving (``FLOOR_PX``), and a drawn ball's centre to a fraction of its radius (``REL_R``: anti-aliased rims,
a shaded ball read from its outline) — far below the spacing any misplaced atom is off by. A camera is a
plausible view of a cell only when the three cell edges it draws are not collapsed (``AXIS_RATIO``,
``AXIS_SIN``: a plan view along an axis is read by ``nesy.see.atoms.fit_lattice``) and few sites are hidden
(``HIDDEN_MAX``), so a plan view cannot be explained as a 3-D cell seen from where its sites coincide.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

from .atoms import _match

__all__ = ["CellFit", "fit_cell"]

FLOOR_PX = 2.5       # a centre's measurement error after degradation (px)
REL_R = 0.3          # … and as a share of the ball's radius (a shaded or partly covered ball)
SEARCH_R = 1.0       # matching radius, in median disc radii, while the camera is still being grown
AXIS_RATIO = 0.2     # the shortest drawn cell edge is at least this share of the longest
AXIS_SIN = 0.12      # and no two drawn cell edges are parallel (|sin| of their angle at least this)
COVERED = 0.75      # a site whose ball would be at least this share under nearer drawn balls is hidden (what
                     # shows of a ball less covered is checked by its colour: ``CellFit.missing``)
HIDDEN_MAX = 0.2     # at most this share of the sites may be hidden (at least 2 allowed)
NEIGHBOURS = 8       # discs near the anchor disc tried as images of its three neighbour sites
CANDIDATES = 40      # best-scoring guesses refined (a strong perspective scores the true one below chance fits)


@dataclass(frozen=True)
class CellFit:
    """The recovered camera and the reading of the cell through it. ``P``: 3 × 4 projective camera (affine
    when its last row is (0, 0, 0, 1)); ``xy``: every site in image px; ``depth``: larger is farther from the
    viewer; ``pairs``: (site, disc) within ``tol`` px (per site); ``hidden``: sites under nearer drawn balls;
    ``missing``: sites neither read as a disc nor hidden — a ball partly under nearer ones no longer reads as
    a disc, so the verifier looks at what shows of it (``cover``: the share of each site's ball, radius
    ``r_site`` px, under nearer drawn balls)."""

    P: np.ndarray
    xy: np.ndarray
    depth: np.ndarray
    pairs: tuple[tuple[int, int], ...]
    hidden: tuple[int, ...]
    missing: tuple[int, ...]
    tol: np.ndarray
    affine: bool
    cover: np.ndarray
    r_site: np.ndarray

    def project(self, X: np.ndarray) -> np.ndarray:
        return _project(self.P, X)[0]


def _project(P: np.ndarray, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    Xh = np.hstack([np.asarray(X, float).reshape(-1, 3), np.ones((len(X), 1))])
    q = Xh @ P.T
    w = q[:, 2]
    return q[:, :2] / w[:, None], w


def _affine_P(A: np.ndarray, t: np.ndarray) -> np.ndarray:
    P = np.zeros((3, 4))
    P[:2, :3] = A
    P[:2, 3] = t
    P[2, 3] = 1.0
    return P


def _fit_affine(X: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Least-squares affine camera (2 × 4) through the pairs."""
    Xh = np.hstack([X, np.ones((len(X), 1))])
    sol = np.linalg.lstsq(Xh, x, rcond=None)[0]      # 4 × 2
    return _affine_P(sol[:3].T, sol[3])


def _fit_dlt(X: np.ndarray, x: np.ndarray) -> np.ndarray | None:
    """Projective camera by the normalised direct linear transform (≥ 6 pairs not on one plane)."""
    if len(X) < 6:
        return None
    mX, sX = X.mean(axis=0), max(float(np.linalg.norm(X - X.mean(axis=0), axis=1).mean()), 1e-9)
    mx, sx = x.mean(axis=0), max(float(np.linalg.norm(x - x.mean(axis=0), axis=1).mean()), 1e-9)
    T3 = np.diag([1 / sX] * 3 + [1.0])
    T3[:3, 3] = -mX / sX
    T2 = np.diag([1 / sx] * 2 + [1.0])
    T2[:2, 2] = -mx / sx
    Xn = (np.hstack([X, np.ones((len(X), 1))]) @ T3.T)
    xn = (np.hstack([x, np.ones((len(x), 1))]) @ T2.T)
    rows = []
    for Xi, (u, v, _) in zip(Xn, xn):
        rows.append(np.concatenate([Xi, np.zeros(4), -u * Xi]))
        rows.append(np.concatenate([np.zeros(4), Xi, -v * Xi]))
    _, s, Vt = np.linalg.svd(np.asarray(rows))
    if s[-2] < 1e-9:
        return None
    Pn = Vt[-1].reshape(3, 4)
    P = np.linalg.inv(T2) @ Pn @ T3
    return P / P[2, 3] if abs(P[2, 3]) > 1e-12 else None




def _plausible(A: np.ndarray, axes: np.ndarray) -> np.ndarray:
    """(K,) bool: the K affine maps (K × 2 × 3) draw the cell's three edge vectors (3 × 3 rows, Å) as
    non-degenerate, non-parallel segments."""
    E = np.einsum("kij,aj->kai", A, axes)                     # K × 3 × 2
    L = np.linalg.norm(E, axis=2)
    ok = L.min(axis=1) >= AXIS_RATIO * L.max(axis=1)
    for a, b in ((0, 1), (0, 2), (1, 2)):
        cr = np.abs(E[:, a, 0] * E[:, b, 1] - E[:, a, 1] * E[:, b, 0])
        ok &= cr >= AXIS_SIN * L[:, a] * L[:, b]
    return ok


def _quads(X: np.ndarray, matrix: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Anchor quadruples: a corner site and its three nearest sites that span space, for four corners
    (one of them may be hidden in the drawing)."""
    corners = [np.asarray(c, float) @ matrix for c in ((0, 0, 0), (1, 1, 1), (1, 0, 0), (0, 1, 1))]
    out = []
    for c in corners:
        d0 = np.linalg.norm(X - c, axis=1)
        i0 = int(np.argmin(d0))     # (no atom on this corner: anchored at the site nearest it)
        d = np.linalg.norm(X - X[i0], axis=1)
        order = [int(k) for k in np.argsort(d, kind="stable") if k != i0 and d[k] > 1e-6]
        pick: list[int] = []
        for k in order:
            trial = pick + [k]
            V = X[trial] - X[i0]
            if len(trial) == 2 and np.linalg.norm(np.cross(V[0], V[1])) < 0.1 * np.prod(np.linalg.norm(V, axis=1)):
                continue
            if len(trial) == 3 and abs(np.linalg.det(V)) < 0.1 * np.prod(np.linalg.norm(V, axis=1)):
                continue
            pick = trial
            if len(pick) == 3:
                break
        if len(pick) == 3 and (i0, *pick) not in out:
            out.append((i0, *pick))
    return out


def _coverage(xy: np.ndarray, depth: np.ndarray, pairs: list[tuple[int, int]], O: np.ndarray, R: np.ndarray,
              r_site: np.ndarray) -> np.ndarray:
    """(N,): the share of each site's ball (radius ``r_site``, px) that lies under balls drawn for nearer
    sites (0 for a site with its own disc)."""
    drawn = {i: j for i, j in pairs}
    g = np.linspace(-1, 1, 11)
    gx, gy = np.meshgrid(g, g)
    inside = gx ** 2 + gy ** 2 <= 1
    ux, uy = gx[inside], gy[inside]
    out = np.zeros(len(xy))
    for s in range(len(xy)):
        if s in drawn:
            continue
        px = xy[s, 0] + r_site[s] * ux
        py = xy[s, 1] + r_site[s] * uy
        cov = np.zeros(len(px), bool)
        for i, j in drawn.items():
            if depth[i] < depth[s]:
                cov |= (px - O[j, 0]) ** 2 + (py - O[j, 1]) ** 2 <= R[j] ** 2
        out[s] = cov.mean()
    return out


def fit_cell(centres: np.ndarray, radii: np.ndarray, sites: np.ndarray, matrix: np.ndarray,
             image_size: tuple[int, int], kinds: list[str] | None = None) -> CellFit | None:
    """The camera that best draws the cell's ``sites`` (N × 3, Cartesian Å; ``matrix``: rows a1, a2, a3;
    ``kinds``: the species of each, for the size of a ball not read) onto the discs (``centres`` M × 2 px,
    ``radii`` M px) of an image (H, W). None when no plausible 3-D view places at least half of the sites on
    discs."""
    O = np.asarray(centres, float).reshape(-1, 2)
    R = np.asarray(radii, float).reshape(-1)
    X = np.asarray(sites, float).reshape(-1, 3)
    M, N = len(O), len(X)
    if M < 4 or N < 4:
        return None
    H, W = image_size
    r_med = float(np.median(R))
    quads = _quads(X, np.asarray(matrix, float))
    dO = np.linalg.norm(O[:, None] - O[None], axis=2)
    near = np.argsort(dO, axis=1)[:, 1:1 + min(NEIGHBOURS, M - 1)]
    axes = np.asarray(matrix, float)
    cands: list[tuple[int, float, np.ndarray]] = []
    # every guess is scored by looking its sites up in the distance map of the disc centres
    from scipy import ndimage as ndi
    seeds = np.ones((H, W), bool)
    seeds[np.clip(np.round(O[:, 1]).astype(int), 0, H - 1), np.clip(np.round(O[:, 0]).astype(int), 0, W - 1)] = False
    dist = ndi.distance_transform_edt(seeds)
    for q in quads:
        Xd = X[list(q[1:])] - X[q[0]]                        # 3 × 3
        inv = np.linalg.inv(Xd)
        hyps = []
        for d0 in range(M):
            for trip in itertools.permutations(near[d0], 3):
                hyps.append((d0, *trip))
        hyp = np.asarray(hyps)
        D = O[hyp[:, 1:]] - O[hyp[:, :1]]                     # K × 3 × 2
        A = np.einsum("kai,ab->kib", D, inv.T)                # K × 2 × 3: D_a = A X_a
        ok = _plausible(A, axes)
        if not ok.any():
            continue
        A, hyp = A[ok], hyp[ok]
        t = O[hyp[:, 0]] - np.einsum("kij,j->ki", A, X[q[0]])
        P = np.einsum("kij,nj->kni", A, X) + t[:, None, :]             # K × N × 2
        inb = ((P[..., 0] >= 0) & (P[..., 0] <= W - 1) & (P[..., 1] >= 0) & (P[..., 1] <= H - 1)).all(axis=1)
        xi = np.clip(np.round(P[..., 0]).astype(int), 0, W - 1)
        yi = np.clip(np.round(P[..., 1]).astype(int), 0, H - 1)
        d = dist[yi, xi]                                                  # K × N: px to the nearest centre
        hit = d <= SEARCH_R * r_med
        score = np.where(inb, hit.sum(axis=1), 0)
        res = np.where(hit, d, 0).sum(axis=1)
        for k in np.lexsort((res, -score))[:CANDIDATES]:
            cands.append((int(score[k]), float(res[k]), _affine_P(A[k], t[k])))
    if not cands:
        return None
    cands.sort(key=lambda c: (-c[0], c[1]))
    best: tuple | None = None
    seen: list[np.ndarray] = []
    for score, _res, P in cands[:2 * CANDIDATES]:
        if score < min(6, N):
            break      # (a perspective drawing matches fewer sites under the first, affine guess: refined)
        xy0 = _project(P, X)[0]
        if any(np.abs(xy0 - s).max() < 0.3 * r_med for s in seen):
            continue
        seen.append(xy0)
        fit = _refine(P, X, O, R, r_med, axes, kinds)
        if fit is None:
            continue
        key = (len(fit.pairs) - len(fit.missing), -float(np.mean([np.linalg.norm(fit.xy[i] - O[j])
                                                                   for i, j in fit.pairs])))
        if best is None or key > best[0]:
            best = (key, fit)
        if len(fit.pairs) == N:
            break      # every site on a disc: nothing reads the figure better
    if best is None:
        return None
    fit = best[1]
    if len(fit.hidden) > max(2, int(HIDDEN_MAX * N)) or len(fit.pairs) < N / 2:
        return None
    return fit


def _refine(P: np.ndarray, X: np.ndarray, O: np.ndarray, R: np.ndarray, r_med: float,
            axes: np.ndarray, kinds: list[str] | None) -> CellFit | None:
    """Least squares over the matches (affine, then projective with enough of them), re-matching each time;
    then the final matching at measurement tolerance and the visibility of the unmatched sites."""
    # grown outwards from where the guess is exact (the anchor sites): each step fits the sites matched so
    # far and matches the next shell, so a strong perspective — which an affine guess from one corner
    # extrapolates badly — is followed shell by shell
    d0 = np.linalg.norm(_project(P, X)[0][:, None] - O[None], axis=2).min(axis=1)
    core = np.nonzero(d0 <= 0.3 * r_med)[0]
    if len(core) < 4:
        return None
    c = X[core].mean(axis=0)
    rho = np.linalg.norm(X - c, axis=1)
    diag = float(np.linalg.norm(axes.sum(axis=0)))
    reach = float(rho[core].max())
    pairs = _match(_project(P, X)[0][core], O, 0.3 * r_med)
    pairs = [(int(core[i]), j) for i, j in pairs]
    affine = True
    for it in range(12):
        if len(pairs) < 4:
            return None
        Xi = X[[i for i, _ in pairs]]
        xj = O[[j for _, j in pairs]]
        Pa = _fit_affine(Xi, xj)
        Pn = Pa
        spread = np.linalg.matrix_rank(Xi - Xi.mean(axis=0), tol=1e-6) == 3
        if len(pairs) >= 8 and spread:
            Pp = _fit_dlt(Xi, xj)
            if Pp is not None:
                ra = np.linalg.norm(_project(Pa, Xi)[0] - xj, axis=1).mean()
                rp = np.linalg.norm(_project(Pp, Xi)[0] - xj, axis=1).mean()
                # perspective only where it explains the drawing better than a parallel projection
                if rp < 0.7 * ra and (_project(Pp, X)[1] > 0).all():
                    Pn = Pp
        if not _plausible(Pa[None, :2, :3], axes)[0]:
            return None
        P, affine = Pn, Pn is Pa
        xy = _project(P, X)[0]
        full = reach >= rho.max()
        reach = min(reach + 0.15 * diag, float(rho.max()))
        near = np.nonzero(rho <= reach + 1e-9)[0]
        new = [(int(near[i]), j) for i, j in _match(xy[near], O, (0.6 if full else SEARCH_R) * r_med)]
        if new == pairs and full:
            break
        pairs = new
    xy, w = _project(P, X)
    # a site's tolerance: the centre's measurement error, by the size of the ball drawn there
    r_site = np.full(len(X), r_med)
    tol = np.maximum(FLOOR_PX, REL_R * r_site)
    pairs = _match(xy, O, tol)
    for i, j in pairs:
        r_site[i] = R[j]
    tol = np.maximum(FLOOR_PX, REL_R * r_site)
    pairs = _match(xy, O, tol)
    # a site without a disc: the size its species is drawn at elsewhere
    got = {i: R[j] for i, j in pairs}
    for s in range(len(X)):
        if s not in got:
            same = [r for i, r in got.items() if kinds is not None and kinds[i] == kinds[s]]
            r_site[s] = float(np.median(same)) if same else r_med
    if affine:
        n = np.cross(P[0, :3], P[1, :3])
        depth0 = X @ n
    else:
        depth0 = w
    # which way the camera looks: a parallel projection draws a cell and its mirror image alike (the Necker
    # cube); the drawing's own overlaps tell them apart — the true order hides the unmatched sites best
    best = None
    for sgn in (1.0, -1.0):
        cover = _coverage(xy, sgn * depth0, pairs, O, R, r_site)
        if best is None or cover.sum() > best[1].sum():
            best = (sgn * depth0, cover)
    depth, cover = best
    matched = {i for i, _ in pairs}
    hidden = tuple(s for s in range(len(X)) if s not in matched and cover[s] >= COVERED)
    missing = tuple(s for s in range(len(X)) if s not in matched and cover[s] < COVERED)
    return CellFit(P, xy, depth, tuple(pairs), hidden, missing, tol, affine, cover, r_site)
