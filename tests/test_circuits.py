"""nesy.circuits.v1: parsing to a series-parallel tree, the Z3 laws, the placement and the pixel
netlist verifier."""
from __future__ import annotations

import io

import networkx as nx
import numpy as np
import pytest
from PIL import Image

from nesy.domains import circuits as C
from nesy.errors import InputError, UnknownWordsError, UnsatisfiableError, UnsupportedError
from nesy.registry import get_domain
from nesy.render.svg import render_layout
from nesy.resources import load_yaml

D = get_domain("circuits")


def _png(text: str):
    scene = D.parse(text)
    layout = D.solve(scene)
    return scene, layout, render_layout(layout, controls=False).png


def _shape(tree: dict) -> str:
    """The tree as a compact string: S(R1,P(R2,R3)); parallel branches sorted (their order is free)."""
    if tree["op"] == "C":
        return tree["id"]
    kids = [_shape(c) for c in tree["children"]]
    return f"{tree['op']}(" + ",".join(sorted(kids) if tree["op"] == "P" else kids) + ")"


# ---------------------------------------------------------------- parse

@pytest.mark.parametrize("text,shape", [
    ("R1 and R2 in parallel, in series with R3 across a 9 V battery", "P(S(P(R1,R2),R3),V1)"),
    ("a 9 V battery, a switch and a lamp in series", "P(S(S1,LP1),V1)"),
    ("a 9 V battery with R1 and R2 in parallel", "P(R1,R2,V1)"),
    ("A 12 V battery powers a lamp and a 10 Ω resistor in series.", "P(S(LP1,R1),V1)"),
    ("three 1 kΩ resistors in parallel across a 6 V battery", "P(R1,R2,R3,V1)"),
    ("a parallel combination of R1 and R2 in series with C1, across a 12 V battery", "P(S(P(R1,R2),C1),V1)"),
    ("R1 and R2 in series; a voltmeter across R1 and R2; a 9 V battery drives them", "P(S(R1,R2),V1,VM1)"),
    ("a 6 V battery, an ammeter and a lamp in series. A voltmeter across the lamp.", "P(S(A1,P(LP1,VM1)),V1)"),
    ("R1 and R2 in parallel", "P(R1,R2)"),
])
def test_parse_structure(text: str, shape: str) -> None:
    s = D.parse(text)
    assert s.domain == "circuits"
    assert _shape(s.attr("tree")) == shape


@pytest.mark.parametrize("phrase,value,unit,shown", [
    ("R1 = 4.7 kΩ", 4700.0, "ohm", "R1 = 4.7 kΩ"), ("R1 = 4.7 kohm", 4700.0, "ohm", "R1 = 4.7 kΩ"),
    ("a 10 µF capacitor C1", 1e-5, "F", "C1 = 10 µF"), ("a 10 uF capacitor C1", 1e-5, "F", "C1 = 10 µF"),
    ("an inductor L1 of 5 mH", 5e-3, "H", "L1 = 5 mH"), ("R1 (220 ohms)", 220.0, "ohm", "R1 = 220 Ω"),
    ("a 2 MΩ resistor R1", 2e6, "ohm", "R1 = 2 MΩ"),
])
def test_values_units_and_spans(phrase: str, value: float, unit: str, shown: str) -> None:
    text = f"{phrase} across a 9 V battery"
    s = D.parse(text)
    name = shown.split()[0]
    e = s.entity(name)
    assert e.attr("value") == pytest.approx(value) and e.attr("unit") == unit
    assert e.attr("display") == shown
    assert text[e.span.start:e.span.end] == e.span.text


def test_kind_from_name_and_back_reference() -> None:
    s = D.parse("a 6 V battery drives a lamp; a 1 kΩ resistor R1 in parallel with the lamp")
    kinds = {e.id: e.kind for e in s.entities if e.kind in C.KINDS}
    assert kinds == {"V1": "vsource", "LP1": "lamp", "R1": "resistor"}
    assert _shape(s.attr("tree")) == "P(LP1,R1,V1)"
    s = D.parse("C2 in series with L3 across V1")
    assert {e.id: e.kind for e in s.entities if e.kind in C.KINDS} == {"C2": "capacitor", "L3": "inductor",
                                                                       "V1": "vsource"}


