"""End to end: files of the CLI contract, determinism, the verifier catching injected violations."""
import io
import json
import subprocess
import sys
import time

import numpy as np
import pytest
from PIL import Image

from nesy.errors import SpecError
from nesy.pipeline import generate, parse, verify_image
from nesy.registry import get_domain
from nesy.render.svg import hex_rgb
from nesy.resources import load_yaml

CELL = "A eukaryotic cell with one nucleus and four mitochondria outside the nucleus"
SETS = "Sets A, B and C are pairwise disjoint. D is a subset of A. E intersects B. x is an element of D."


def png_of(arr):
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, format="PNG")
    return buf.getvalue()


def test_generate_writes_the_contract(tmp_path):
    res = generate(CELL, out_dir=tmp_path, seed=3)
    assert res.verdict.passed and res.verdict.rounds == 1
    for f in ("figure.svg", "figure.png", "scene.json", "layout.json", "verdict.json",
              "control/segmentation.png", "control/edges.png", "control/classes.json"):
        assert (tmp_path / f).is_file(), f
    scene = json.loads((tmp_path / "scene.json").read_text())
    assert {e["kind"] for e in scene["entities"]} == {"cell", "nucleus", "mitochondrion"}
    assert all({"id", "kind", "name", "attributes", "span"} <= set(e) for e in scene["entities"])
    assert all({"kind", "source", "target", "span"} <= set(r) for r in scene["relations"])
    lay = json.loads((tmp_path / "layout.json").read_text())
    assert set(lay["entities"]) == {e["id"] for e in scene["entities"]}
    assert lay["entities"]["cell1"]["type"] == "Polygon"
    v = json.loads((tmp_path / "verdict.json").read_text())
    assert v["passed"] is True and v["checks"] and all(c["passed"] for c in v["checks"])
    edges = np.asarray(Image.open(tmp_path / "control/edges.png"))
    assert edges.max() == 255 and (edges > 0).mean() < 0.2
    seg = np.asarray(Image.open(tmp_path / "control/segmentation.png").convert("RGB"))
    pal = load_yaml("layout", "control_palette.yaml")["classes"]
    assert (seg == hex_rgb(pal["nucleus"]["color"])).all(axis=2).sum() > 100


def test_layout_is_right_by_shapely(tmp_path):
    from shapely.geometry import shape
    generate(CELL, out_dir=tmp_path)
    g = {k: shape(v) for k, v in json.loads((tmp_path / "layout.json").read_text())["entities"].items()}
    for i in range(1, 5):
        m = g[f"mitochondrion{i}"]
        assert g["cell1"].contains(m) and not m.intersects(g["nucleus1"])


def test_same_seed_same_bytes_and_other_seed_still_valid():
    a = generate(SETS, domain="sets", seed=1)
    b = generate(SETS, domain="sets", seed=1)
    assert a.rendering.png == b.rendering.png and a.rendering.svg == b.rendering.svg
    for name, data in a.rendering.controls:
        assert dict(b.rendering.controls)[name] == data
    c = generate(SETS, domain="sets", seed=2)
    assert c.verdict.passed


def _cell_png_and_scene():
    res = generate(CELL, controls=False)
    return np.array(Image.open(io.BytesIO(res.rendering.png)).convert("RGB")), res.scene, res.layout


def test_verifier_passes_the_untouched_image():
    img, scene, _ = _cell_png_and_scene()
    assert get_domain("cell").verify(png_of(img), scene).passed


def test_verifier_catches_an_organelle_moved_outside_its_cell():
    img, scene, layout = _cell_png_and_scene()
    x0, y0, x1, y1 = [int(round(v)) for v in layout.shape("mitochondrion2").box]
    kinds = load_yaml("layout", "cell.yaml")["kinds"]
    cell_fill = np.array(hex_rgb(kinds["cell"]["fill"]), np.uint8)
    region = img[y0 - 2:y1 + 3, x0 - 2:x1 + 3]
    is_mito = np.zeros(region.shape[:2], bool)
    for key in ("fill", "stroke"):
        is_mito |= (region == hex_rgb(kinds["mitochondrion"][key])).all(axis=2)
    patch = region.copy()
    region[is_mito] = cell_fill                                  # erase it from the cell ...
    fig_w = layout.extra("figure_width")
    dst = img[2:2 + patch.shape[0], fig_w - patch.shape[1] - 2:fig_w - 2]
    dst[is_mito] = patch[is_mito]                                # ... and draw it on the white margin
    v = get_domain("cell").verify(png_of(img), scene)
    assert not v.passed
    failed = {(c.law, c.args) for c in v.failed()}
    assert any(law == "inside" and args[0].startswith("mitochondrion") for law, args in failed)
    assert ("count_exact", ("mitochondrion",)) not in failed  # still four drawn, one in the wrong place


