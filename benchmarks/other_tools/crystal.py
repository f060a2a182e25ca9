"""Crystal unit cells drawn by matplotlib the way a person scripts them (issue 10).

Each case builds its structure with pymatgen (``Structure.from_spacegroup`` from the structure type's space
group and Wyckoff sites, a textbook lattice constant), takes every atom of the closed conventional cell
(faces, edges and corners repeated), and draws the plan view along [001] the way a textbook does: one disc
per column, the atom nearest the viewer (a top view; atoms hidden behind it are not drawn), the cell
outline, and the species told apart by the figure's own colours (tab10, pastel, greys), sizes and a legend
or labels — never nesy's layout, palette or legend panel.

Styles: ``colour`` (``ax.scatter`` or ``Circle`` patches, arbitrary colours, a legend outside the axes or
species labels on the atoms; one case draws all 27 atoms of rock salt back to front, so the larger Cl behind
a Na shows as a ring around it; one draws fcc copper as touching discs that hide the outline), ``bw`` (textbook black and white: filled black, grey and open white discs,
height fractions written beside the atoms), ``axes`` (matplotlib's default axes left on, ticks in Å).

Wrongs: ``drop`` (one atom left out), ``swap`` (one site drawn as the other species), ``extra`` (an atom
added where the structure has none), ``ratio`` (the figure of another structure type, e.g. CsCl drawn for
rock salt), ``move`` (one atom moved off its site by a quarter of the cell edge).
"""
from __future__ import annotations

import io
import itertools

import numpy as np

SCIENCE = "crystal"

