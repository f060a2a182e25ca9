"""Held-out crystal unit-cell figures drawn by other tools (written without reading nesy's figure readers).

All are [001] plan views / projections of one cubic cell (corners at (0,0)…(1,1) in units of a).
Styles: matplotlib xkcd (seeded sketch), graphviz ``neato`` with pinned node positions, matplotlib pastel
with axes/grid/legend and height labels, raw PIL line art with element symbols inside the discs and a
dimension arrow, matplotlib black-and-white hatching + monospace at 72 dpi, matplotlib seaborn-like palette
with fractional heights at 200 dpi.  Every wrong version carries exactly one error against a fact stated in
the text (the structure type, the species, or the stated lattice constant).
"""
from __future__ import annotations

import io
import subprocess

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib import patches as mp  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

SCIENCE = "crystal"
_FONTS = "/usr/share/fonts/truetype/dejavu/"
CORNERS = [(0, 0), (1, 0), (0, 1), (1, 1)]
EDGE_MIDS = [(0.5, 0), (0, 0.5), (1, 0.5), (0.5, 1)]


def _png(fig, dpi) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


# case 1 — xkcd: simple cubic Po ---------------------------------------------------------------------

def _draw_sc_xkcd(wrong):
    np.random.seed(3)
    with plt.xkcd(scale=0.8, length=120, randomness=2):
        plt.rcParams["font.family"] = "DejaVu Sans"
        plt.rcParams["path.sketch"] = (0.8, 120, 2)
        fig, ax = plt.subplots(figsize=(4.4, 3.6))
        ax.set_aspect("equal")
        ax.axis("off")
        ax.set_xlim(-0.35, 1.85)
        ax.set_ylim(-0.3, 1.4)
        ax.plot([0, 1, 1, 0, 0], [0, 0, 1, 1, 0], color="black", lw=1.6)
        atoms = list(CORNERS)
        if wrong == "corner_dropped":  # fact: simple cubic (an atom on every corner)
            atoms = atoms[:3]
        if wrong == "centre_atom_added":  # fact: simple cubic, not body-centred
            atoms.append((0.5, 0.5))
        for p in atoms:
            ax.add_patch(mp.Circle(p, 0.13, fc="#9ecae1", ec="black", lw=1.6, zorder=3))
        name = "Te" if wrong == "species_label_Te" else "Po"  # fact: the element is Po
        ax.add_patch(mp.Circle((1.35, 0.75), 0.09, fc="#9ecae1", ec="black", lw=1.4))
        ax.text(1.5, 0.71, name, fontsize=13)
        ax.text(0.0, 1.22, "simple cubic, [001]", fontsize=12)
        ax.annotate("", xy=(1, -0.2), xytext=(0, -0.2), arrowprops=dict(arrowstyle="<->", lw=1))
        ax.text(0.47, -0.28, "a", fontsize=11)
        out = _png(fig, 140)
    return out


# case 2 — graphviz neato, pinned positions: bcc Fe -----------------------------------------------------