def test_verifier_catches_a_deleted_nucleus():
    img, scene, layout = _cell_png_and_scene()
    kinds = load_yaml("layout", "cell.yaml")["kinds"]
    for key in ("fill", "stroke"):
        img[(img == hex_rgb(kinds["nucleus"][key])).all(axis=2)] = hex_rgb(kinds["cell"]["fill"])
    v = get_domain("cell").verify(png_of(img), scene)
    assert not v.passed and any(c.law == "visible" and c.args == ("nucleus1",) for c in v.failed())


def test_verifier_catches_two_sets_made_to_overlap():
    res = generate(SETS, domain="sets", controls=False)
    img = np.array(Image.open(io.BytesIO(res.rendering.png)).convert("RGB"))
    d = get_domain("sets")
    col = d.colors(res.scene)
    # draw C's outline again on top of A (they are stated disjoint)
    ca = res.layout.shape("A").box
    from PIL import ImageDraw
    im = Image.fromarray(img)
    ImageDraw.Draw(im).ellipse([ca[0] + 10, ca[1] + 5, ca[2] + 40, ca[3] - 5], outline=col["C"], width=2)
    v = d.verify(png_of(np.asarray(im)), res.scene)
    assert not v.passed
    assert any(c.law == "outside" and set(c.args) == {"A", "C"} for c in v.failed())


def test_verify_cli_and_exit_codes(tmp_path):
    generate(CELL, out_dir=tmp_path, controls=False)
    ok = subprocess.run([sys.executable, "-m", "nesy", "verify", str(tmp_path / "figure.png"), "--scene",
                         str(tmp_path / "scene.json")], capture_output=True, text=True)
    assert ok.returncode == 0 and "passed" in ok.stdout
    blank = np.full((200, 300, 3), 255, np.uint8)
    (tmp_path / "blank.png").write_bytes(png_of(blank))
    bad = subprocess.run([sys.executable, "-m", "nesy", "verify", str(tmp_path / "blank.png"), "--scene",
                          str(tmp_path / "scene.json")], capture_output=True, text=True)
    assert bad.returncode == 5 and "failed" in bad.stdout
    (tmp_path / "junk.png").write_bytes(b"\x00\x01not an image")
    junk = subprocess.run([sys.executable, "-m", "nesy", "verify", str(tmp_path / "junk.png"), "--scene",
                           str(tmp_path / "scene.json")], capture_output=True, text=True)
    assert junk.returncode == 2 and "is not a PNG, JPEG" in junk.stderr and "Traceback" not in junk.stderr


@pytest.mark.parametrize("argv,code,msg", [
    (["generate", ""], 2, "text is empty"),
    (["generate", "a cell with a nucleus and a flux capacitor", "--strict"], 2, "'flux capacitor' at 28-42"),
    (["generate", "a cell with 10^9 mitochondria"], 2, "drawable maximum"),
    (["generate", "A is a subset of B. B is a subset of A.", "--domain", "sets"], 3, "A is a subset of B"),
    (["generate", "x", "--spec", "/nonexistent.yaml"], 2, "not found"),
    (["generate", "a cell", "--seed", "-1"], 2, "seed"),
])
def test_cli_errors_are_one_clear_line(tmp_path, argv, code, msg):
    p = subprocess.run([sys.executable, "-m", "nesy", *argv, "-o", str(tmp_path / "o")], capture_output=True,
                       text=True)
    assert p.returncode == code, p.stderr
    assert msg in p.stderr and "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1


def test_help_is_fast():
    t = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "nesy", "--help"], capture_output=True, text=True)
    assert p.returncode == 0 and "generate" in p.stdout
    assert time.perf_counter() - t < 0.5 + 0.3  # interpreter start included


