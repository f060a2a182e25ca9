"""nesy.crystal.v1: parsing, the Z3/pymatgen solve, the projected layout and the pixel verifier."""
from __future__ import annotations

import io
import re

import numpy as np
import pytest

from nesy.domains import crystal as C
from nesy.errors import InputError, UnknownWordsError, UnsatisfiableError
from nesy.registry import get_domain
from nesy.render.svg import render_layout
from nesy.resources import load_yaml
from nesy.types import SceneGraph

D = get_domain("crystal")


def _png(text: str):
    scene = D.parse(text)
    layout = D.solve(scene)
    return scene, layout, render_layout(layout, controls=False).png


# ---------------------------------------------------------------- parse

@pytest.mark.parametrize("text,formula,proto", [
    ("rock salt NaCl", "NaCl", "rock_salt"),
    ("sodium chloride", "NaCl", "rock_salt"),
    ("NaCl", "NaCl", "rock_salt"),
    ("bcc Fe", "Fe", "bcc"),
    ("body-centred cubic iron", "Fe", "bcc"),
    ("fcc copper", "Cu", "fcc"),
    ("diamond silicon along [111]", "Si", "diamond"),
    ("cubic perovskite SrTiO3", "SrTiO3", "perovskite"),
    ("CsCl with lattice constant 4.12 angstrom", "CsCl", "cesium_chloride"),
    ("hcp Mg", "Mg", "hcp"),
    ("diamond", "C", "diamond"),
])
def test_parse_names(text: str, formula: str, proto: str) -> None:
    s = D.parse(text)
    assert s.domain == "crystal"
    assert s.attr("formula") == formula and s.attr("structure") == proto
    kinds = sorted(e.kind for e in s.entities)
    assert kinds.count("structure") == 1
    assert {e.name for e in s.entities if e.kind == "species"} == {el for el, _ in C._parse_formula(formula)}


@pytest.mark.parametrize("phrase", ["a = 5.64 Å", "a=5.64Å", "a = 5.64 angstrom", "lattice constant 5.64 angstroms",
                                    "a = 564 pm", "a = 0.564 nm", "lattice parameter a = 5.64 Å"])
def test_parse_units_and_spans(phrase: str) -> None:
    text = f"rock salt NaCl with {phrase} viewed along [001]"
    s = D.parse(text)
    assert s.attr("lattice")["a"] == pytest.approx(5.64)
    sp = s.attr("spans")["a"]
    assert text[sp["start"]:sp["end"]] == sp["text"] == phrase


def test_parse_zone_axis_flags_and_default() -> None:
    assert D.parse("bcc Fe").attr("zone_axis") == [0, 0, 1]
    assert D.parse("bcc Fe along [111]").attr("zone_axis") == [1, 1, 1]
    s = D.parse("fcc Cu viewed along the [1-10] zone axis with bonds and octahedral interstitial sites")
    assert s.attr("zone_axis") == [1, -1, 0]
    assert s.attr("bonds") is True and s.attr("interstitial") == ["octahedral"]
    assert D.parse("fcc Cu with interstitial sites").attr("interstitial") == ["octahedral", "tetrahedral"]
    assert D.parse("fcc Cu").attr("bonds") is False


def test_parse_space_group_and_wyckoff() -> None:
    s = D.parse("space group Fm-3m with a = 4.05 Å, Al at 4a")
    assert s.attr("space_group") == {"symbol": "Fm-3m", "number": 225}
    assert s.attr("sites")[0]["el"] == "Al" and s.attr("sites")[0]["wyckoff"] == "4a"
    assert D.parse("space group 225, a = 4.05 Å, Al at (0, 0, 0)").attr("space_group")["number"] == 225


def test_score_separates_domains() -> None:
    assert D.score("rock salt NaCl viewed along [001]") > 0
    assert D.score("a cell with a nucleus") == 0
    assert D.score("set A contains element x") == 0