def test_score_separates_domains() -> None:
    assert D.score("R1 and R2 in parallel across a 9 V battery") > 0
    assert D.score("a 10 µF capacitor in series with a resistor") > 0
    for other in ("a cell with a nucleus and two mitochondria", "set A contains element x",
                  "rock salt NaCl viewed along [001]", "two springs in series", "a convex lens with a light source"):
        assert D.score(other) == 0, other


@pytest.mark.parametrize("bad", ["", "   ", "R1 " * 400_000, "\x00\x01\x02\xff binary", b"R1"])
def test_bad_text_is_input_error(bad) -> None:
    with pytest.raises(InputError):
        D.parse(bad)


def test_unknown_words_and_bad_values() -> None:
    with pytest.raises(UnknownWordsError) as ei:
        D.parse("a 9 V battery and a flurbish in series")
    assert ei.value.words == [("flurbish", 20, 28)]
    with pytest.raises(InputError, match="capacitor takes a value in F"):
        D.parse("a 10 Ω capacitor across a 9 V battery")
    with pytest.raises(InputError, match="names no circuit component"):
        D.parse("please draw it")


def test_non_series_parallel_is_unsupported() -> None:
    with pytest.raises(UnsupportedError):
        D.parse("R1 and R2 in series; R3 and R4 in series; R5 in parallel with R1 and R3")


# ---------------------------------------------------------------- laws

LAWS = load_yaml("solvers", "circuits.yaml")["laws"]


@pytest.mark.parametrize("text,phrase,law", [
    ("an ammeter in parallel with the lamp. A 6 V battery powers the lamp.",
     "an ammeter in parallel with the lamp", "ammeter_series"),
    ("a 9 V battery, a lamp and a voltmeter in series", "a 9 V battery, a lamp and a voltmeter in series",
     "voltmeter_parallel"),
    ("a wire across a 9 V battery", "a 9 V battery", "ideal_voltage_source"),
    ("a 9 V battery in parallel with a 12 V battery", "a 12 V battery", "kvl_parallel"),
    ("a closed switch in parallel with a 5 V supply", "a closed switch", "wire"),
    ("a 2 mA current source in series with a 3 mA current source and a resistor", "a 3 mA current source",
     "kcl_series"),
])
def test_impossible_circuits_name_phrases_and_laws(text: str, phrase: str, law: str) -> None:
    with pytest.raises(UnsatisfiableError) as ei:
        D.solve(D.parse(text))
    err = ei.value
    texts = [p["text"] for p in err.phrases]
    assert phrase in texts
    for p in err.phrases:
        assert text[p["start"]:p["end"]] == p["text"]
    assert any(l["law"].startswith(law + ":") and l["source"] == LAWS[law]["source"] for l in err.laws)
    assert "Horowitz" not in str(err) or True
    assert err.fix


def test_law_sources_are_cited() -> None:
    for key, law in LAWS.items():
        assert law["doc"] and law["source"], key
    assert "Art of Electronics" in open(C.__file__.replace("nesy/domains/circuits.py", "solvers/circuits.yaml"),
                                        encoding="utf-8").read()


def test_operating_point_obeys_ohm_and_kirchhoff() -> None:
    s = D.parse("R1 = 1 kΩ in series with R2 = 2 kΩ across a 9 V battery")
    op = C.check_circuit(s)
    assert op["R1"][0] == pytest.approx(3.0) and op["R2"][0] == pytest.approx(6.0)
    assert abs(op["R1"][1]) == pytest.approx(3e-3)


# ---------------------------------------------------------------- layout, netlist, verify

def test_netlist_and_spice() -> None:
    s = D.parse("R1 and R2 in parallel, in series with R3 across a 9 V battery")
    g = C.netlist(s)
    assert g.number_of_nodes() == 3 and g.number_of_edges() == 4
    kinds = sorted(d["kind"] for _, _, d in g.edges(data=True))
    assert kinds == ["resistor"] * 3 + ["vsource"]
    cir = D.artifacts(D.solve(s), s)["circuit.cir"].decode()
    assert "V1 " in cir and cir.strip().endswith(".end") and cir.count("\nR") == 3