def test_spec_file_round_trip_and_errors(tmp_path):
    res = generate(CELL, controls=False)
    spec = tmp_path / "scene.json"
    spec.write_text(json.dumps(res.scene.to_dict()))
    again = generate(scene=__import__("nesy").load_spec(spec), controls=False)
    assert again.rendering.png == res.rendering.png
    y = tmp_path / "s.yaml"
    y.write_text("domain: sets\nentities:\n  - {id: A, kind: set}\n  - {id: B, kind: set}\n"
                 "relations:\n  - {kind: inside, source: B, target: A}\n")
    assert generate(scene=__import__("nesy").load_spec(y), controls=False).verdict.passed
    bad = {
        "domain: sets\nentities:\n  - {id: A, kind: sett}\n": "entities/0/kind",
        "domain: sets\nentities:\n  - {id: A, kind: set}\nrelations:\n  - {kind: inside, source: A, target: Z}\n":
            "relations/0/target",
        "domain: sets\nentities: 3\n": "entities",
        "domain: [\n": "does not parse",
        "domain: sets\nentities:\n  - {id: A, kind: set, colour: red}\n": "entities/0",
    }
    for text, field in bad.items():
        y.write_text(text)
        with pytest.raises(SpecError, match=field.replace("/", "/")):
            __import__("nesy").load_spec(y)
    (tmp_path / "bin.yaml").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(SpecError, match="not UTF-8"):
        __import__("nesy").load_spec(tmp_path / "bin.yaml")


def test_huge_scene_is_refused_or_drawn_never_crashes():
    from nesy.errors import InputError
    with pytest.raises(InputError):
        generate("a cell with " + "and a ribosome " * 3000, domain="cell", controls=False)


def test_verifier_matches_lookalike_objects_by_what_the_relations_need():
    """Two unnamed cells: the image shows a valid figure whichever cell is drawn where."""
    text = "Two cells. The first has a nucleus. A vacuole is in the second cell."
    from nesy.types import Entity, Relation, SceneGraph, Span
    sc = SceneGraph("cell", "", (Entity("cell1", "cell"), Entity("cell2", "cell"), Entity("nucleus1", "nucleus"),
                                 Entity("vacuole1", "vacuole")),
                    (Relation("inside", "nucleus1", "cell1"), Relation("inside", "vacuole1", "cell2"),
                     Relation("left_of", "cell2", "cell1", Span(0, 3, "Two"))))
    res = generate(scene=sc, controls=False)
    assert res.verdict.passed
    # mirror the figure: cell2 (with the vacuole) now sits on the right, which breaks left_of
    img = np.array(Image.open(io.BytesIO(res.rendering.png)).convert("RGB"))
    fig_w = res.layout.extra("figure_width")
    img[:, :fig_w] = img[:, :fig_w][:, ::-1]
    v = get_domain("cell").verify(png_of(img), sc)
    assert not v.passed and any(c.law == "left_of" for c in v.failed())


@pytest.mark.parametrize("text,domain", [
    (SETS, "sets"),
    ("A intersects B. A and C do not overlap. B is a superset of E and F. y is an element of A and B", "sets"),
    ("Sets Mammals, Birds and Fish are disjoint. Dogs is a subset of Mammals. Cats is a subset of Mammals.", "sets"),
])
def test_labels_never_cross_an_outline_or_each_other(text, domain):
    res = generate(text, domain=domain, controls=False)
    assert res.layout.stat("label_collisions") == 0


def test_label_collision_check_sees_a_label_on_an_outline():
    from nesy.domains.regionbase import label_collisions
    from nesy.types import Label, Shape
    sh = [Shape("A", "rounded", (0, 0, 100, 60), radius=16)]
    assert label_collisions(sh, [Label("A", 20, 30)]) == 0
    assert label_collisions(sh, [Label("Alpha", 90, 30)]) == 1          # runs across the right edge
    assert label_collisions(sh, [Label("A", 20, 30), Label("B", 24, 32)]) == 1  # on top of each other


def test_every_entry_point_refuses_empty_and_huge_input(tmp_path):
    import nesy
    from nesy.errors import InputError
    for fn in (nesy.scene_graph, nesy.explain, nesy.generate):
        with pytest.raises(InputError):
            fn("")
        with pytest.raises(InputError):
            fn("cell " * 300_000)
    (tmp_path / "scene.json").write_text(json.dumps(generate(CELL, controls=False).scene.to_dict()))
    (tmp_path / "empty.png").write_bytes(b"")
    with pytest.raises(InputError, match="image is empty"):
        verify_image(tmp_path / "empty.png", tmp_path / "scene.json")
    with pytest.raises(InputError, match="existing file"):
        verify_image(tmp_path / "nope.png", tmp_path / "scene.json")
    (tmp_path / "empty.yaml").write_text("")
    with pytest.raises(SpecError, match="mapping"):
        nesy.load_spec(tmp_path / "empty.yaml")
    from nesy.spec import MAX_SPEC_BYTES
    with open(tmp_path / "huge.json", "w") as f:  # one byte past the limit, written sparsely
        f.write("[")
        f.seek(MAX_SPEC_BYTES)
        f.write("0]")
    with pytest.raises(SpecError, match="limit"):
        nesy.load_spec(tmp_path / "huge.json")
    with pytest.raises(InputError, match="names nothing"):
        generate(scene=__import__("nesy.types", fromlist=["SceneGraph"]).SceneGraph("cell"), controls=False)


