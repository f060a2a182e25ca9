"""nesy.microscopy.v1: parsing, the fitted sizes, proven impossibility, tangency and separation on
shapely geometry, the pixel verifier on the exact render, on perturbed renders and on real nuclei."""
from __future__ import annotations

import io
import itertools
import math

import numpy as np
import pytest
from PIL import Image

from nesy.domains import microscopy as MI
from nesy.errors import InputError, SolverTimeoutError, UnknownWordsError, UnsatisfiableError, UnsupportedError
from nesy.micro.masks import label_image
from nesy.micro.segment import match, segment
from nesy.registry import detect_domain, get_domain
from nesy.render.svg import render_layout
from nesy.resources import load_yaml

D = get_domain("microscopy")
EXAMPLE = ("a fluorescence micrograph of 25 nuclei, three of them touching, the rest well separated, "
           "one large binucleate cell in the centre")


@pytest.fixture(scope="module")
def example():
    scene = D.parse(EXAMPLE)
    layout = D.solve(scene, seed=0)
    png = D.render(layout, scene, controls=False).png  # the painted micrograph nesy writes as figure.png
    return scene, layout, png


def _gray(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("L"))


def _png(gray: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(np.clip(gray, 0, 255).astype(np.uint8)).save(buf, format="PNG")
    return buf.getvalue()


def _poly(e: dict, k: int = 256):
    from shapely import affinity
    from shapely.geometry import Point
    c = affinity.scale(Point(0, 0).buffer(1.0, quad_segs=k // 4), e["a"], e["b"])
    return affinity.translate(affinity.rotate(c, e["theta"]), e["cx"], e["cy"])


# ---------------------------------------------------------------- parse

def test_parse_the_example_sentence() -> None:
    s = D.parse(EXAMPLE)
    kinds = [e.kind for e in s.entities]
    assert s.domain == "microscopy" and kinds.count("nucleus") == 25 and kinds.count("cell") == 1
    # the binucleate cell's two nuclei count towards the 25
    inside = [r for r in s.relations if r.kind == "inside"]
    touching = [r for r in s.relations if r.kind == "touching"]
    at = [r for r in s.relations if r.kind == "at"]
    assert len(inside) == 2 and {r.target for r in inside} == {"cell1"}
    assert len(touching) == 2 and touching[0].span.text == "three of them touching"
    assert len(at) == 1 and at[0].source == "cell1" and s.entity(at[0].target).name == "centre"
    assert at[0].span.text == "in the centre"
    assert s.attr("separated")["text"] == "the rest well separated"
    assert s.attr("modality") == "fluorescence" and s.attr("class") == 0
    assert s.entity("cell1").attr("size") == "large" and s.entity("cell1").attr("nuclei") == 2
    for e in s.entities:
        assert e.span is not None and EXAMPLE[e.span.start:e.span.end] == e.span.text
    for r in s.relations:
        assert EXAMPLE[r.span.start:r.span.end] == r.span.text
    assert SceneRoundTrip(s)


def SceneRoundTrip(s) -> bool:
    from nesy.types import SceneGraph
    return SceneGraph.from_dict(s.to_dict()) == s


@pytest.mark.parametrize("text,nuclei,clusters", [
    ("a micrograph of twenty-five nuclei", 25, []),
    ("a micrograph of a dozen nuclei", 12, []),
    ("a micrograph of one hundred nuclei", 100, []),
    ("a fluorescence micrograph of 5 touching nuclei", 5, [5]),
    ("a micrograph with a cluster of 3 touching nuclei and 12 other nuclei", 15, [3]),
    ("a micrograph of 20 nuclei, two pairs of touching nuclei", 20, [2, 2]),
    ("a micrograph of 30 nuclei, 2 clusters of 3 touching nuclei", 30, [3, 3]),
    ("a micrograph of 12 nuclei, four of them touching each other", 12, [4]),
    ("two pairs of touching nuclei and 10 other nuclei in a fluorescence micrograph", 14, [2, 2]),
    ("a fluorescence micrograph of a binucleate cell and 10 other nuclei", 12, []),
    ("a micrograph of 30 nuclei, two binucleate cells", 30, []),
    ("a micrograph of a large nucleus in the centre and 12 small nuclei", 13, []),
])
def test_counts(text: str, nuclei: int, clusters: list[int]) -> None:
    s = D.parse(text)
    assert sum(1 for e in s.entities if e.kind == "nucleus") == nuclei
    sizes: dict[str, int] = {}
    for e in s.entities:
        if e.kind == "nucleus" and e.attr("cluster"):
            sizes[e.attr("cluster")] = sizes.get(e.attr("cluster"), 0) + 1
    assert sorted(sizes.values()) == clusters


def test_default_count_is_the_fitted_density() -> None:
    s = D.parse("a fluorescence micrograph of nuclei")
    dens = float(load_yaml("solvers", "microscopy_fitted.yaml")["nuclei"]["density_per_256px2"]["value"])
    assert sum(1 for e in s.entities if e.kind == "nucleus") == round(dens)


def test_attributes_modality_field_and_no_touching() -> None:
    s = D.parse("an IHC micrograph of 10 large elongated nuclei, no two touching, in a 512 × 384 field")
    nuc = [e for e in s.entities if e.kind == "nucleus"]
    assert all(e.attr("size") == "large" and e.attr("shape") == "elongated" for e in nuc)
    assert s.attr("modality") == "ihc" and s.attr("class") == 1
    assert (s.attr("field")["width"], s.attr("field")["height"]) == (512, 384)
    assert s.attr("no_touching")["text"] == "no two touching"
    s2 = D.parse("a micrograph of 20 nuclei, five of them small and round")
    small = [e for e in s2.entities if e.kind == "nucleus" and e.attr("size") == "small"]
    assert len(small) == 5 and all(e.attr("shape") == "round" for e in small)
    assert D.parse("a hematoxylin stained field of 15 nuclei").attr("class") == 1


def test_unknown_words_are_reported_with_positions() -> None:
    text = "a fluorescence micrograph of 25 nuclei beside a flux capacitor"
    with pytest.raises(UnknownWordsError) as ei:
        D.parse(text)
    words = {w: (s, e) for w, s, e in ei.value.words}
    assert words["flux"] == (text.index("flux"), text.index("flux") + 4)
    assert "capacitor" in words and "beside" in words
    s = D.parse(text, allow_unknown=True)
    assert [u.text for u in s.unknown] == ["beside", "flux", "capacitor"]


@pytest.mark.parametrize("text,err,match_", [
    ("", InputError, "empty"),
    ("a micrograph of 25, well separated", InputError, "counts nothing"),
    ("a micrograph of 10 nuclei in a 20 × 20 field", InputError, "field"),
    ("a micrograph of 3000 nuclei", UnsupportedError, "at most"),
    ("a micrograph, three of them touching", InputError, "of which nuclei"),
    ("a micrograph of 0 nuclei", InputError, "no nuclei"),
    ("x" * 20_001, InputError, "limit"),
])
def test_bad_input(text: str, err: type, match_: str) -> None:
    with pytest.raises(err, match=match_):
        D.parse(text)


def test_detection_keeps_cell_biology_apart() -> None:
    assert detect_domain(EXAMPLE).key == "microscopy"
    for t in ("a micrograph of 40 nuclei", "nuclei touching each other, well separated from the rest",
              "a DAPI stained field of 40 nuclei", "a binucleate cell"):
        assert detect_domain(t).key == "microscopy", t
    for t in ("a cell with a nucleus and 4 mitochondria", "A cell with a nucleus and 40 mitochondria",
              "an electron micrograph of a cell with a nucleus and four mitochondria"):
        assert detect_domain(t).key == "cell", t


# ---------------------------------------------------------------- solve

def test_sizes_follow_the_fitted_distribution(example) -> None:
    scene, layout, _ = example
    f = load_yaml("solvers", "microscopy_fitted.yaml")["nuclei"]
    lo, _, hi = f["diameter_px"]["p2_5_p50_p97_5"]
    qlo, _, qhi = f["axis_ratio"]["p2_5_p50_p97_5"]
    nuc = [e for e in layout.extra("ellipses") if e["kind"] == "nucleus"]
    assert len(nuc) == 25
    for e in nuc:
        d = 2 * math.sqrt(e["a"] * e["b"])
        assert lo - 1e-6 <= d <= hi + 1e-6 and e["a"] >= e["b"] and qlo - 1e-6 <= e["b"] / e["a"] <= qhi + 1e-6
    # "large" draws from the upper part, "small" from the lower part of the same distribution
    for word in ("large", "small"):
        L = D.solve(D.parse(f"a micrograph of 12 {word} nuclei"), seed=1)
        w0, w1 = MI.size_window(word)[:2]
        ds = [2 * math.sqrt(e["a"] * e["b"]) for e in L.extra("ellipses")]
        assert all(w0 - 1e-6 <= d <= w1 + 1e-6 for d in ds)
    assert MI.size_window("small")[1] < MI.size_window("large")[0]


@pytest.mark.parametrize("text,seed", [
    (EXAMPLE, 0), (EXAMPLE, 3),
    ("a micrograph of 40 nuclei, two pairs of touching nuclei, a cell with 3 nuclei, the rest well separated", 1),
    ("a micrograph of 20 nuclei, 4 touching elongated nuclei", 2),
    ("a fluorescence micrograph of 100 nuclei", 0),
])
def test_layout_laws_hold_on_shapely_geometry(text: str, seed: int) -> None:
    from shapely.geometry import box
    s = D.parse(text)
    L = D.solve(s, seed=seed)
    E = {e["id"]: e for e in L.extra("ellipses")}
    P = {k: _poly(v) for k, v in E.items()}
    g0, gs = MI.gaps()
    well = set(L.extra("well_separated"))
    touch = {frozenset((r.source, r.target)) for r in s.relations if r.kind == "touching"}
    cell_of = {r.source: r.target for r in s.relations if r.kind == "inside"}
    clus = {e.id: e.attr("cluster") for e in s.entities if e.kind == "nucleus"}
    nuc = [k for k in E if E[k]["kind"] == "nucleus"]
    assert len(nuc) == sum(1 for e in s.entities if e.kind == "nucleus")
    for a, b in itertools.combinations(nuc, 2):
        d = P[a].distance(P[b])
        if frozenset((a, b)) in touch:          # tangent: touching, not overlapping
            assert d < 0.05 and P[a].intersection(P[b]).area < 0.5, (a, b, d)
        elif not (clus[a] and clus[a] == clus[b]):
            same_cell = cell_of.get(a) is not None and cell_of.get(a) == cell_of.get(b)
            need = gs if (a in well or b in well) and not same_cell else g0
            assert d >= need - 0.05, (a, b, d, need)
    field = box(0, 0, L.width, L.height)
    for k, p in P.items():
        assert field.contains(p)
    for n, c in cell_of.items():
        assert P[c].contains(P[n])
    for c in (k for k in E if E[k]["kind"] == "cell"):
        for k in nuc:
            if cell_of.get(k) != c:
                assert P[c].distance(P[k]) >= g0 - 0.05


def test_positions_and_determinism(example) -> None:
    scene, layout, _ = example
    cell = next(e for e in layout.extra("ellipses") if e["kind"] == "cell")
    x0, x1, y0, y1 = MI._region_box("centre", 256, 256)
    assert x0 <= cell["cx"] <= x1 and y0 <= cell["cy"] <= y1
    again = D.solve(scene, seed=0)
    assert again.extra("ellipses") == layout.extra("ellipses")
    other = D.solve(scene, seed=0, attempt=1)
    assert other.extra("ellipses") != layout.extra("ellipses")
    assert D.solve(scene, seed=5).extra("ellipses") != layout.extra("ellipses")


def test_performance_25_and_100_nuclei() -> None:
    import time
    for n, limit in ((25, 0.5), (100, 3.0)):
        s = D.parse(f"a fluorescence micrograph of {n} nuclei, the rest well separated, two of them touching"
                    if n == 25 else f"a fluorescence micrograph of {n} nuclei")
        D.solve(s, seed=0)
        t = time.perf_counter()
        D.solve(s, seed=1)
        assert time.perf_counter() - t < limit


# ---------------------------------------------------------------- impossible: proven, in the user's words

@pytest.mark.parametrize("text,phrases,law", [
    ("a fluorescence micrograph of 200 nuclei, well separated", ["200 nuclei", "well separated"], "area_bound"),
    ("a fluorescence micrograph of 400 nuclei", ["400 nuclei"], "area_bound"),
    ("a micrograph of a binucleate cell with 3 nuclei", ["binucleate", "with 3 nuclei"], "multinucleate"),
    ("2 nuclei, three of them touching, in a micrograph", ["2 nuclei", "three of them touching"],
     "drawn_from_total"),
    ("a micrograph of 25 nuclei, no two touching, three of them touching",
     ["no two touching", "three of them touching"], "no_touching"),
    ("a micrograph of a cluster of 1 touching nucleus", ["a cluster of 1 touching nucleus"], "cluster_min"),
    ("a micrograph of 100 nuclei in the top left corner", ["100 nuclei", "in the top left corner"],
     "region_area_bound"),
    ("a micrograph of 100 nuclei in a 128 × 128 field", ["100 nuclei", "128 × 128"], "area_bound"),
])
def test_impossible_texts_name_their_phrases(text: str, phrases: list[str], law: str) -> None:
    with pytest.raises(UnsatisfiableError) as ei:
        D.solve(D.parse(text))
    e = ei.value
    got = [p["text"] for p in e.phrases]
    assert got == phrases, got
    assert any(x["law"].startswith(law + ":") for x in e.laws), e.laws
    assert all(x["source"] for x in e.laws)
    assert e.fix and all(text[p["start"]:p["end"]] == p["text"] for p in e.phrases + e.fix)


def test_placement_failure_is_not_called_impossible() -> None:
    # the area laws hold (20 small round nuclei could pack the corner), the sampler finds no room: exit 4
    with pytest.raises(SolverTimeoutError, match="not proven impossible"):
        D.solve(D.parse("a micrograph of 20 nuclei in the top left corner"), timeout_s=5.0)


def test_law_table_has_doc_source_units() -> None:
    laws = load_yaml("solvers", "microscopy.yaml")["laws"]
    for k, v in laws.items():
        assert v.get("doc") and v.get("source") and v.get("units"), k
    assert "Caicedo" in load_yaml("solvers", "microscopy_fitted.yaml")["nuclei"]["source"]


# ---------------------------------------------------------------- verify: exact render, perturbations, robustness

def test_exact_render_passes_with_and_without_layout(example) -> None:
    scene, layout, png = example
    # the exact outlines (control maps, figure.svg's hidden layer) are flat; the figure is a painted micrograph
    flat = _gray(render_layout(layout, controls=False).png)
    assert set(np.unique(flat)) == {0, MI.nucleus_grey(), int(load_yaml("layout", "microscopy.yaml")["cell_grey"])}
    assert len(np.unique(_gray(png))) > 50
    v = D.verify(png, scene, layout=layout)
    assert v.passed, [c for c in v.failed()]
    laws = {c.law for c in v.checks}
    assert {"nucleus_count", "nucleus_at", "nucleus_size", "touching", "well_separated", "inside_cell",
            "at_centre"} <= laws
    v2 = D.verify(png, scene)
    assert v2.passed, v2.failed()
    assert {"nucleus_count", "touching_clusters", "cells", "well_separated", "at_centre"} <= {c.law for c in v2.checks}


def _masks(layout):
    lab, ids = label_image(layout)
    return lab, ids


def _free_nucleus(scene, layout):
    """A nucleus in no cluster and no cell."""
    return next(e.id for e in scene.entities if e.kind == "nucleus" and not e.attr("cluster") and not e.attr("cell"))


def test_deleting_a_nucleus_fails(example) -> None:
    from scipy import ndimage as ndi
    scene, layout, png = example
    g = _gray(png).copy()
    lab, ids = _masks(layout)
    k = ids.index(_free_nucleus(scene, layout)) + 1
    g[ndi.binary_dilation(lab == k, iterations=2)] = 0
    bad = _png(g)
    assert not D.verify(bad, scene, layout=layout).passed
    assert not D.verify(bad, scene).passed


def test_moving_a_nucleus_beyond_tolerance_fails(example) -> None:
    from scipy import ndimage as ndi
    scene, layout, png = example
    g = _gray(png).copy()
    lab, ids = _masks(layout)
    tol = float(load_yaml("solvers", "microscopy.yaml")["tolerances"]["position_px"])
    for eid in (e.id for e in scene.entities if e.kind == "nucleus" and not e.attr("cluster") and not e.attr("cell")):
        m = lab == ids.index(eid) + 1
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            s = int(2.5 * tol)
            moved = np.roll(np.roll(m, s * dy, axis=0), s * dx, axis=1)
            zone = ndi.binary_dilation(moved, iterations=8)
            if (lab[zone & ~m] == 0).all() and not moved[0].any() and not moved[-1].any() \
                    and not moved[:, 0].any() and not moved[:, -1].any():
                g[m] = 0
                g[moved] = MI.nucleus_grey()
                v = D.verify(_png(g), scene, layout=layout)
                assert not v.passed
                assert any(c.law == "nucleus_at" and c.args == (eid,) for c in v.failed())
                return
    pytest.skip("no free room to move a nucleus in this layout")


def _merge(g: np.ndarray, lab: np.ndarray, a: int, b: int) -> np.ndarray:
    from skimage.morphology import convex_hull_image
    hull = convex_hull_image((lab == a) | (lab == b))
    out = g.copy()
    out[hull] = MI.nucleus_grey()
    return out


def test_merging_a_touching_pair_fails(example) -> None:
    scene, layout, png = example
    lab, ids = _masks(layout)
    r = next(r for r in scene.relations if r.kind == "touching")
    bad = _png(_merge(_gray(png), lab, ids.index(r.source) + 1, ids.index(r.target) + 1))
    assert not D.verify(bad, scene, layout=layout).passed
    assert not D.verify(bad, scene).passed


def test_merging_a_separated_pair_fails(example) -> None:
    scene, layout, png = example
    lab, ids = _masks(layout)
    E = {e["id"]: e for e in layout.extra("ellipses")}
    free = [e.id for e in scene.entities if e.kind == "nucleus" and not e.attr("cluster") and not e.attr("cell")]
    a, b = min(itertools.combinations(free, 2),
               key=lambda p: math.hypot(E[p[0]]["cx"] - E[p[1]]["cx"], E[p[0]]["cy"] - E[p[1]]["cy"]))
    bad = _png(_merge(_gray(png), lab, ids.index(a) + 1, ids.index(b) + 1))
    assert not D.verify(bad, scene, layout=layout).passed
    assert not D.verify(bad, scene).passed


@pytest.mark.parametrize("kind", ["noise", "blur", "intensity", "all"])
def test_verifier_is_robust_to_realistic_degradation(example, kind: str) -> None:
    from skimage.filters import gaussian
    scene, layout, png = example
    rng = np.random.default_rng(7)
    f = _gray(png).astype(float)
    lab, _ = _masks(layout)
    if kind in ("blur", "all"):
        f = gaussian(f, 1.0, preserve_range=True)
    # the figure is already a micrograph with the real camera noise, texture and contrast (nesy.micro.paint):
    # on top of it, what another real acquisition of the same field may add
    if kind in ("intensity", "all"):       # nuclei 85-100 % bright, a background ramp
        sc = np.r_[1.0, rng.uniform(0.85, 1.0, lab.max())]
        f = np.where(lab > 0, f * sc[lab], f) + 10.0 * np.arange(f.shape[1])[None, :] / f.shape[1]
    if kind in ("noise", "all"):          # σ = 5 % of the 8-bit range (alone) or of the image's range
        f = f + rng.normal(0.0, 12.75 if kind == "noise" else 0.05 * (f.max() - f.min()), f.shape)
    v = D.verify(_png(f), scene, layout=layout)
    assert v.passed, v.failed()


def test_match_is_hungarian_on_centroids(example) -> None:
    scene, layout, png = example
    from nesy.domains.microscopy_marks import blank
    labels = segment(blank(_gray(png), layout.extra("marks"))[0])     # as the verifier reads it: marks blanked
    m = match(labels, layout)
    assert len(m) == 25 and len({lab for _, lab, _ in m}) == 25 and max(d for _, _, d in m) < 1.0
    empty = match(np.zeros_like(labels), layout)
    assert all(lab == 0 and d == math.inf for _, lab, d in empty)
    assert segment(np.zeros((64, 64), np.uint8)).max() == 0


def test_real_held_out_nuclei_are_found() -> None:
    """The verifier's segmentation on the real DSB-2018 held-out region against its ground truth."""
    pytest.importorskip("stardist")
    from scipy.optimize import linear_sum_assignment
    from nesy.micro.data import load_source, to_uint8
    from skimage.segmentation import relabel_sequential
    src = load_source("nuclei")
    gt, seg = relabel_sequential(src.held_out_labels())[0], segment(to_uint8(src.held_out_image()))
    ct = np.zeros((gt.max() + 1, seg.max() + 1))
    np.add.at(ct, (gt.ravel(), seg.ravel()), 1)
    iou = (ct / (ct.sum(1)[:, None] + ct.sum(0)[None, :] - ct + 1e-9))[1:, 1:]
    r, c = linear_sum_assignment(-iou)
    tp = int((iou[r, c] >= 0.5).sum())
    f1 = 2 * tp / (iou.shape[0] + iou.shape[1])
    assert f1 >= 0.85, f1


# ---------------------------------------------------------------- pipeline and CLI

def test_cli_generate_the_example(tmp_path) -> None:
    import json
    from nesy.cli import main
    rc = main(["generate", EXAMPLE, "-o", str(tmp_path), "--no-controls"])
    assert rc == 0
    v = json.loads((tmp_path / "verdict.json").read_text())
    assert v["passed"]
    meta = json.loads((tmp_path / "ellipses.json").read_text())
    assert meta["class"] == 0 and [e["kind"] for e in meta["ellipses"]][0] == "cell"
    assert {"id", "kind", "cx", "cy", "a", "b", "theta"} <= set(meta["ellipses"][0])
    lab = np.asarray(Image.open(tmp_path / "labels.png"))
    assert lab.max() == 25


# ---------------------------------------------------------------- phrasing (issue 9)

@pytest.mark.parametrize("text,n,touching,clusters", [
    ("a micrograph of twenty-five nuclei, 2 pairs of them touching", 25, 2, 2),
    ("A field of view showing 18 nuclei arranged in three clusters of 6.", 18, 15, 3),
    ("Illustrate a fluorescence micrograph: 6 nuclei in the right half, all touching.", 6, 5, 1),
    ("a hematoxylin-stained field with 14 nuclei; a clump of 3 of them touch and the rest are isolated", 14, 2, 1),
    ("Draw a micrograph of 7 nuclei at 40x magnification.", 7, 0, 0),
])
def test_clusters_with_the_noun_left_out_and_all_touching(text, n, touching, clusters) -> None:
    s = MI.parse_microscopy(text)
    assert sum(1 for e in s.entities if e.kind == "nucleus") == n
    assert sum(1 for r in s.relations if r.kind == "touching") == touching
    assert len({dict(e.attributes).get("cluster") for e in s.entities
                if e.kind == "nucleus" and dict(e.attributes).get("cluster")}) == clusters


def test_h_and_e_is_the_hematoxylin_class() -> None:
    assert detect_domain("Make an H&E image of 10 nuclei").key == "microscopy"
    assert MI.parse_microscopy("Make an H&E image of 10 nuclei").attr("modality") == "ihc"


# ---------------------------------------------------------------- realism: is it a micrograph at all?

def _stats_fail(v) -> set:
    return {c.law for c in v.failed() if c.law.startswith("micrograph_")}


def test_a_bare_mask_or_a_washed_out_copy_is_not_a_micrograph(example) -> None:
    scene, layout, png = example
    mask = render_layout(layout, controls=False).png  # exact shapes, flat grey: what a mask generator gives
    v = D.verify(mask, scene, layout=layout)
    assert not v.passed and _stats_fail(v) == {"micrograph_noise", "micrograph_texture"}
    washed = _png(128 + 0.25 * _gray(png).astype(float))  # background lifted, contrast cut to a quarter
    v = D.verify(washed, scene, layout=layout)
    assert not v.passed and {"micrograph_background", "micrograph_contrast"} <= _stats_fail(v)


@pytest.mark.parametrize("how", ["blur", "jpeg", "half"])
def test_a_degraded_copy_of_the_micrograph_is_still_one(example, how) -> None:
    from nesy.see.degrade import degrade
    scene, layout, png = example
    st = {"blur": "blur1", "jpeg": "jpeg75", "half": "resize0.5"}[how]
    v = D.verify(degrade(png, st), scene)
    assert not _stats_fail(v), [c for c in v.checks if c.law.startswith("micrograph_")]


def test_the_real_held_out_micrograph_is_one() -> None:
    pytest.importorskip("stardist")
    from nesy.micro.data import load_source, to_uint8
    from nesy.micro.realism import allowed, image_stats
    from nesy.domains.microscopy import fitted
    g = to_uint8(load_source("nuclei").held_out_image())
    st, rng = image_stats(g, segment(g)), allowed(fitted()["realism"], load_yaml("solvers", "microscopy.yaml")["realism"])
    assert all(rng[k][0] <= st[k] <= rng[k][1] for k in st), (st, rng)


def test_the_painted_micrograph_is_deterministic(example) -> None:
    scene, layout, png = example
    assert D.render(layout, scene, controls=False).png == png


@pytest.mark.parametrize("text,n", [
    ("A fluorescence micrograph of 5 cell nuclei, well separated.", 5),      # drew 5 cells and 34 more nuclei
    ("A micrograph of DAPI-stained nuclei, twenty of them, two touching.", 20),  # drew the fitted 34
])
def test_a_count_the_text_states_is_never_replaced_by_the_density(text, n):
    s = D.parse(text, allow_unknown=True)
    assert sum(e.kind == "nucleus" for e in s.entities) == n and not any(e.kind == "cell" for e in s.entities)