# structure type → (space group, species, Wyckoff coordinates, a in Å)
_TYPES = {
    "NaCl": ("Fm-3m", ["Na", "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5]], 5.64),
    "CsCl": ("Pm-3m", ["Cs", "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5]], 4.12),
    "Fe": ("Im-3m", ["Fe"], [[0, 0, 0]], 2.87),
    "Fe_fcc": ("Fm-3m", ["Fe"], [[0, 0, 0]], 2.87),
    "Cu": ("Fm-3m", ["Cu"], [[0, 0, 0]], 3.61),
    "Cu_bcc": ("Im-3m", ["Cu"], [[0, 0, 0]], 3.61),
    "CaF2": ("Fm-3m", ["Ca", "F"], [[0, 0, 0], [0.25, 0.25, 0.25]], 5.46),
    "CaF2_as_NaCl": ("Fm-3m", ["Ca", "F"], [[0, 0, 0], [0.5, 0.5, 0.5]], 5.46),
    "ZnS": ("F-43m", ["Zn", "S"], [[0, 0, 0], [0.25, 0.25, 0.25]], 5.41),
    "ZnS_as_CsCl": ("Pm-3m", ["Zn", "S"], [[0, 0, 0], [0.5, 0.5, 0.5]], 5.41),
    "SrTiO3": ("Pm-3m", ["Sr", "Ti", "O"], [[0, 0, 0], [0.5, 0.5, 0.5], [0.5, 0.5, 0]], 3.905),
    "NaCl_as_CsCl": ("Pm-3m", ["Na", "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5]], 5.64),
    "CsCl_as_NaCl": ("Fm-3m", ["Cs", "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5]], 4.12),
}


def _closed_cell(kind: str) -> list[list]:
    """[species, x, y, z] in Å of every atom of the closed conventional cell [0, 1]³ (faces, edges and
    corners repeated), back to front as seen from +z (z ascending)."""
    from pymatgen.core import Lattice, Structure
    sg, els, coords, a = _TYPES[kind]
    st = Structure.from_spacegroup(sg, Lattice.cubic(a), els, coords)
    pts = []
    for site in st:
        f = np.mod(np.round(site.frac_coords, 6), 1.0)
        for s in itertools.product((0, 1), repeat=3):
            g = f + np.array(s)
            if np.all(g <= 1 + 1e-6):
                pts.append([str(site.specie), *(g * a)])
    return sorted(pts, key=lambda p: (p[3], p[1], p[2], p[0]))


def _plan_view(kind: str) -> list[list]:
    """The atoms seen from +z: one per projected column, the one with the largest z."""
    top: dict[tuple[float, float], list] = {}
    for el, x, y, z in _closed_cell(kind):
        k = (round(x, 3), round(y, 3))
        if k not in top or z > top[k][3]:
            top[k] = [el, x, y, z]
    return sorted(top.values(), key=lambda p: (p[3], p[1], p[2]))


def _front(atoms: list[list]) -> list[int]:
    """Indices of the atoms nearest the viewer in their column (what a wrong must change to be seen)."""
    best: dict[tuple[float, float], int] = {}
    for i, (_, x, y, z) in enumerate(atoms):
        k = (round(x, 3), round(y, 3))
        if k not in best or z > atoms[best[k]][3]:
            best[k] = i
    return sorted(best.values())


def _inject(atoms: list[list], a: float, wrong: str | None, rng: np.random.Generator) -> list[list]:
    atoms = [list(p) for p in atoms]
    if wrong is None or wrong == "ratio":
        return atoms
    front = _front(atoms)
    i = front[int(rng.integers(len(front)))]
    if wrong == "drop":
        del atoms[i]
    elif wrong == "swap":
        els = sorted({p[0] for p in atoms})
        atoms[i][0] = next(e for e in els if e != atoms[i][0])
    elif wrong == "extra":
        # an empty place of the plan view: the first of these grid points no atom covers
        for fx, fy in ((0.25, 0.75), (0.75, 0.25), (0.25, 0.25), (0.5, 0.25), (0.375, 0.625)):
            if all(np.hypot(p[1] - fx * a, p[2] - fy * a) > 0.2 * a for p in atoms):
                atoms.append([atoms[i][0], fx * a, fy * a, a])
                break
    elif wrong == "move":
        atoms[i][1] += 0.25 * a if atoms[i][1] < 0.6 * a else -0.25 * a
    else:
        raise ValueError(f"unknown wrong {wrong!r}")
    return atoms


def _png(fig, dpi: int) -> bytes:
    import matplotlib.pyplot as plt
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    plt.close(fig)
    return buf.getvalue()


def _outline(ax, a: float, **kw) -> None:
    ax.plot([0, a, a, 0, 0], [0, 0, a, a, 0], **kw)


def _case(cid: str, text: str, kind: str, ratio_kind: str, style: str, spec: dict, wrongs: list[str]) -> dict:
    """``spec``: colours/sizes per species (radius in Å or scatter size in pt²), how the legend is drawn
    and the figure's size and dpi."""

    def draw(wrong: str | None) -> bytes:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib.lines import Line2D
        from matplotlib.patches import Circle
        rng = np.random.default_rng(sum(map(ord, cid + str(wrong))))
        base = ratio_kind if wrong == "ratio" else kind
        a = _TYPES[kind][3]
        # a plan view (one disc per column) or every atom drawn back to front, the front one on top
        atoms = _inject((_closed_cell if spec.get("painter") else _plan_view)(base), a, wrong, rng)
        plt.rcParams.update({"font.family": spec.get("font", "DejaVu Sans")})
        fig, ax = plt.subplots(figsize=spec.get("size", (5, 5)))
        ax.set_aspect("equal")
        lw = spec.get("cell_lw", 1.5)
        _outline(ax, a, color=spec.get("cell_color", "k"), lw=lw, ls=spec.get("cell_ls", "-"), zorder=1)
        sp = spec["species"]
        if spec.get("bonds"):   # ball-and-stick: sticks between nearest neighbours of the plan view, under the balls
            xy = np.array([[p[1], p[2]] for p in atoms])
            dd = np.linalg.norm(xy[:, None] - xy[None], axis=2)
            near = dd[dd > 1e-6].min()
            for i, j in zip(*np.nonzero((dd > 1e-6) & (dd <= 1.01 * near))):
                if i < j:
                    ax.plot(xy[[i, j], 0], xy[[i, j], 1], color="0.6", lw=spec["bonds"], zorder=2,
                            solid_capstyle="butt")
        if spec.get("mode") == "scatter":
            for el in sp:
                pts = [p for p in atoms if p[0] == el]
                if pts:
                    ax.scatter([p[1] for p in pts], [p[2] for p in pts], s=sp[el]["s"], c=sp[el]["fc"],
                               edgecolors=sp[el].get("ec", "face"), linewidths=spec.get("atom_lw", 1.0),
                               alpha=spec.get("alpha", 1.0), zorder=3)
        else:
            for n, (el, x, y, z) in enumerate(atoms):
                d = sp[el]
                ax.add_patch(Circle((x, y), d["r"] * a, facecolor=d["fc"], edgecolor=d.get("ec", "k"),
                                    lw=spec.get("atom_lw", 1.0), zorder=3 + n * 1e-3))
                if spec.get("label_atoms"):
                    ax.text(x, y, el, ha="center", va="center", fontsize=spec.get("label_fs", 9),
                            color=d.get("tc", "white"), zorder=4)
                if spec.get("heights") and 0 < z / a < 1 - 1e-6:
                    ax.text(x + d["r"] * a * 1.1, y + d["r"] * a * 0.6, {0.25: "¼", 0.5: "½", 0.75: "¾"}.get(
                        round(z / a, 2), f"{z / a:.2f}"), fontsize=8, zorder=4)
        if spec.get("legend"):
            handles = [Line2D([], [], ls="", marker="o", markersize=spec.get("legend_ms", 9),
                              markerfacecolor=sp[el]["fc"], markeredgecolor=sp[el].get("ec", "k"),
                              label=sp[el].get("label", el)) for el in sp]
            if spec.get("legend") == "inside":   # matplotlib's own choice of place, inside the axes
                ax.legend(handles=handles, loc="best", frameon=spec.get("frame", True))
            else:
                ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.02, 1.0),
                          frameon=spec.get("frame", True))
        if spec.get("title"):
            ax.set_title(spec["title"], fontsize=spec.get("title_fs", 12))
        m = spec.get("margin", 0.18) * a
        ax.set_xlim(-m, a + m)
        ax.set_ylim(-m, a + m)
        if spec.get("axes"):
            ax.set_xlabel("x (Å)")
            ax.set_ylabel("y (Å)")
        else:
            ax.axis("off")
        fig.tight_layout()
        return _png(fig, spec.get("dpi", 100))

    return {"id": cid, "text": text, "tool": "matplotlib", "style": style, "draw": draw, "wrongs": wrongs}


def cases() -> list[dict]:
    c = []
    c.append(_case("nacl_scatter", "the unit cell of sodium chloride (rock salt)", "NaCl", "NaCl_as_CsCl", "colour", {
        "mode": "scatter", "legend": True, "title": "NaCl (rock salt), view along [001]",
        "species": {"Na": {"s": 260, "fc": "tab:orange", "ec": "k"}, "Cl": {"s": 620, "fc": "tab:green", "ec": "k"}},
        "size": (6, 4.6), "dpi": 100}, ["drop", "swap", "extra", "ratio"]))
    c.append(_case("nacl_bw", "rock salt NaCl with a = 5.64 Å", "NaCl", "NaCl_as_CsCl", "bw", {
        "legend": True, "heights": True, "font": "DejaVu Serif",
        "species": {"Na": {"r": 0.075, "fc": "black", "label": "Na⁺"}, "Cl": {"r": 0.13, "fc": "white", "label": "Cl⁻"}},
        "size": (5.5, 4.2), "dpi": 130}, ["drop", "swap", "extra", "ratio"]))
    c.append(_case("fe_bcc", "a body-centred cubic unit cell of iron", "Fe", "Fe_fcc", "axes", {
        "axes": True, "title": "bcc Fe (a = 2.87 Å)",
        "species": {"Fe": {"r": 0.12, "fc": "#7f8c8d", "ec": "#2c3e50"}},
        "size": (4.5, 4.5), "dpi": 110}, ["drop", "extra", "move", "ratio"]))
    c.append(_case("cscl_labels", "the CsCl structure", "CsCl", "CsCl_as_NaCl", "colour", {
        "label_atoms": True, "title": "CsCl",
        "species": {"Cs": {"r": 0.16, "fc": "#8e44ad"}, "Cl": {"r": 0.11, "fc": "#27ae60"}},
        "size": (4, 4), "dpi": 90}, ["drop", "swap", "extra", "ratio"]))
    c.append(_case("cu_fcc", "the unit cell of copper (fcc)", "Cu", "Cu_bcc", "colour", {
        "mode": "scatter", "cell_ls": "--", "cell_color": "0.3", "title": "Cu, face-centred cubic",
        "species": {"Cu": {"s": 380, "fc": "#b87333", "ec": "#5a3a1a"}},
        "size": (4.8, 4.8), "dpi": 120}, ["drop", "extra", "move", "ratio"]))
    c.append(_case("caf2", "the fluorite structure CaF2", "CaF2", "CaF2_as_NaCl", "colour", {
        "legend": True, "frame": False, "atom_lw": 0.8,
        "species": {"Ca": {"r": 0.085, "fc": "#a6cee3", "ec": "#1f78b4"}, "F": {"r": 0.06, "fc": "#fb9a99", "ec": "#e31a1c"}},
        "size": (5.6, 4.4), "dpi": 110}, ["drop", "swap", "extra", "ratio"]))
    c.append(_case("zns_bw", "zinc blende ZnS unit cell", "ZnS", "ZnS_as_CsCl", "bw", {
        "legend": True, "heights": True, "cell_lw": 1.0,
        "species": {"Zn": {"r": 0.06, "fc": "0.55"}, "S": {"r": 0.085, "fc": "white"}},
        "size": (5.6, 4.4), "dpi": 120}, ["drop", "swap", "extra", "ratio"]))
    c.append(_case("srtio3", "perovskite SrTiO3", "SrTiO3", "NaCl", "colour", {
        "mode": "scatter", "legend": True, "title": "SrTiO$_3$ perovskite, [001] projection",
        "species": {"Sr": {"s": 420, "fc": "#66c2a5", "ec": "k"}, "Ti": {"s": 150, "fc": "#8da0cb", "ec": "k"},
                    "O": {"s": 200, "fc": "#fc8d62", "ec": "k"}},
        "size": (6, 4.5), "dpi": 100}, ["drop", "swap", "extra"]))
    c.append(_case("nacl_axes", "the unit cell of sodium chloride (rock salt)", "NaCl", "NaCl_as_CsCl", "axes", {
        "axes": True, "legend": True, "label_atoms": False, "cell_lw": 2.0,
        "species": {"Na": {"r": 0.08, "fc": "#f1c40f", "ec": "#7d6608"}, "Cl": {"r": 0.12, "fc": "#3498db", "ec": "#1b4f72"}},
        "size": (6.2, 4.8), "dpi": 90}, ["drop", "swap", "extra", "ratio"]))
    c.append(_case("nacl_painter", "NaCl rock salt unit cell", "NaCl", "NaCl_as_CsCl", "colour", {
        "painter": True, "legend": True, "title": "NaCl: all 27 atoms of the cell, seen from above",
        "species": {"Na": {"r": 0.07, "fc": "#e41a1c", "ec": "#67000d"}, "Cl": {"r": 0.12, "fc": "#c7e9c0", "ec": "#00441b"}},
        "size": (6.4, 4.8), "dpi": 100, "title_fs": 10}, ["drop", "swap", "extra", "ratio"]))
    c.append(_case("cu_touching", "fcc copper", "Cu", "Cu_bcc", "colour", {
        "mode": "scatter", "cell_color": "tab:blue", "cell_lw": 2.5,
        "species": {"Cu": {"s": 9300, "fc": "#d95f02"}}, "margin": 0.3,
        "size": (4.6, 4.6), "dpi": 100}, ["drop", "extra", "move", "ratio"]))
    c.append(_case("cscl_legend_inside", "caesium chloride CsCl unit cell", "CsCl", "CsCl_as_NaCl", "colour", {
        "mode": "scatter", "legend": "inside", "legend_ms": 11, "margin": 0.3,
        "species": {"Cs": {"s": 700, "fc": "#1b9e77", "ec": "k"}, "Cl": {"s": 300, "fc": "#e7298a", "ec": "k"}},
        "size": (5, 5), "dpi": 100}, ["drop", "swap", "extra", "ratio"]))
    c.append(_case("caf2_sticks", "calcium fluoride CaF2 (fluorite)", "CaF2", "CaF2_as_NaCl", "colour", {
        "bonds": 4.0, "legend": True, "title": "CaF$_2$ ball-and-stick, [001]",
        "species": {"Ca": {"r": 0.07, "fc": "#fdb462", "ec": "k"}, "F": {"r": 0.05, "fc": "#80b1d3", "ec": "k"}},
        "size": (5.8, 4.6), "dpi": 120}, ["drop", "swap", "extra", "ratio"]))
    return c