def _draw_bcc_neato(wrong):
    s = 190  # points per lattice constant (neato -n reads pos in points)
    nodes = [(f"c{i}", p, "Fe", "#d95f02", 0.0) for i, p in enumerate(CORNERS)]
    centre = ("b", (0.5, 0.5), "Fe", "#fc8d62", 0.5)
    if wrong == "centre_label_Cr":  # fact: the body-centre atom is Fe too (bcc Fe)
        centre = ("b", (0.5, 0.5), "Cr", "#fc8d62", 0.5)
    if wrong != "centre_dropped":  # fact: body-centred (the atom at ½,½,½)
        nodes.append(centre)
    if wrong == "edge_midpoints_added":  # fact: bcc (no atoms at the face centres)
        nodes += [(f"e{i}", p, "Fe", "#fc8d62", 0.5) for i, p in enumerate(EDGE_MIDS)]
    lines = ['graph G { layout=neato; graph [bgcolor="white", pad=0.35, dpi=90, label="bcc Fe  [001]", '
             'labelloc=t, fontname="DejaVu Serif", fontsize=20];',
             'node [shape=circle, fixedsize=true, width=0.75, style=filled, fontname="DejaVu Sans Bold", '
             'fontsize=16, fontcolor=white, penwidth=2, color="#5a2a00"];',
             'edge [penwidth=2.5, color="#555555"];']
    for i, (x, y) in enumerate(CORNERS):  # invisible anchor points for the cell edges
        lines.append(f'k{i} [pos="{x * s},{y * s}!", shape=point, width=0.01, style=invis];')
    lines.append("k0 -- k1; k1 -- k3; k3 -- k2; k2 -- k0;")
    for n, (x, y), lab, col, z in nodes:
        lines.append(f'{n} [pos="{x * s},{y * s}!", label="{lab}", fillcolor="{col}"];')
    lines.append("}")
    src = "\n".join(lines)
    return subprocess.run(["neato", "-n", "-Tpng"], input=src.encode(), capture_output=True, check=True).stdout


# case 3 — pastel, axes + grid + legend + height labels: fcc Cu -----------------------------------------

def _draw_fcc_axes(wrong):
    fig, ax = plt.subplots(figsize=(6.4, 4.4))
    ax.set_aspect("equal")
    ax.set_xlim(-0.25, 1.25)
    ax.set_ylim(-0.25, 1.25)
    ax.set_xticks([0, 0.5, 1])
    ax.set_yticks([0, 0.5, 1])
    ax.set_xlabel("x / a")
    ax.set_ylabel("y / a")
    ax.grid(True, ls=":", lw=0.6)
    ax.set_axisbelow(True)
    ax.add_patch(mp.Rectangle((0, 0), 1, 1, fc="none", ec="#444444", lw=1.2))
    z0 = list(CORNERS) + [(0.5, 0.5)]
    zh = list(EDGE_MIDS)
    if wrong == "face_centre_dropped":  # fact: fcc (the (½,½,0) face-centre atom)
        z0 = z0[:4]
    if wrong == "edge_face_atoms_dropped":  # fact: fcc (the side-face centres at z = ½)
        zh = []
    el = "Ni" if wrong == "species_label_Ni" else "Cu"  # fact: the element is Cu
    ax.scatter(*zip(*z0), s=620, c="#b3cde3", edgecolors="#34495e", linewidths=1.2, zorder=3,
               label=f"{el}, z = 0")
    if zh:
        ax.scatter(*zip(*zh), s=620, c="#fbb4ae", edgecolors="#34495e", linewidths=1.2, zorder=3,
                   label=f"{el}, z = ½")
    ax.legend(loc="upper left", bbox_to_anchor=(1.04, 1.0), frameon=True, fontsize=9, markerscale=0.5)
    ax.set_title(f"fcc {el}, projection along [001]", fontsize=11)
    fig.subplots_adjust(left=0.1, right=0.68)
    return _png(fig, 110)


# case 4 — PIL line art, symbols inside discs, dimension arrow: rock-salt NaCl layer ---------------------

