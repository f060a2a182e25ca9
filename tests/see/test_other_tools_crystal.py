"""Unit cells drawn by matplotlib in their own colours are read by shape (nesy.see.atoms): a correct one
passes, clean and degraded; each kind of wrong one fails naming the check that saw it; a figure with no
readable atoms fails saying so."""
from __future__ import annotations

import io

import numpy as np
import pytest

from _other_tools import other_tools_module

pytest.importorskip("matplotlib")


@pytest.fixture(scope="module")
def cases():
    mod = other_tools_module("crystal")
    return {c["id"]: c for c in mod.cases()}


def _scene(text):
    from nesy.pipeline import parse
    return parse(text, domain="crystal", allow_unknown=True)


def _verify(case, wrong=None, style="clean"):
    from nesy.registry import get_domain
    from nesy.see.degrade import degrade
    return get_domain("crystal").verify(degrade(case["draw"](wrong), style), _scene(case["text"]))


def _failed(v) -> set[str]:
    return {c.law for c in v.failed()}


def test_read_discs_finds_filled_and_open_atoms_by_shape(cases):
    from PIL import Image

    from nesy.see.atoms import read_discs
    rgb = np.asarray(Image.open(io.BytesIO(cases["nacl_bw"]["draw"](None))).convert("RGB"))
    discs, _ = read_discs(rgb)
    filled = [d for d in discs if not d.open]
    opened = [d for d in discs if d.open]
    # rock salt's plan view: Na (black) at the 4 corners and the centre, Cl (open) at the 4 edge midpoints
    assert len(opened) == 4 and len(filled) == 5
    assert len({d.group for d in filled}) == 1 and min(d.r for d in opened) > 1.3 * max(d.r for d in filled)


def test_fit_lattice_recovers_scale_and_offset():
    from nesy.see.atoms import fit_lattice
    exp = np.array([[0, 0], [1, 0], [0, 1], [1, 1], [0.5, 0.5]])
    obs = np.array([[10 + 80 * x, 200 - 80 * y] for x, y in exp] + [[400.0, 30.0]])   # + a legend marker
    fit = fit_lattice(obs, exp, spacing=np.hypot(0.5, 0.5))
    assert fit is not None and fit.scale == pytest.approx(80, rel=1e-6)
    assert fit.offset == pytest.approx((10, 200)) and len(fit.pairs) == 5


@pytest.mark.parametrize("cid,style", [("nacl_scatter", "clean"), ("nacl_bw", "jpeg90"), ("zns_bw", "blur1"),
                                       ("cscl_labels", "resize0.5")])
def test_correct_figure_passes(cases, cid, style):
    v = _verify(cases[cid], style=style)
    assert v.passed, [(x.law, x.args, x.observed) for x in v.failed()]
    laws = {x.law for x in v.checks}
    assert {"atom_positions", "species_pattern", "projected_count", "unit_cell_outline"} <= laws


@pytest.mark.parametrize("cid,wrong,law", [
    ("nacl_scatter", "drop", "atom_positions"),
    ("nacl_scatter", "swap", "species_pattern"),
    ("nacl_bw", "extra", "atom_positions"),
    ("caf2", "ratio", "projected_count"),
    ("fe_bcc", "move", "atom_positions"),
])
def test_wrong_figure_fails_naming_the_check(cases, cid, wrong, law):
    v = _verify(cases[cid], wrong)
    assert not v.passed and law in _failed(v), [(x.law, x.observed) for x in v.failed()]


def test_swapped_site_is_caught_after_jpeg(cases):
    v = _verify(cases["zns_bw"], "swap", "jpeg90")
    assert not v.passed and "species_pattern" in _failed(v)


def test_blank_figure_fails_saying_no_atoms_were_seen():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from nesy.registry import get_domain
    fig, ax = plt.subplots(figsize=(3, 3))
    ax.plot([0, 1, 1, 0, 0], [0, 0, 1, 1, 0], "k-")
    ax.axis("off")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=80)
    plt.close(fig)
    v = get_domain("crystal").verify(buf.getvalue(), _scene("the unit cell of sodium chloride (rock salt)"))
    assert not v.passed and _failed(v) == {"atoms_seen"}


def test_nesy_own_figure_still_takes_its_own_path():
    """nesy's figure (no legend panel now) is read where nesy's camera puts its atoms, not by shape."""
    from nesy.registry import get_domain
    from nesy.render.svg import render_layout
    D = get_domain("crystal")
    scene = D.parse("rock salt NaCl")
    v = D.verify(render_layout(D.solve(scene), controls=False).png, scene)
    assert v.passed and {"extra_atoms", "key"} <= {x.law for x in v.checks}
    assert "species_pattern" not in {x.law for x in v.checks}