def test_organelles_not_to_scale_are_drawn_at_their_own_minimum():
    res = generate("A cell with a nucleus, two mitochondria and three ribosomes", controls=False)
    w = {s.id: s.box[2] - s.box[0] for s in res.layout.shapes}
    assert w["ribosome1"] < 0.5 * w["mitochondrion1"] < w["nucleus1"]
    assert any("not to scale" in lb.text for lb in res.layout.labels)   # said in the figure, no legend


class _WrongCountFirst:
    """A renderer that draws one mitochondrion too few in its first round, then the exact figure."""

    def __init__(self):
        self.rounds = []

    def render(self, layout, scene, *, seed, attempt):
        from dataclasses import replace
        from nesy.render.svg import render_layout
        self.rounds.append(attempt)
        if attempt == 0:
            drop = next(s for s in layout.shapes if s.cls == "mitochondrion")
            layout = replace(layout, shapes=tuple(s for s in layout.shapes if s is not drop))
        return render_layout(layout, controls=False)


def test_loop_re_renders_when_the_verifier_fails():
    r = _WrongCountFirst()
    res = generate(CELL, controls=False, renderer=r)
    assert r.rounds == [0, 1]
    assert res.verdict.passed and res.verdict.rounds == 2
    assert [f for _, f in res.verdict.history][0] > 0 and res.verdict.history[-1][1] == 0


def test_a_figure_that_never_verifies_is_never_reported_as_passing(tmp_path):
    from nesy.errors import VerificationFailedError

    class Blank:
        def render(self, layout, scene, *, seed, attempt):
            from nesy.types import Rendering
            img = np.full((layout.height, layout.width, 3), 255, np.uint8)
            return Rendering("", png_of(img), layout.width, layout.height)
    with pytest.raises(VerificationFailedError) as ei:
        generate(CELL, controls=False, renderer=Blank(), rounds=2, out_dir=tmp_path)
    assert ei.value.verdict.rounds == 2 and not ei.value.verdict.passed
    assert json.loads((tmp_path / "verdict.json").read_text())["passed"] is False


def test_a_figure_too_large_to_draw_is_refused_not_a_crash(tmp_path):
    """Size laws can make a layout of tens of thousands of px a side; resvg would try to allocate it whole
    (24.9 GB for this text, before many vacuoles in one cell were allowed to be small: cell_many) and abort the
    process. nesy refuses such a figure with a clear error before drawing; this text now draws at a sane size."""
    from PIL import Image

    from nesy.cli import main
    from nesy.errors import UnsupportedError
    from nesy.render.svg import MAX_FIGURE_PIXELS, svg_to_png
    text = "A cell with 7 vacuoles, 8 ribosomes, six vesicles and a single nucleus"
    assert main(["generate", text, "-o", str(tmp_path / "o"), "--no-controls"]) == 0
    w, h = Image.open(tmp_path / "o" / "figure.png").size
    assert w * h <= MAX_FIGURE_PIXELS and max(w, h) < 5000
    with pytest.raises(UnsupportedError, match="past what nesy draws"):
        svg_to_png(f'<svg xmlns="http://www.w3.org/2000/svg" width="{MAX_FIGURE_PIXELS}" height="2"></svg>')
    assert svg_to_png('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"></svg>')[:4] == b"\x89PNG"


def test_only_before_a_place_is_never_dropped_silently():
    """'element y only in A': "only" says y is in no other set; nesy's grammar passes over it, so it is
    reported as not drawn (the figure is not called complete) instead of being ignored as filler."""
    from nesy.pipeline import parse
    sg = parse("Draw sets A and B overlapping, with element y only in A.", allow_unknown=True)
    assert [n.text for n in sg.not_drawn] == ["only"]
    assert not parse("A cell with only one nucleus").not_drawn     # "only one": a count, read


@pytest.mark.parametrize("text", [
    "Can you draw a supply and demand diagram showing the equilibrium price?",
])
def test_a_science_that_finds_nothing_of_its_own_answers_out_of_scope(text):
    """Detection picked a science whose reader then found nothing of its own to draw ("equilibrium" read as
    mechanics): the answer lists the sciences nesy draws, as for any text outside them; with --domain the
    science's own message stays."""
    from nesy.errors import NothingToDrawError, OutOfScopeError
    with pytest.raises(OutOfScopeError, match="nesy draws: astronomy"):
        parse(text)
    with pytest.raises(NothingToDrawError):
        parse("a 10 cm ruler on the table", domain="optics")