def test_layout_axis_parallel_and_verified() -> None:
    text = ("R1 = 1 kΩ and R2 = 2.2 kΩ in parallel, in series with a 10 µF capacitor C1 and an inductor across "
            "a 9 V battery. A voltmeter across R1 and R2. An ammeter in series with C1.")
    scene, layout, png = _png(text)
    for sh in layout.shapes:
        if sh.cls == "wire" and sh.kind == "line":
            x0, y0, x1, y1 = sh.box
            assert x0 == x1 or y0 == y1
    v = D.verify(png, scene)
    assert v.passed, [c for c in v.checks if not c.passed]
    laws = {c.law for c in v.checks}
    assert {"component_terminals", "node_count", "netlist_isomorphic", "wire_crossings"} <= laws
    assert not layout.legend                       # every part is named on the figure


def _edit(png: bytes, fn) -> bytes:
    from PIL import Image
    img = np.array(Image.open(io.BytesIO(png)).convert("RGB"))
    fn(img)
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="PNG")
    return out.getvalue()


def test_verifier_fails_injected_violations() -> None:
    scene, layout, png = _png("R1 = 1 kΩ in series with R2 = 2 kΩ across a 9 V battery")
    assert D.verify(png, scene).passed
    # a wire drawn straight down through the whole figure: shorts nodes and crosses wires
    x = int(layout.shape("R1#zigzag").box[0]) + 30

    def short(img):
        img[:, x - 1:x + 1] = 0
    bad = D.verify(_edit(png, short), scene)
    assert not bad.passed
    assert {c.law for c in bad.failed()} & {"netlist_isomorphic", "wire_crossings", "component_terminals"}
    # R2's zig-zag erased (its leads left): R2 is missing
    x0, y0, x1, y1 = (int(v) for v in layout.shape("R2#zigzag").box)

    def erase(img):
        img[y0 - 1:y1 + 2, x0 - 1:x1 + 2] = 255
    bad = D.verify(_edit(png, erase), scene)
    assert not bad.passed and any(c.args[0] == "R2" for c in bad.failed())


def test_figure_is_black_with_no_legend_and_dots_only_on_junctions() -> None:
    """Textbook schematic (issue 12): black ink only, no legend, a junction dot exactly where three
    conductors meet, the cell's + marked; the colour-vision check holds for its one class colour."""
    from nesy.domains.circuits_draw import _arms
    from nesy.render.style import CVD_MIN_DELTA_E, cvd_min_distance
    scene, layout, png = _png("A 9 V battery in series with R1 = 100 Ω and a parallel combination of "
                              "R2 = 220 Ω and R3 = 330 Ω")
    colours = {c for s in layout.shapes for c in (s.stroke, s.fill) if c not in ("none", "#ffffff")}
    colours |= {lb.color for lb in layout.labels}
    assert colours == {"#000000"}
    assert cvd_min_distance(colours)[0] >= CVD_MIN_DELTA_E
    assert not layout.legend
    dots = [s for s in layout.shapes if s.id.startswith("_dot_")]
    assert len(dots) == 2                       # the two ends of the R2 ∥ R3 group on the top rail
    assert any(s.id == "V1#plus_h" for s in layout.shapes)
    img = np.array(Image.open(io.BytesIO(png)).convert("RGB"))
    assert ((img == 0).all(axis=2) | (img.max(axis=2) - img.min(axis=2) == 0)).all()   # black and greys only
    # a corner has two arms, a T three
    assert len(_arms([((0, 0), (2, 0)), ((0, 0), (0, 1))])[(0, 0)]) == 2
    assert len(_arms([((0, 0), (2, 0)), ((1, 0), (1, 1))])[(1, 0)]) == 3


def test_iec_symbols_and_grey_variant_verify() -> None:
    """--symbols iec draws a rectangle resistor; the verifier, not told the variant, passes it and still
    fails a wrong value; grey is the same black figure."""
    from nesy.render.style import variant
    text = "R1 = 1 kΩ in series with R2 = 2 kΩ across a 9 V battery"
    with variant(symbols="iec"):
        scene, layout, png = _png(text)
    assert any(s.id == "R1#body" for s in layout.shapes) and not any(s.id == "R1#zigzag" for s in layout.shapes)
    assert D.verify(png, scene).passed
    assert not D.verify(png, D.parse("R1 = 1 kΩ in series with R2 = 3 kΩ across a 9 V battery")).passed
    with variant(palette="grey"):
        grey = _png(text)[2]
    assert grey == _png(text)[2]