@pytest.mark.parametrize("bad", ["", "   ", "x" * 1_000_000, "\x00\x01\x02\xff binary", b"NaCl"])
def test_bad_text_is_input_error(bad) -> None:
    with pytest.raises(InputError):
        D.parse(bad)


@pytest.mark.parametrize("phrase,value", [("a = 0 Å", "0"), ("a = -3 Å", "-3"), ("a = −3 Å", "−3")])
def test_nonpositive_lattice_constant(phrase: str, value: str) -> None:
    text = f"bcc Fe with {phrase}"
    with pytest.raises(InputError) as ei:
        D.parse(text)
    msg = str(ei.value)
    assert value in msg and f"{text.index(phrase)}-{len(text)}" in msg


def test_unknown_element_and_words() -> None:
    with pytest.raises(InputError, match="unknown element symbol 'Xy'"):
        D.parse("rock salt XyCl")
    with pytest.raises(UnknownWordsError) as ei:
        D.parse("bcc Fe with a flurbish")
    assert ei.value.words == [("flurbish", 14, 22)]
    assert D.parse("bcc Fe with a flurbish", allow_unknown=True).unknown[0].text == "flurbish"
    with pytest.raises(InputError, match="no unit"):
        D.parse("bcc Fe with a = 2.87")


# ---------------------------------------------------------------- solve

def test_nacl_structure_and_cif_round_trip() -> None:
    from pymatgen.io.cif import CifParser
    from pymatgen.symmetry.analyzer import SpacegroupAnalyzer
    s = D.parse("rock salt NaCl with a = 5.64 Å viewed along [001] with bonds")
    layout = D.solve(s)
    g = C.crystal_geometry(s)
    assert (g.sg_symbol, g.sg_number) == ("Fm-3m", 225) and len(g.species) == 8
    assert sorted(g.species) == ["Cl"] * 4 + ["Na"] * 4
    cif = D.artifacts(layout, s)["structure.cif"]
    st = CifParser(io.StringIO(cif.decode())).parse_structures(primitive=False)[0]
    assert len(st) == 8 and SpacegroupAnalyzer(st).get_space_group_number() == 225
    assert st.lattice.a == pytest.approx(5.64)


def test_bcc_fe_and_reference_lattice() -> None:
    s = D.parse("bcc Fe")
    g = C.crystal_geometry(s)
    assert (g.sg_symbol, g.sg_number, len(g.species)) == ("Im-3m", 229, 2)
    assert g.a == pytest.approx(load_yaml("solvers", "crystal.yaml")["materials"]["Fe"]["a"])


def test_wyckoff_table_multiplicities_match_pymatgen() -> None:
    from pymatgen.core import Lattice, Structure
    data = load_yaml("solvers", "crystal.yaml")
    for number, table in data["wyckoff"].items():
        symbol = C._space_group(str(number))[0]
        lat = Lattice.hexagonal(3.0, 5.0) if number == 194 else Lattice.cubic(4.0)
        for letter, xyz in table.items():
            st = Structure.from_spacegroup(number, lat, ["Cu"], [xyz])
            assert len(st) == int(re.match(r"\d+", letter).group(0)), (number, letter)
            mine = C._build(symbol, lat.a, lat.b, lat.c, lat.gamma, [{"el": "Cu", "coords": xyz}])
            assert len(mine) == len(st)


def test_impossible_lattice_constant_names_the_phrase_and_law() -> None:
    with pytest.raises(UnsatisfiableError) as ei:
        C.crystal_geometry(D.parse("rock salt NaCl with a = 1 Å"))
    e = ei.value
    assert "a = 1 Å" in [p["text"] for p in e.phrases]
    assert any(law["law"].startswith("min_distance") and "Slater" in law["source"] for law in e.laws)
    assert [p["text"] for p in e.fix] == ["a = 1 Å"]


