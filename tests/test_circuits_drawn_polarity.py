"""The polarity a schematic shows agrees with its netlist's, and the verifier reads it from the pixels.

The netlist (circuit.cir) turns a source round where the loop needs it (two cells in series aid each other:
``V1 0 1``, ``V2 1 2``), but the drawing once drew every cell with its long (+) plate on the left: the
figure showed two cells opposing each other beside a netlist in which they aid. A cell's long plate is its
positive terminal and its short, thick plate its negative one (IEEE Std 315-1975 §7.1; IEC 60617-6); a current
source's arrow points from the netlist's n+ to its n- (SPICE's convention). These tests draw circuits whose
sources face both ways and check the drawn + terminal of each against the netlist's + node, wire by wire
from the layout's own geometry, and that the verifier fails a figure whose source is turned the wrong way.
"""
from __future__ import annotations

import dataclasses

import pytest

from nesy.domains import circuits as C
from nesy.registry import get_domain
from nesy.render.svg import render_layout

D = get_domain("circuits")

TEXTS = [
    "a 9 V battery in series with a 10 Ω resistor and a 1.5 V cell",
    "a 6 V battery, a 4 Ω resistor and a 2 V cell in series",
    "two 1.5 V cells in series with a 5 Ω resistor",
    "a 12 V battery across R1 = 10 Ω in series with a 3 V cell",
]


def _plus_x(layout, name: str) -> tuple[float, float, float]:
    """(x of the long plate, x of the short plate, y of the rail) of source ``name`` in the layout."""
    by = {s.id: s for s in layout.shapes}
    p, m = by[f"{name}#plus"].box, by[f"{name}#minus"].box
    return p[0], m[0], (p[1] + p[3]) / 2


def _node_at(layout, x: float, y: float, scene) -> set[str]:
    """The components whose lead ends touch the conductor reached from point (x, y) by following wires."""
    wires = [s.box for s in layout.shapes if s.cls == "wire" and s.kind == "line"]
    leads = [(s.id.split("#")[0], s.box) for s in layout.shapes if s.id.split("#")[-1] in ("lead0", "lead1")]

    def on(pt, g) -> bool:
        (x0, y0, x1, y1), (px, py) = g, pt
        return min(x0, x1) - 0.6 <= px <= max(x0, x1) + 0.6 and min(y0, y1) - 0.6 <= py <= max(y0, y1) + 0.6
    # the lead the point lies on, then the wire stub at its outer end, then every wire connected to it
    start = next(g for _n, g in leads if on((x, y), g))
    end = (start[0], start[1]) if abs(start[0] - x) > abs(start[2] - x) else (start[2], start[3])
    seen, frontier = set(), [end]
    pts: list = []
    while frontier:
        p = frontier.pop()
        for k, g in enumerate(wires):
            if k not in seen and on(p, g):
                seen.add(k)
                frontier += [(g[0], g[1]), (g[2], g[3])]
                pts += [(g[0], g[1]), (g[2], g[3])]
    return {n for n, g in leads for p in pts if on(p, g) and (abs(p[0] - g[0]) < 0.6 or abs(p[0] - g[2]) < 0.6)}


@pytest.mark.parametrize("text", TEXTS)
def test_each_drawn_source_shows_the_netlists_polarity(text: str) -> None:
    scene = D.parse(text)
    layout = D.solve(scene)
    g = C.netlist(scene)
    for _u, _v, k, d in g.edges(keys=True, data=True):
        if d["kind"] != "vsource":
            continue
        xp, xm, y = _plus_x(layout, k)
        # the other parts touching the drawn + side are exactly those at the netlist's + node
        at_plus = _node_at(layout, xp + (-6 if xp < xm else 6), y, scene) - {k}
        want = {k2 for u2, v2, k2, _d in g.edges(keys=True, data=True) if k2 != k and d["ends"][0] in (u2, v2)}
        assert at_plus == want, (k, at_plus, want)


def test_the_verifier_fails_a_source_drawn_the_wrong_way() -> None:
    scene = D.parse(TEXTS[0])
    layout = D.solve(scene)
    ok = D.verify(render_layout(layout, controls=False).png, scene)
    assert all(c.passed for c in ok.checks)
    assert any(c.law == "source_polarity" for c in ok.checks)
    # the same figure with V2 turned round: the plates and the "+" swapped
    flipped = []
    for s in layout.shapes:
        if s.id.startswith("V2#"):
            x0, y0, x1, y1 = s.box
            c = 2 * ((_plus_x(layout, "V2")[0] + _plus_x(layout, "V2")[1]) / 2)
            s = dataclasses.replace(s, box=(c - x0, y0, c - x1, y1) if s.id.split("#")[1] in (
                "plus", "minus", "plus_h", "plus_v") else s.box)
        flipped.append(s)
    bad = D.verify(render_layout(dataclasses.replace(layout, shapes=tuple(flipped)), controls=False).png, scene)
    fails = [c for c in bad.checks if not c.passed]
    assert [c.law for c in fails] == ["source_polarity"] and fails[0].args[0] == "V2"