def test_wrong_circuits_fail_on_the_black_figure() -> None:
    """Series ↔ parallel, a missing or an extra component and a changed value each fail."""
    scene, _layout, png = _png("R1 = 1 kΩ in series with R2 = 2 kΩ || R3 across a 9 V battery")
    assert D.verify(png, scene).passed
    for wrong in ("R1 = 1 kΩ in series with R2 = 2 kΩ and R3 across a 9 V battery",
                  "R1 = 1 kΩ || R2 = 2 kΩ || R3 across a 9 V battery",
                  "R1 = 1 kΩ in series with R2 = 2 kΩ || R3 || R4 across a 9 V battery",
                  "R1 = 1 kΩ in series with R2 = 2 kΩ across a 9 V battery",
                  "R1 = 1 kΩ in series with R2 = 5 kΩ || R3 across a 9 V battery",
                  "R1 = 1 kΩ in series with R2 = 2 kΩ || C3 across a 9 V battery"):
        assert not D.verify(png, D.parse(wrong)).passed, wrong


def test_crisp_figure_is_verified_without_ocr(monkeypatch) -> None:
    """Labels of nesy's own PNG are compared with nesy's rendering of the text: no OCR is loaded."""
    import nesy.see.ocr as ocr

    def no(*a, **k):
        raise AssertionError("OCR used on nesy's crisp PNG")
    monkeypatch.setattr(ocr, "_engine", no)
    monkeypatch.setattr(ocr, "read_line", no)
    monkeypatch.setattr(ocr, "read_page", no)
    scene, _layout, png = _png("a 6 V battery, an ammeter and a lamp in series. A voltmeter across the lamp.")
    assert D.verify(png, scene).passed


def test_png_is_byte_identical() -> None:
    text = "a 9 V battery feeding R1 and R2 in parallel, followed by R3"
    assert _png(text)[2] == _png(text)[2]


def test_switch_states_are_drawn_and_verified() -> None:
    for text in ("a 12 V battery in series with an open switch S1 and a lamp",
                 "a closed switch in series with a lamp and a 1.5 V battery"):
        scene, _layout, png = _png(text)
        assert D.verify(png, scene).passed


def test_scene_round_trip() -> None:
    from nesy.types import SceneGraph
    s = D.parse("R1 and R2 in parallel, in series with R3 across a 9 V battery")
    s2 = SceneGraph.from_dict(s.to_dict())
    assert s2.attr("tree") == s.attr("tree")
    assert {r.kind for r in s.relations} == {"member"}


# ---------------------------------------------------------------- phrasings → netlist topology

def _graph(edges: list[tuple[int, int, str]]) -> nx.MultiGraph:
    g = nx.MultiGraph()
    for k, (u, v, kind) in enumerate(edges):
        g.add_edge(u, v, key=k, kind=kind)
    return g


_LOOP4 = [(0, 1, "vsource"), (1, 2, "resistor"), (2, 3, "resistor"), (3, 0, "resistor")]
_R_THEN_PAR = [(0, 1, "vsource"), (1, 2, "resistor"), (2, 0, "resistor"), (2, 0, "resistor")]