def test_wrong_symmetry_and_stoichiometry_are_unsat() -> None:
    with pytest.raises(UnsatisfiableError) as ei:
        C.crystal_geometry(D.parse("CsCl in space group Fm-3m"))
    assert {p["text"] for p in ei.value.phrases} == {"CsCl", "space group Fm-3m"}
    # explicit sites that make a higher group than the one stated: spglib's answer is the law
    with pytest.raises(UnsatisfiableError) as ei:
        C.crystal_geometry(D.parse("space group Pm-3m with a = 3.6 Å, Cu at 1a, Cu at 3c"))
    assert "spglib finds 225" in ei.value.detail
    with pytest.raises(UnsatisfiableError) as ei:
        C.crystal_geometry(D.parse("rock salt CaF2"))
    assert any(law["law"].startswith("stoichiometry") for law in ei.value.laws)
    with pytest.raises(UnsatisfiableError) as ei:
        C.crystal_geometry(D.parse("rock salt NaCl with a = 5 Å and c = 6 Å"))
    assert [p["text"] for p in ei.value.fix] == ["c = 6 Å"]


def test_interstitial_sites_of_fcc() -> None:
    g = C.crystal_geometry(D.parse("fcc Cu"))
    sites = C._interstitials(g, ["octahedral", "tetrahedral"])
    kinds = [k for k, _ in sites]
    # closed cell: octahedral at the body centre and 12 edge centres, tetrahedral at the 8 (¼,¼,¼) sites
    assert kinds.count("octahedral") == 13 and kinds.count("tetrahedral") == 8


@pytest.mark.parametrize("text,counts", [
    ("bcc Fe", {"Fe": 5}),                     # 4 corners + body centre
    ("fcc Cu", {"Cu": 9}),                     # corners, face centres, the top face's centre
    ("rock salt NaCl", {"Na": 5, "Cl": 4}),    # each column's front atom
])
def test_projected_counts(text: str, counts: dict[str, int]) -> None:
    layout = D.solve(D.parse(text))
    assert layout.extra("expected_counts") == counts
    atoms = [s for s in layout.shapes if s.cls == "atom"]
    assert sum(counts.values()) == len(atoms)
    ids = [s.id for s in layout.shapes]
    assert len(ids) == len(set(ids))


def test_layout_order_and_labels() -> None:
    layout = D.solve(D.parse("rock salt NaCl with a = 5.64 Å with bonds"))
    z = {s.cls: s.z for s in layout.shapes}
    assert z["bond"] < z["unit_cell"] < z["atom"]
    assert any(lb.text == "a = 5.64 Å" for lb in layout.labels)
    assert re.fullmatch(r"(Na|Cl)_\d+", next(s.id for s in layout.shapes if s.cls == "atom"))
    assert dict(layout.legend)["Na"] == "#AB5CF2"


# ---------------------------------------------------------------- verify

def _paint_blob(png: bytes, colour: str, fig_w: int, which: int = 0, move: tuple[int, int] | None = None) -> bytes:
    """Erase (paint white) one blob of ``colour`` in the figure (left of ``fig_w``, not the legend);
    with ``move`` redraw it shifted by (dx, dy) px."""
    from PIL import Image
    from scipy import ndimage
    img = np.array(Image.open(io.BytesIO(png)).convert("RGB"))
    mask = np.all(img == np.array(C._hex_rgb(colour)), axis=2)
    mask[:, fig_w:] = False
    lab, n = ndimage.label(mask)
    assert n > which
    blob = lab == which + 1
    img[blob] = 255
    if move is not None:
        img[np.roll(np.roll(blob, move[1], axis=0), move[0], axis=1)] = C._hex_rgb(colour)
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="PNG")
    return buf.getvalue()


@pytest.mark.parametrize("text", ["rock salt NaCl with a = 5.64 Å viewed along [001] with bonds",
                                  "diamond silicon along [111]", "hcp Mg",
                                  "CsCl with lattice constant 4.12 angstrom, mark the octahedral interstitial sites"])
def test_verifier_passes_unmodified(text: str) -> None:
    scene, _layout, png = _png(text)
    v = D.verify(png, scene)
    assert v.passed, [c for c in v.checks if not c.passed]
    assert {"projected_count", "atom_positions", "min_projected_distance"} <= {c.law for c in v.checks}


