"""nesy.automata.v1 drawn as Sipser / Hopcroft–Ullman draw a state diagram (black on white: circles,
double circles, a start arrow from nowhere, curved edges with their symbols, loops) and still verified
from its pixels: each injected error — an edge removed or reversed, an accepting state made plain or a
plain one accepting, a second start arrow, a state renamed, a symbol changed, a loop removed — fails,
on nesy's PNG and on degraded copies."""
from __future__ import annotations

import io
from dataclasses import replace

import numpy as np
import pytest

from nesy.domains.automata_draw import head
from nesy.registry import get_domain
from nesy.render.svg import render_layout
from nesy.see.degrade import degrade

D = get_domain("automata")
DFA = ("A DFA with states q0, q1 and q2; q0 is the start state; q2 is accepting; q0 goes to q1 on a; "
       "q1 goes to q2 on b; q2 loops on a and b; q1 loops on a")
NFA = ("An NFA with states s, t, u. s is the start state and u is accepting. s goes to t on 0, t goes to s on 1, "
       "t goes to u on 1, u loops on 0, s loops on 1")


def _fig(text: str):
    scene = D.parse(text)
    layout = D.solve(scene)
    return scene, layout, render_layout(layout, controls=False).png


def _render(layout) -> bytes:
    return render_layout(layout, controls=False).png


def _failed(png: bytes, scene) -> set[str]:
    return {c.law for c in D.verify(png, scene).failed()}


def _rgb(png: bytes) -> np.ndarray:
    from PIL import Image
    return np.array(Image.open(io.BytesIO(png)).convert("RGB"))


@pytest.mark.parametrize("text", [DFA, NFA])
def test_black_and_white_diagram_without_legend(text):
    scene, lay, png = _fig(text)
    a = _rgb(png)
    assert (a[..., 0] == a[..., 1]).all() and (a[..., 1] == a[..., 2]).all()
    assert lay.legend == () and lay.width >= 600
    assert {s.stroke for s in lay.shapes} == {"#000000"}
    assert {s.fill for s in lay.shapes} <= {"#000000", "#ffffff", "none"}
    assert "start" in {lb.text for lb in lay.labels}
    v = D.verify(png, scene)
    assert v.passed, [(c.law, c.args, c.observed) for c in v.failed()]
    assert {"state_drawn", "accepting_ring", "start_marker", "edge_drawn", "edge_direction", "label_present",
            "label_clear", "labels_apart", "no_stray_ink"} <= {c.law for c in v.checks}


def test_loops_above_or_below_and_start_from_the_left():
    for text, start in ((NFA, "s"), (DFA, "q0")):
        _, lay, _ = _fig(text)
        assert set(lay.extra("loop_sides").values()) <= {"N", "S"}, lay.extra("loop_sides")
        assert lay.extra("start_sides") == {start: "W"}
    # the start state is drawn leftmost: the diagram reads left to right
    _, lay, _ = _fig(DFA)
    c = lay.extra("centres")
    assert c["q0"][0] == min(x for x, _ in c.values())


def test_accepting_state_made_plain_fails():
    scene, lay, _ = _fig(DFA)
    assert "accepting_ring" in _failed(_render(replace(lay, shapes=tuple(s for s in lay.shapes
                                                                         if s.id != "_accept_q2"))), scene)


def test_plain_state_made_accepting_fails():
    scene, lay, _ = _fig(DFA)
    ring = lay.shape("_accept_q2")
    q2, q0 = lay.shape("q2"), lay.shape("q0")
    dx, dy = q0.box[0] - q2.box[0], q0.box[1] - q2.box[1]
    extra = replace(ring, id="_accept_q0", box=(ring.box[0] + dx, ring.box[1] + dy, ring.box[2] + dx, ring.box[3] + dy))
    assert "accepting_ring" in _failed(_render(replace(lay, shapes=lay.shapes + (extra,))), scene)