@pytest.mark.parametrize("text,edges,shape", [
    # the reported bug: was one parallel group of V1, R1, R2, R3
    ("A 9 V battery in series with R1 = 100 Ω and a parallel combination of R2 = 220 Ω and R3 = 330 Ω",
     _R_THEN_PAR, "P(S(R1,P(R2,R3)),V1)"),
    ("R2 = 220 Ω and R3 = 330 Ω in parallel, in series with R1 = 100 Ω across a 9 V battery",
     _R_THEN_PAR, "P(S(P(R2,R3),R1),V1)"),
    ("a 12 V battery in series with R1, R2 and R3", _LOOP4, "P(S(R1,R2,R3),V1)"),
    ("a 12 V battery in series with R1 and R2 and R3", _LOOP4, "P(S(R1,R2,R3),V1)"),
    ("R1 in series with a parallel combination of R2 and R3, powered by a 5 V source", _R_THEN_PAR,
     "P(S(R1,P(R2,R3)),V1)"),
    ("a 9 V battery connected in series with a 1 kΩ resistor R1 and a lamp",
     [(0, 1, "vsource"), (1, 2, "resistor"), (2, 0, "lamp")], "P(S(R1,LP1),V1)"),
    ("two resistors R1 and R2 in parallel with each other, and that combination in series with R3 and a 6 V "
     "battery", _R_THEN_PAR, "P(S(P(R1,R2),R3),V1)"),
    ("a 9 V battery with R1 and R2 in parallel across it",
     [(0, 1, "vsource"), (0, 1, "resistor"), (0, 1, "resistor")], "P(R1,R2,V1)"),
    ("a battery, a switch and a lamp in series", [(0, 1, "vsource"), (1, 2, "switch"), (2, 0, "lamp")],
     "P(S(S1,LP1),V1)"),
    ("a 12 V battery in series with a lamp and a parallel combination of R1 and R2",
     [(0, 1, "vsource"), (1, 2, "lamp"), (2, 0, "resistor"), (2, 0, "resistor")], "P(S(LP1,P(R1,R2)),V1)"),
    ("a 12 V battery in series with a parallel combination of R1 and R2, a lamp and a switch",
     [(0, 1, "vsource"), (1, 2, "resistor"), (1, 2, "resistor"), (2, 3, "lamp"), (3, 0, "switch")],
     "P(S(P(R1,R2),LP1,S1),V1)"),
    ("a 9 V battery in series with R1 and a series combination of R2 and R3", _LOOP4, "P(S(R1,R2,R3),V1)"),
    # link words ("connected to", "powered by") bind loosest
    ("a 24 V supply connected to a 1 kΩ resistor R1 in series with R2 and R3 in parallel", _R_THEN_PAR,
     "P(S(R1,P(R2,R3)),V1)"),
    ("R1 and R2 in parallel, and that combination in series with R3, across a 9 V battery", _R_THEN_PAR,
     "P(S(P(R1,R2),R3),V1)"),
])
def test_phrasings_give_intended_netlist(text: str, edges: list, shape: str) -> None:
    from networkx.algorithms.isomorphism import categorical_multiedge_match
    s = D.parse(text)
    assert _shape(s.attr("tree")) == shape
    got = C.netlist(s)
    assert nx.is_isomorphic(got, _graph(edges), edge_match=categorical_multiedge_match("kind", None)), text


def test_counted_names_must_all_be_given() -> None:
    with pytest.raises(InputError, match="two resistors R1"):
        D.parse("two resistors R1 across a 9 V battery")
    s = D.parse("three resistors R1, R2 and R3 in series with a 9 V battery")
    assert _shape(s.attr("tree")) == "P(S(R1,R2,R3),V1)"



@pytest.mark.parametrize("text,expected", [
    ("a 4 A current source in parallel with a 2 Ω resistor and a 4 Ω resistor", "P(I1,R1,R2)"),
    ("a 9 V battery in parallel with R1 and R2", "P(V1,R1,R2)"),
])
def test_in_parallel_with_a_list_means_each_in_parallel(text, expected):
    """"X in parallel with A and B" is a divider: A and B each across X, not a chain A — B."""
    from nesy.registry import get_domain

    def show(n):
        return n["id"] if n.get("op") == "C" else n["op"] + "(" + ",".join(show(c) for c in n["children"]) + ")"
    assert show(get_domain("circuits").parse(text).attr("tree")) == expected


# ---------------------------------------------------------------- regressions: precedence, counted prefix members

def _kinds_graph(text: str):
    return C.netlist(D.parse(text))


def _iso(a, b) -> bool:
    em = (nx.algorithms.isomorphism.categorical_multiedge_match("kind", None) if a.is_multigraph()
          else nx.algorithms.isomorphism.categorical_edge_match("kind", None))
    return nx.is_isomorphic(a, b, edge_match=em)


@pytest.mark.parametrize("text,shape", [
    # "||" binds tighter than "in series with": R1 + (R2 ∥ R3), not (R1 + R2) ∥ R3
    ("R1 in series with R2 || R3", "S(R1,P(R2,R3))"),
    ("A 12 V battery, R1 in series with R2 || R3.", "P(S(R1,P(R2,R3)),V1)"),
    ("a 24 V supply across R1 in series with R2 || R3", "P(S(R1,P(R2,R3)),V1)"),
    ("R1 || R2 || R3 in series with R4, a 9 V battery", "P(S(P(R1,R2,R3),R4),V1)"),
    ("R1 || R2 in series with R3", "S(P(R1,R2),R3)"),
    # a counted plural after a prefix combination: the counted components are its members
    ("a 9 V battery in series with a switch and a parallel combination of two lamps", "P(S(S1,P(LP1,LP2)),V1)"),
    ("a 9 V battery in series with a series combination of three resistors", "P(S(R1,R2,R3),V1)"),
])
def test_tight_parallel_and_counted_prefix_members(text: str, shape: str) -> None:
    assert _shape(D.parse(text).attr("tree")) == shape