def test_verifier_catches_a_deleted_atom() -> None:
    scene, layout, png = _png("rock salt NaCl with a = 5.64 Å viewed along [001] with bonds")
    bad = D.verify(_paint_blob(png, dict(layout.legend)["Cl"], layout.extra("figure_width")), scene)
    assert not bad.passed
    failed = {(c.law, c.args) for c in bad.failed()}
    assert ("projected_count", ("Cl",)) in failed and ("projected_count", ("Na",)) not in failed


def test_verifier_catches_a_moved_atom() -> None:
    scene, layout, png = _png("bcc Fe")
    moved = _paint_blob(png, dict(layout.legend)["Fe"], layout.extra("figure_width"), which=0, move=(18, 0))
    bad = D.verify(moved, scene)
    assert not bad.passed
    assert {"atom_positions", "projected_rotation"} & {c.law for c in bad.failed()}


def test_verifier_catches_a_missing_interstitial_site() -> None:
    text = "CsCl with lattice constant 4.12 angstrom, mark the octahedral interstitial sites"
    scene, layout, png = _png(text)
    st = load_yaml("layout", "crystal.yaml")
    bad = D.verify(_paint_blob(png, st["interstitial_color"], layout.extra("figure_width"), which=1), scene)
    assert [c.law for c in bad.failed()] == ["interstitial_count"]


def test_render_is_byte_identical_and_scene_round_trips() -> None:
    text = "zinc blende GaAs with bonds along [110]"
    s1 = D.parse(text)
    png1 = render_layout(D.solve(s1), controls=False).png
    C._GEOMETRY.clear()
    C._projection.cache_clear()
    s2 = SceneGraph.from_dict(D.parse(text).to_dict())
    png2 = render_layout(D.solve(s2), controls=False).png
    assert png1 == png2


def test_ionic_crystals_are_drawn_with_ionic_radii():
    """Rock salt: Cl⁻ (Shannon, as pymatgen tabulates it, 1.67 Å) is drawn larger than Na⁺ (1.16 Å); metals keep atomic radii."""
    from nesy.registry import get_domain
    d = get_domain("crystal")
    lay = d.solve(d.parse("rock salt NaCl"))
    size = {}
    for s in lay.shapes:
        if s.cls == "atom":
            size[s.id.split("_")[0]] = s.box[2] - s.box[0]
    assert size["Cl"] > 1.3 * size["Na"]


def test_an_element_without_a_cited_radius_is_refused_clearly():
    from nesy.errors import UnsupportedError
    from nesy.pipeline import generate
    with pytest.raises(UnsupportedError, match="no cited atomic radius for Xe"):
        generate("fcc Xe with a = 6.2 Å", controls=False)


def test_positions_spglib_cannot_classify_are_refused_clearly():
    from nesy.errors import UnsupportedError
    from nesy.pipeline import generate
    with pytest.raises(UnsupportedError, match="could not determine the symmetry"):
        generate("space group Pm-3m with Cs at (0, 0, 0) and Cl at (0.5, 0.5, 0.5001), a = 4.1 Å", controls=False)


def test_a_symbol_of_the_compounds_own_elements_is_no_second_structure() -> None:
    # the site words are not read yet: reported, not a 'one structure per figure' refusal
    with pytest.raises(UnknownWordsError, match="centre"):
        C.parse_crystal("the cubic unit cell of cesium chloride, with Cs+ at the body centre and Cl- at the corners")
    from nesy.errors import UnsupportedError
    with pytest.raises(UnsupportedError, match="one structure per figure"):
        C.parse_crystal("the rock salt structure of NaCl and of KCl")


def test_simple_cubic_polonium():
    # "names no crystal structure" before; α-Po is the one element that crystallises simple cubic
    s = D.parse("simple cubic polonium, lattice parameter 3.35 Å")
    assert [(e.kind, e.name) for e in s.entities][:2] == [("structure", "Po"), ("species", "Po")]