def _draw_nacl_pil(wrong):
    W, H = 620, 640
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(_FONTS + "DejaVuSans-Bold.ttf", 22)
    ft = ImageFont.truetype(_FONTS + "DejaVuSerif.ttf", 24)
    x0, y0, a = 130, 110, 380
    d.rectangle([x0, y0, x0 + a, y0 + a], outline="black", width=2)
    sites = {}
    for i in range(3):
        for j in range(3):
            sites[(i, j)] = "Na" if (i + j) % 2 == 0 else "Cl"
    if wrong == "site_species_swapped":  # fact: rock salt (Na and Cl alternate along every row)
        sites[(1, 0)] = "Na"
    if wrong == "centre_atom_dropped":  # fact: rock salt (a full face-centred layer)
        del sites[(1, 1)]
    cat = "K" if wrong == "cation_label_K" else "Na"  # fact: NaCl
    for (i, j), sp in sites.items():
        cx, cy = x0 + i * a / 2, y0 + a - j * a / 2
        r = 34 if sp == "Cl" else 22
        fill = "#a6d96a" if sp == "Cl" else "#fdae61"
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=fill, outline="black", width=2)
        lab = cat if sp == "Na" else "Cl"
        tw = d.textlength(lab, font=f)
        d.text((cx - tw / 2, cy - 13), lab, fill="black", font=f)
    val = "6.54" if wrong == "a_value_changed" else "5.64"  # fact: a = 5.64 angstrom
    yb = y0 + a + 70
    d.line([(x0, yb), (x0 + a, yb)], fill="black", width=2)
    for xe, s in ((x0, 1), (x0 + a, -1)):
        d.polygon([(xe, yb), (xe + 14 * s, yb - 7), (xe + 14 * s, yb + 7)], fill="black")
        d.line([(xe, y0 + a + 40), (xe, yb + 12)], fill="black", width=1)
    lab = f"a = {val} Å"
    d.text((x0 + a / 2 - d.textlength(lab, font=ft) / 2, yb + 12), lab, fill="black", font=ft)
    d.text((x0, 30), f"{cat}Cl (rock salt), z = 0 layer", fill="black", font=ft)
    return _pil(im)


def _pil(im) -> bytes:
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


# case 5 — black-and-white hatching, monospace, 72 dpi: CsCl -------------------------------------------

def _draw_cscl_bw(wrong):
    fig, ax = plt.subplots(figsize=(5.0, 3.6))
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_xlim(-0.3, 2.0)
    ax.set_ylim(-0.3, 1.3)
    ax.add_patch(mp.Rectangle((0, 0), 1, 1, fc="none", ec="black", lw=1.5))
    cs = dict(fc="white", ec="black", lw=1.5, hatch="xxx")
    cl = dict(fc="#bbbbbb", ec="black", lw=1.5)
    for p in CORNERS:
        ax.add_patch(mp.Circle(p, 0.16, zorder=3, **cs))
    if wrong == "centre_same_species":  # fact: CsCl (the centre is Cl, not another Cs)
        ax.add_patch(mp.Circle((0.5, 0.5), 0.21, zorder=3, **cs))
    elif wrong != "centre_dropped":  # fact: CsCl needs the Cl at the cell centre
        ax.add_patch(mp.Circle((0.5, 0.5), 0.21, zorder=3, **cl))
    if wrong == "edge_atoms_added":  # fact: CsCl structure (no atoms on the face centres)
        for p in EDGE_MIDS:
            ax.add_patch(mp.Circle(p, 0.21, zorder=3, **cl))
    ax.add_patch(mp.Circle((1.35, 0.85), 0.09, **cs))
    ax.text(1.5, 0.81, "Cs, z=0", family="DejaVu Sans Mono", fontsize=11)
    ax.add_patch(mp.Circle((1.35, 0.5), 0.11, **cl))
    ax.text(1.5, 0.46, "Cl, z=1/2", family="DejaVu Sans Mono", fontsize=11)
    ax.text(0.0, 1.18, "CsCl  [001]", family="DejaVu Sans Mono", fontsize=12)
    return _png(fig, 72)


# case 6 — seaborn-like palette, fractional heights, 200 dpi: diamond Si ---------------------------------