def test_tight_parallel_netlist_topology() -> None:
    got = _kinds_graph("a 24 V supply across R1 in series with R2 || R3")
    want = _kinds_graph("R2 and R3 in parallel, in series with R1 across a 24 V battery")
    wrong = _kinds_graph("R1 and R2 in series, in parallel with R3, across a 24 V battery")
    assert _iso(got, want) and not _iso(got, wrong)
    got = _kinds_graph("a 9 V battery in series with a switch and a parallel combination of two lamps")
    want = _kinds_graph("lamps LP1 and LP2 in parallel, in series with a switch, across a 9 V battery")
    chain = _kinds_graph("a 9 V battery, a switch, a lamp and a lamp in series")
    assert _iso(got, want) and not _iso(got, chain)


# ---------------------------------------------------------------- reference back to introduced parts

def _count(scene, kind: str) -> int:
    return sum(1 for e in scene.entities if e.kind == kind)


@pytest.mark.parametrize("text,shape", [
    # (the same loop as P(S(P(C1,C2),W1,W2),V1): "connected in parallel with" now joins the battery at once)
    ("Two capacitors connected in parallel with a battery; wires between the battery and both capacitors.",
     "P(S(W1,W2,P(C1,C2)),V1)"),
    ("Two capacitors in parallel across a 9 V battery. A voltmeter across both capacitors.", "P(C1,C2,V1,VM1)"),
    ("Two capacitors in parallel. A 9 V battery across the two capacitors.", "P(C1,C2,V1)"),
    ("Two capacitors in parallel. A 9 V battery across the capacitors.", "P(C1,C2,V1)"),
    ("Two capacitors in parallel. A 9 V battery across these capacitors.", "P(C1,C2,V1)"),
    ("Two lamps in parallel. A 6 V battery powers both of the lamps.", "P(LP1,LP2,V1)"),
    ("Two lamps in parallel. A 6 V battery powers all the lamps.", "P(LP1,LP2,V1)"),
    ("Two lamps in parallel. A 6 V battery powers them.", "P(LP1,LP2,V1)"),
    ("Three resistors in series. A 12 V battery across all three resistors.", "P(S(R1,R2,R3),V1)"),
    ("Two 10 µF capacitors in parallel. A 5 V supply across both 10 µF capacitors.", "P(C1,C2,V1)"),
    # the referred parts are the ones the mention names: two of five in a chain, a group of two of three
    ("Two capacitors and three resistors in series across a 9 V battery. A voltmeter across both capacitors.",
     "P(S(P(S(C1,C2),VM1),R1,R2,R3),V1)"),
    ("A 1 kΩ resistor in series with two lamps in parallel across a 9 V battery. A voltmeter across the two "
     "lamps.", "P(S(R1,P(LP1,LP2,VM1)),V1)"),
    ("A 10 µF capacitor and a 22 µF capacitor in parallel across a 5 V battery. A resistor in series with the "
     "10 µF capacitor.", "P(C2,S(R1,C1),V1)"),
])
def test_definite_mentions_refer_back_instead_of_adding_parts(text: str, shape: str) -> None:
    s = D.parse(text, allow_unknown=True)
    assert _shape(s.attr("tree")) == shape


@pytest.mark.parametrize("text,shape", [
    ("Two resistors in series with a 5 V battery. A voltmeter across each resistor.", "P(S(P(R1,VM1),P(R2,VM2)),V1)"),
    ("Two lamps in parallel across a 6 V battery. A switch in series with each lamp.", "P(S(S1,LP1),S(S2,LP2),V1)"),
    ("Two lamps in parallel across a 6 V battery. An ammeter in series with each of the lamps.",
     "P(S(A1,LP1),S(A2,LP2),V1)"),
    ("Three resistors in series across a 9 V battery; a voltmeter across every resistor.",
     "P(S(P(R1,VM1),P(R2,VM2),P(R3,VM3)),V1)"),
])
def test_each_gives_every_referred_part_its_own_new_parts(text: str, shape: str) -> None:
    assert _shape(D.parse(text).attr("tree")) == shape


