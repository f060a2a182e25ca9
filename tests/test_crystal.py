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
    # the whole conventional cell in perspective: corners, edges, faces, body
    ("bcc Fe", {"Fe": 9}),                     # 8 corners + body centre
    ("fcc Cu", {"Cu": 14}),                    # 8 corners + 6 face centres
    ("rock salt NaCl", {"Na": 14, "Cl": 13}),  # Na on the fcc sites, Cl on the 12 edge centres + body centre
    # a projection along the zone axis the text names: each column's front atom
    ("bcc Fe along [001]", {"Fe": 5}),
    ("fcc Cu along [001]", {"Cu": 9}),
    ("rock salt NaCl along [001]", {"Na": 5, "Cl": 4}),
])
def test_drawn_counts(text: str, counts: dict[str, int]) -> None:
    layout = D.solve(D.parse(text))
    assert layout.extra("expected_counts") == counts
    atoms = [s for s in layout.shapes if s.cls == "atom" and not s.id.startswith("_")]
    assert sum(counts.values()) == len(atoms)
    ids = [s.id for s in layout.shapes]
    assert len(ids) == len(set(ids))


def test_perspective_view_is_textbook_style() -> None:
    """No legend panel; the crystal axes named a₁, a₂, a₃ (Kittel ch. 1); a key naming the species; sticks for rock salt,
    none for a metal; nearer atoms painted after farther ones."""
    layout = D.solve(D.parse("rock salt NaCl with a = 5.64 Å"))
    assert layout.legend == () and layout.extra("view") == "perspective"
    texts = [lb.text for lb in layout.labels]
    assert {"a1", "a2", "a3", "Na", "Cl", "a = 5.64 Å"} <= set(texts)
    assert {s.cls for s in layout.shapes} >= {"atom", "bond", "unit_cell", "axis", "key"}
    assert layout.extra("bonds_drawn") is True
    assert D.solve(D.parse("fcc Cu")).extra("bonds_drawn") is False
    assert D.solve(D.parse("fcc Cu with bonds")).extra("bonds_drawn") is True
    assert {s.fill for s in layout.shapes if s.id.startswith("Na_")} == {"#AB5CF2"}   # Jmol
    # painter's order: among two overlapping atoms, the one painted later is the nearer (larger drawn radius
    # at equal cited radius, perspective)
    na = sorted((s for s in layout.shapes if s.id.startswith("Na_")), key=lambda s: s.z)
    assert (na[-1].box[2] - na[-1].box[0]) > (na[0].box[2] - na[0].box[0])


def test_projection_view_keeps_bonds_under_atoms_and_names_the_axis() -> None:
    layout = D.solve(D.parse("rock salt NaCl with a = 5.64 Å viewed along [001] with bonds"))
    z = {}
    for s in layout.shapes:
        z.setdefault(s.cls, []).append(s.z)
    assert max(z["bond"]) < min(z["unit_cell"]) and max(z["unit_cell"]) < min(z["atom"])
    assert any(lb.text == "a = 5.64 Å,  along [001]" for lb in layout.labels)
    assert {"a1", "a2"} <= {lb.text for lb in layout.labels} and "a3" not in {lb.text for lb in layout.labels}


@pytest.mark.parametrize("formula", ["NaCl", "CsCl", "GaAs", "ZnS", "SrTiO3", "BaTiO3", "MgO", "LiF", "CaF2", "KCl",
                                     "CuZn", "NiAl", "CaTiO3", "AgCl", "KBr", "PbS", "TiO2", "CdSe"])
def test_default_palette_is_colour_blind_safe(formula: str) -> None:
    from nesy.domains.crystal_draw import species_colours
    from nesy.render.style import CVD_MIN_DELTA_E, cvd_min_distance
    els = [el for el, _ in C._parse_formula(formula)]
    cols = species_colours(els, "colour")
    d, pair = cvd_min_distance(list(cols.values()))
    assert d >= CVD_MIN_DELTA_E, (formula, pair, d)
    grey = species_colours(els, "grey")
    assert cvd_min_distance(list(grey.values()))[0] >= CVD_MIN_DELTA_E


def test_a_failing_jmol_pair_is_moved_apart() -> None:
    """Jmol's Ca #3DFF00 and Sr #00FF00 are one green to a deuteranope: the heavier is darkened."""
    from nesy.domains.crystal_draw import species_colours
    from nesy.render.style import CVD_MIN_DELTA_E, cvd_distance
    assert cvd_distance("#3DFF00", "#00FF00") < CVD_MIN_DELTA_E
    cols = species_colours(["Ca", "Sr"], "colour")
    assert cols["Ca"] == "#3DFF00" and cols["Sr"] != "#00FF00"
    assert cvd_distance(cols["Ca"], cols["Sr"]) >= CVD_MIN_DELTA_E


# ---------------------------------------------------------------- verify


def _rgb(png: bytes) -> np.ndarray:
    from PIL import Image
    return np.array(Image.open(io.BytesIO(png)).convert("RGB"))


def _png_of(img: np.ndarray) -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="PNG")
    return buf.getvalue()


def _front(layout, prefix: str):
    """The nearest (last painted) atom whose id starts with ``prefix``."""
    return max((s for s in layout.shapes if s.id.startswith(prefix) and s.cls in ("atom", "interstitial")),
               key=lambda s: s.z)