def _draw_diamond(wrong):
    fig, ax = plt.subplots(figsize=(7.0, 6.0))
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_xlim(-0.2, 1.6)
    ax.set_ylim(-0.2, 1.25)
    ax.add_patch(mp.Rectangle((0, 0), 1, 1, fc="#f4f6fa", ec="#2d3142", lw=2.0))
    fcc = [(p, "0") for p in CORNERS] + [((0.5, 0.5), "0")] + [(p, "½") for p in EDGE_MIDS]
    tet = [((0.25, 0.25), "¼"), ((0.75, 0.75), "¼"), ((0.75, 0.25), "¾"), ((0.25, 0.75), "¾")]
    if wrong == "tetrahedral_atoms_dropped":  # fact: diamond (not plain fcc)
        tet = []
    if wrong == "one_tetrahedral_atom_dropped":  # fact: diamond (8 atoms per cell, 4 inside)
        tet = tet[:3]
    el = "Ge" if wrong == "species_label_Ge" else "Si"  # fact: the element is Si
    for (p, z) in fcc:
        ax.add_patch(mp.Circle(p, 0.075, fc="#4c72b0", ec="#1b2a49", lw=1.5, zorder=3))
        ax.text(p[0] + 0.08, p[1] + 0.06, z, fontsize=10, color="#1b2a49", zorder=4)
    for (p, z) in tet:
        ax.add_patch(mp.Circle(p, 0.075, fc="#dd8452", ec="#6b3a1c", lw=1.5, zorder=3))
        ax.text(p[0] + 0.08, p[1] + 0.06, z, fontsize=10, color="#6b3a1c", zorder=4)
    ax.add_patch(mp.Circle((1.2, 0.9), 0.05, fc="#4c72b0", ec="#1b2a49", lw=1.5))
    ax.text(1.28, 0.88, f"{el} (fcc site)", fontsize=11)
    ax.add_patch(mp.Circle((1.2, 0.72), 0.05, fc="#dd8452", ec="#6b3a1c", lw=1.5))
    ax.text(1.28, 0.70, f"{el} (tetrahedral)", fontsize=11)
    ax.text(1.14, 0.52, "heights in units of a", fontsize=9, style="italic")
    ax.set_title(f"diamond-structure {el}, viewed along [001]", fontsize=13)
    return _png(fig, 200)


def cases() -> list[dict]:
    return [
        {"id": "ho-crystal-sc-xkcd", "tool": "matplotlib", "style": "xkcd",
         "text": "simple cubic Po along [001]", "draw": _draw_sc_xkcd,
         "wrongs": ["corner_dropped", "centre_atom_added", "species_label_Te"]},
        {"id": "ho-crystal-bcc-neato", "tool": "graphviz", "style": "neato-pinned",
         "text": "bcc Fe along [001]", "draw": _draw_bcc_neato,
         "wrongs": ["centre_dropped", "edge_midpoints_added", "centre_label_Cr"]},
        {"id": "ho-crystal-fcc-axes", "tool": "matplotlib", "style": "pastel-axes-grid-legend",
         "text": "fcc Cu along [001]", "draw": _draw_fcc_axes,
         "wrongs": ["face_centre_dropped", "edge_face_atoms_dropped", "species_label_Ni"]},
        {"id": "ho-crystal-nacl-pil", "tool": "PIL", "style": "lineart-symbols-dimension",
         "text": "NaCl rock salt structure, a = 5.64 angstrom, along [001]", "draw": _draw_nacl_pil,
         "wrongs": ["site_species_swapped", "centre_atom_dropped", "cation_label_K", "a_value_changed"]},
        {"id": "ho-crystal-cscl-bw", "tool": "matplotlib", "style": "bw-hatch-mono-72dpi",
         "text": "CsCl along [001]", "draw": _draw_cscl_bw,
         "wrongs": ["centre_same_species", "centre_dropped", "edge_atoms_added"]},
        {"id": "ho-crystal-diamond-seaborn", "tool": "matplotlib", "style": "seaborn-palette-heights-200dpi",
         "text": "diamond Si along [001]", "draw": _draw_diamond,
         "wrongs": ["tetrahedral_atoms_dropped", "one_tetrahedral_atom_dropped", "species_label_Ge"]},
    ]