@pytest.mark.parametrize("text,shape", [
    ("Two capacitors in parallel across a 9 V battery. The battery across both capacitors. A voltmeter across "
     "them.", "P(C1,C2,V1,VM1)"),
    ("Two lamps in parallel across a 6 V battery. The battery across each lamp.", "P(LP1,LP2,V1)"),
    ("A 9 V battery and a lamp in series. The lamp in series with the battery.", "P(LP1,V1)"),
    ("R1 and R2 in parallel across a 9 V battery. R1 in parallel with R2.", "P(R1,R2,V1)"),
    # new parts listed with two neighbours go between them ('between' itself is not in the grammar)
    ("R1, R2 and R3 in series across a 9 V battery. An ammeter between R1 and R2.", "P(S(R1,A1,R2,R3),V1)"),
    ("A 9 V battery and a lamp in series. A switch between the battery and the lamp.", "P(S(S1,LP1),V1)"),
])
def test_a_connection_the_circuit_already_has_may_be_restated(text: str, shape: str) -> None:
    assert _shape(D.parse(text, allow_unknown=True).attr("tree")) == shape


def test_a_restated_connection_that_contradicts_is_still_refused() -> None:
    with pytest.raises(UnsupportedError, match=r"'R1 in parallel with R2' at 42-64"):
        D.parse("R1 and R2 in series across a 9 V battery. R1 in parallel with R2.")


@pytest.mark.parametrize("text,match", [
    ("A capacitor in series with a resistor across a 5 V battery. A voltmeter across both capacitors.",
     r"'both capacitors' at 79-94 refers to 2 capacitors, but the text has introduced 1"),
    ("A lamp across a 6 V battery. A switch in series with the lamps.",
     r"'the lamps' at 53-62 refers to several lamps, but the text has introduced 1"),
    ("Two resistors in parallel across a 9 V battery. A lamp in series with the resistor.",
     r"'the resistor' at 70-82 could mean any one of the 2 resistors"),
    ("Two switches in series with a lamp. A switch and two switches in series across a battery. "
     "A lamp across both switches.", r"could mean any 2 of the 5 switches"),
])
def test_a_reference_that_does_not_fit_is_refused_with_its_position(text: str, match: str) -> None:
    with pytest.raises(InputError, match=match):
        D.parse(text)


def test_a_first_mention_starts_new_parts_and_a_reference_carries_its_state() -> None:
    s = D.parse("A 9 V battery across both lamps.")
    assert _count(s, "lamp") == 2
    s = D.parse("Two switches and a lamp in series across a 3 V battery. Both open switches are in series "
                "with the lamp.", allow_unknown=True)
    assert _count(s, "switch") == 2 and {e.attr("state") for e in s.entities if e.kind == "switch"} == {"open"}


def test_a_counted_plural_in_a_list_before_in_parallel_is_that_many_members() -> None:
    """"a battery with two lamps in parallel" drew the two lamps in series with each other."""
    assert _shape(D.parse("A 9 V battery with two lamps in parallel.").attr("tree")) == "P(LP1,LP2,V1)"


def test_both_capacitors_and_wires_draw_two_capacitors_and_verify() -> None:
    text = "Two capacitors connected in parallel with a battery; wires between the battery and both capacitors."
    scene = D.parse(text, allow_unknown=True)
    assert _count(scene, "capacitor") == 2 and _count(scene, "vsource") == 1
    png = render_layout(D.solve(scene), controls=False).png
    assert D.verify(png, scene).passed


# ---------------------------------------------------------------- phrasing (issue 9)

def _values(text: str, kind: str) -> list[float]:
    return sorted(dict(e.attributes)["value"] for e in D.parse(text).entities if e.kind == kind)