def _erase(png: bytes, box, pad: float = 1.5) -> bytes:
    img = _rgb(png)
    x0, y0, x1, y1 = box
    yy, xx = np.mgrid[: img.shape[0], : img.shape[1]]
    r = (x1 - x0) / 2 + pad
    img[(xx - (x0 + x1) / 2) ** 2 + (yy - (y0 + y1) / 2) ** 2 <= r * r] = 255
    return _png_of(img)


@pytest.mark.parametrize("text", ["rock salt NaCl with a = 5.64 Å viewed along [001] with bonds",
                                  "rock salt NaCl", "diamond silicon along [111]", "hcp Mg",
                                  "CsCl with lattice constant 4.12 angstrom, mark the octahedral interstitial sites"])
def test_verifier_passes_unmodified(text: str) -> None:
    scene, _layout, png = _png(text)
    v = D.verify(png, scene)
    assert v.passed, [c for c in v.checks if not c.passed]
    assert {"projected_count", "extra_atoms", "unit_cell_outline", "axes", "key", "label"} <= {c.law for c in v.checks}


@pytest.mark.parametrize("text", ["rock salt NaCl", "zinc blende GaAs along [110]"])
def test_grey_variant_verifies_without_being_told(text: str) -> None:
    from nesy.render.style import variant
    scene = D.parse(text)
    with variant(palette="grey"):
        layout = D.solve(scene)
    assert {s.fill for s in layout.shapes if s.cls == "atom" and not s.id.startswith("_")} <= \
        {f"#{v:02X}{v:02X}{v:02X}" for v in range(256)}
    assert D.verify(render_layout(layout, controls=False).png, scene).passed


def test_verifier_catches_a_deleted_atom() -> None:
    scene, layout, png = _png("rock salt NaCl with a = 5.64 Å")
    bad = D.verify(_erase(png, _front(layout, "Cl_").box), scene)
    failed = {(c.law, c.args) for c in bad.failed()}
    assert ("projected_count", ("Cl",)) in failed and ("projected_count", ("Na",)) not in failed


def test_verifier_catches_a_moved_atom() -> None:
    scene, layout, png = _png("bcc Fe")
    s = _front(layout, "Fe_")
    img = _rgb(png)
    x0, y0, x1, y1 = (int(round(v)) for v in s.box)
    patch = img[y0:y1, x0:x1].copy()
    img = _rgb(_erase(png, s.box))
    img[y0:y1, x0 + 30:x1 + 30] = np.where(patch.min(axis=2, keepdims=True) < 250, patch, img[y0:y1, x0 + 30:x1 + 30])
    bad = D.verify(_png_of(img), scene)
    assert not bad.passed and "projected_count" in {c.law for c in bad.failed()}


def test_verifier_catches_a_missing_interstitial_site() -> None:
    text = "CsCl with lattice constant 4.12 angstrom, mark the octahedral interstitial sites"
    scene, layout, png = _png(text)
    bad = D.verify(_erase(png, _front(layout, "site_").box, pad=3), scene)
    assert [c.law for c in bad.failed()] == ["interstitial_count"]


@pytest.mark.parametrize("scene_text,figure_text", [
    ("fcc Cu", "bcc Fe with a = 3.61 Å"),                 # another structure type
    ("rock salt KCl", "rock salt NaCl"),                  # another species
    ("rock salt NaCl", "zinc blende ZnS"),
    ("rock salt NaCl along [001]", "rock salt NaCl"),      # another view
    ("rock salt KCl along [001]", "rock salt NaCl along [001]"),
])
def test_another_crystals_figure_fails(scene_text: str, figure_text: str) -> None:
    from nesy.see.degrade import degrade
    png = _png(figure_text)[2]
    scene = D.parse(scene_text)
    assert not D.verify(png, scene).passed
    assert not D.verify(degrade(png, "blur1"), scene).passed


def test_a_strip_with_an_extra_atom_beside_the_figure_is_caught() -> None:
    scene, layout, png = _png("rock salt NaCl")
    img = _rgb(png)
    s = _front(layout, "Na_")
    x0, y0, x1, y1 = (int(round(v)) for v in s.box)
    strip = np.full((img.shape[0], x1 - x0 + 20, 3), 255, np.uint8)
    strip[10:10 + y1 - y0, 10:10 + x1 - x0] = img[y0:y1, x0:x1]
    bad = D.verify(_png_of(np.concatenate([strip, img], axis=1)), scene)
    assert not bad.passed and "extra_atoms" in {c.law for c in bad.failed()}


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
    lay = d.solve(d.parse("rock salt NaCl along [001]"))
    size = {}
    for s in lay.shapes:
        if s.cls == "atom" and not s.id.startswith("_"):
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
    # the site words name the compound's own species (crystal_sites): one CsCl cell, from the other origin
    s = C.parse_crystal("the cubic unit cell of cesium chloride, with Cs+ at the body centre and Cl- at the corners")
    assert s.attr("structure") == "cesium_chloride" and s.attr("formula") == "CsCl"
    assert {x["el"]: x["wyckoff"] for x in s.to_dict()["attributes"]["sites"]} == {"Cs": "1b", "Cl": "1a"}
    from nesy.errors import UnsupportedError
    with pytest.raises(UnsupportedError, match="one structure per figure"):
        C.parse_crystal("the rock salt structure of NaCl and of KCl")


def test_simple_cubic_polonium():
    # "names no crystal structure" before; α-Po is the one element that crystallises simple cubic
    s = D.parse("simple cubic polonium, lattice parameter 3.35 Å")
    assert [(e.kind, e.name) for e in s.entities][:2] == [("structure", "Po"), ("species", "Po")]