def test_second_start_arrow_fails():
    from nesy.domains.automata_draw import outer_radius, start_arrow
    scene, lay, _ = _fig(DFA)
    c = tuple(lay.extra("centres")["q1"])
    shaft, d, word = start_arrow(c, outer_radius(lay.extra("radius")), "NE")   # a free side of q1
    hd = head(shaft[-1], d)
    old = lay.shape("_start_q0")
    extra = (replace(old, id="_start_q1", box=(*shaft[0], *shaft[1])),
             replace(lay.shape("_starthead_q0"), id="_starthead_q1", points=tuple(hd)))
    bad = _render(replace(lay, shapes=lay.shapes + extra, labels=lay.labels + (word,)))
    assert "start_marker" in _failed(bad, scene)


def test_reversed_edge_fails():
    scene, lay, _ = _fig(DFA)
    edge = lay.shape("edge0:q0->q1")
    p0, p1 = edge.points[0], edge.points[1]
    d = np.subtract(p0, p1) / np.linalg.norm(np.subtract(p0, p1))
    hd = head(p0, (float(d[0]), float(d[1])))
    shapes = tuple(replace(s, points=tuple(hd)) if s.id == "_head0" else s for s in lay.shapes)
    failed = D.verify(_render(replace(lay, shapes=shapes)), scene).failed()
    assert any(c.law == "edge_direction" and c.args == ("q0", "q1") for c in failed)


def test_removed_loop_fails():
    scene, lay, _ = _fig(DFA)
    k = next(i for i, s in enumerate(lay.shapes) if s.id.endswith(":q2->q2"))
    hid = "_head" + lay.shapes[k].id.split(":")[0][4:]
    failed = D.verify(_render(replace(lay, shapes=tuple(s for s in lay.shapes if s.id not in
                                                          (lay.shapes[k].id, hid)))), scene).failed()
    assert any(c.law == "edge_drawn" and c.args == ("q2", "q2") for c in failed)


def test_extra_transition_or_loop_fails():
    from nesy.domains.automata_draw import edge_label, edge_path, label_spots, loop_path, outer_radius
    scene, lay, _ = _fig(DFA)
    c = lay.extra("centres")
    rb = outer_radius(lay.extra("radius"))
    e = lay.shape("edge0:q0->q1")
    # (an arc below the row of states: a straight q2 → q0 would run through q1)
    for pts, d in (edge_path(tuple(c["q2"]), tuple(c["q0"]), rb, 90.0), loop_path(tuple(c["q0"]), rb, "N")):
        extra = (replace(e, id="edge9:extra", points=tuple(pts[:-1])),
                 replace(lay.shape("_head0"), id="_head9", points=tuple(head(pts[-1], d))))
        bad = replace(lay, shapes=lay.shapes + extra, labels=lay.labels + (edge_label("c", label_spots(pts, "c")[0]),))
        v = D.verify(_render(bad), scene)
        assert any(c_.law == "no_stray_ink" for c_ in v.failed()), [(c_.law, c_.observed) for c_ in v.failed()]


@pytest.mark.parametrize("old,new,law", [("q1", "q3", "state_drawn"), ("b", "c", "label_present"),
                                         ("start", "stop", "start_marker")])
def test_changed_text_fails(old, new, law):
    scene, lay, _ = _fig(DFA)
    labels = tuple(replace(lb, text=new) if lb.text == old else lb for lb in lay.labels)
    assert law in _failed(_render(replace(lay, labels=labels)), scene)


STYLES = ["blur1", "jpeg90", "jpeg75", "resize0.9", "resize0.5", "resize2", "shift-8", "shift+8"]


@pytest.mark.parametrize("style", STYLES)
def test_degraded_copy_passes_and_its_errors_fail(style):
    scene, lay, png = _fig(DFA)
    v = D.verify(degrade(png, style), scene)
    assert v.passed, [(c.law, c.args, c.observed) for c in v.failed()]
    plain = _render(replace(lay, shapes=tuple(s for s in lay.shapes if s.id != "_accept_q2")))
    assert "accepting_ring" in _failed(degrade(plain, style), scene)
    no_edge = _render(replace(lay, shapes=tuple(s for s in lay.shapes if s.id not in ("edge0:q0->q1", "_head0"))))
    assert "edge_drawn" in _failed(degrade(no_edge, style), scene)


def test_render_is_deterministic():
    assert _fig(NFA)[2] == _fig(NFA)[2]