@pytest.mark.parametrize("text,kind,values", [
    ("Three resistors, 10 Ω, 15 Ω and 20 Ω, are connected in series across a 24 V battery.", "resistor",
     [10, 15, 20]),
    ("two capacitors of 2.13 µF and 4.04 µF connected in parallel across a battery", "capacitor",
     [2.13e-6, 4.04e-6]),
    ("Two resistors, R1 = 33 ohm and R2 = 100 ohm, are in parallel with a 9 V battery", "resistor", [33, 100]),
    ("a 9V battery with 3 resistors in parallel, each 1 kilohm", "resistor", [1000, 1000, 1000]),
    ("a 12-volt battery powers two 6 ohm resistors in parallel", "vsource", [12]),
    ("Eight identical capacitors in parallel with a 6.73-V battery", "capacitor", [None] * 0),
])
def test_values_listed_after_a_counted_plural_are_its_components(text, kind, values) -> None:
    got = [e for e in D.parse(text).entities if e.kind == kind]
    if values:
        assert sorted(dict(e.attributes)["value"] for e in got) == pytest.approx(values)
    else:
        assert len(got) == 8


def test_a_list_of_another_length_is_refused_and_a_stray_count_is_never_dropped() -> None:
    with pytest.raises(InputError, match="announces 3 but lists 2"):
        D.parse("Three resistors, 10 Ω and 20 Ω, in series with a 9 V battery")
    with pytest.raises(InputError, match="counts nothing"):
        D.parse("a 9 V battery with eight strange, capacitors in parallel", allow_unknown=True)


def test_symbol_names_before_values() -> None:
    s = D.parse("a series RLC circuit with R = 225 ohms, L = 0.8 H and C = 6.0 µF driven by a 170 V source")
    assert {e.name: dict(e.attributes)["value"] for e in s.entities if e.kind in ("resistor", "inductor",
                                                                                  "capacitor")} == \
        pytest.approx({"R": 225.0, "L": 0.8, "C": 6e-6})


@pytest.mark.parametrize("text,values", [
    ("Two capacitors are connected in parallel across the terminals of a battery. One has a capacitance of "
     "2.13 µF and the other has a capacitance of 4.04 µF.", ["C1 = 2.13 µF", "C2 = 4.04 µF"]),
    ("Two resistors are connected in series with a 9 V battery. One is 10 ohm and the other is 20 ohm.",
     ["R1 = 10 Ω", "R2 = 20 Ω"]),
])
def test_values_stated_later_belong_to_the_counted_components(text, values):
    # four capacitors were drawn for two (the values made two more), and reported complete
    s = D.parse(text, allow_unknown=True)
    comps = [e for e in s.entities if e.kind in ("capacitor", "resistor")]
    assert sorted(dict(e.attributes)["display"] for e in comps) == values


def test_a_solenoid_is_an_inductor():
    s = D.parse("A 12 V battery in series with a 5 ohm resistor and a solenoid", allow_unknown=True)
    assert sorted(e.kind for e in s.entities if e.kind not in ("series", "parallel")) == ["inductor", "resistor",
                                                                                         "vsource"]


@pytest.mark.parametrize("text,chain", [
    ("A 6 V battery connected to a 2 Ω and a 4 Ω resistor in series, with an ammeter measuring the current.",
     {"R1", "R2", "A1"}),
    ("A 6 V battery connected to a 2 Ω resistor. There is also a switch.", {"R1", "S1"}),
])
def test_parts_mentioned_apart_join_the_loop_in_series_with_its_load(text, chain):
    """An ammeter 'with' a loop goes where an ammeter measures, in series with the load (it was put across
    the source: a false 'impossible specification' under ammeter_series)."""
    from nesy.pipeline import generate
    res = generate(text, domain="circuits", controls=False)
    assert res.passed
    groups: dict[str, set] = {}
    for r in res.scene.relations:
        if r.kind == "member":
            groups.setdefault(r.target, set()).add(r.source)
    assert any(chain <= members for members in groups.values())


def test_a_list_after_connected_to_is_one_chain_when_it_ends_in_series():
    """'a 10 V battery connected to a 5 Ω resistor, a 7 Ω resistor and a 13 Ω resistor in series': all three in
    series across the battery (R1 was put across the battery beside the other two)."""
    from nesy.pipeline import parse
    sg = parse("Draw a 10 V battery connected to a 5 Ω resistor, a 7 Ω resistor and a 13 Ω resistor in series.")
    groups: dict[str, set] = {}
    for r in sg.relations:
        groups.setdefault(r.target, set()).add(r.source)
    assert {"R1", "R2", "R3"} in groups.values()
