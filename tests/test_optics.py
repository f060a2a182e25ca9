"""nesy.optics.v1: parsing, the Z3 solve under the lens/mirror equation, layout and the pixel verifier."""
from __future__ import annotations

import io

import numpy as np
import pytest

from nesy.domains import optics as OP
from nesy.errors import InputError, UnknownWordsError, UnsatisfiableError, UnsupportedError
from nesy.registry import get_domain
from nesy.render.svg import hex_rgb, render_layout
from nesy.resources import load_yaml

D = get_domain("optics")


def _png(text: str):
    scene = D.parse(text)
    layout = D.solve(scene)
    return scene, layout, render_layout(layout, controls=False).png


def _facts(text: str) -> dict[str, dict]:
    return {f["what"]: f for f in D.parse(text).attr("facts")}


# ---------------------------------------------------------------- parse

@pytest.mark.parametrize("text,kind,typ", [
    ("a converging lens with f = 10 cm", "lens", "converging"),
    ("a convex lens", "lens", "converging"),
    ("a magnifying glass", "lens", "converging"),
    ("a biconcave lens", "lens", "diverging"),
    ("a concave mirror", "mirror", "converging"),
    ("a convex mirror", "mirror", "diverging"),
    ("a thin lens with f = 10 cm", "lens", None),
    ("a spherical mirror with R = 40 cm", "mirror", None),
])
def test_parse_element(text: str, kind: str, typ: str | None) -> None:
    s = D.parse(text)
    el = s.attr("element")
    assert (el["kind"], el["type"]) == (kind, typ)
    assert text[el["span"]["start"]:el["span"]["end"]] == el["span"]["text"]


@pytest.mark.parametrize("phrase,cm", [("f = 10 cm", 10), ("focal length 100 mm", 10), ("focal length of 0.1 m", 10),
                                       ("a 10 cm focal length", 10), ("f=25mm", 2.5),
                                       ("focal length 2 centimetres", 2)])
def test_parse_focal_length_units(phrase: str, cm: float) -> None:
    text = f"a converging lens with {phrase}"
    f = _facts(text)["f"]
    assert f["value"] == pytest.approx(cm)
    assert text[f["span"]["start"]:f["span"]["end"]] == f["span"]["text"]


def test_parse_quantities_and_statements() -> None:
    fs = _facts("a 2 cm tall object 30 cm from a converging lens with f = 10 cm forming a real, inverted image "
                "15 cm behind the lens")
    assert fs["ho"]["value"] == 2 and fs["do"]["value"] == 30 and fs["di"]["value"] == 15
    assert {"real", "inverted", "side"} <= set(fs)
    assert fs["side"]["value"] == "back"
    fs = _facts("a concave mirror with radius of curvature 40 cm and an object at the centre of curvature")
    assert fs["R"]["value"] == 40 and fs["pos"]["value"] == "at_2f"
    fs = _facts("a converging lens forms an image twice as large as the object")
    assert fs["absm"]["value"] == 2
    assert _facts("a lens with f = 10 cm and magnification -2")["m"]["value"] == -2


@pytest.mark.parametrize("bad", ["", "   ", "x" * 1_000_000, "\x00\x01\x02\xff binary", b"lens"])
def test_bad_text_is_input_error(bad) -> None:
    with pytest.raises(InputError):
        D.parse(bad)


def test_unknown_words_bare_numbers_and_unsupported() -> None:
    with pytest.raises(UnknownWordsError) as ei:
        D.parse("a converging lens with a purple banana")
    assert {w for w, _, _ in ei.value.words} == {"purple", "banana"}
    with pytest.raises(InputError, match="no unit"):
        D.parse("an object 30 from a converging lens")
    with pytest.raises(InputError, match="no lens or mirror"):
        D.parse("an object 30 cm away")
    with pytest.raises(UnsupportedError):
        D.parse("a converging lens and a convex mirror")
    with pytest.raises(UnsupportedError, match="infinity"):
        D.parse("a converging lens forming an image at infinity")
    with pytest.raises(InputError, match="positive"):
        D.parse("a converging lens with an object -5 cm away")


def test_score_separates_domains() -> None:
    assert D.score("an object 30 cm from a converging lens with f = 10 cm") > 0
    assert D.score("a convex mirror") > 0
    for other in ("a cell with a nucleus and two mitochondria", "set A contains element x",
                  "rock salt NaCl viewed along [001]", "the Sun with Mercury, Venus, Earth and Mars",
                  "a triangle with a right angle", "a block on an inclined plane with friction",
                  "two resistors in parallel with a 9 V battery", "a DFA with three states"):
        assert D.score(other) == 0


# ---------------------------------------------------------------- laws (solve)

@pytest.mark.parametrize("text,di,m", [
    ("an object 30 cm from a converging lens with f = 10 cm", 15.0, -0.5),
    ("a converging lens with f = 10 cm and an object 5 cm away", -10.0, 2.0),
    ("a diverging lens with f = 20 cm and an object 30 cm away", -12.0, 0.4),
    ("a concave mirror with f = 10 cm and an object 15 cm away", 30.0, -2.0),
    ("a convex mirror with radius of curvature 40 cm and an object 30 cm away", -12.0, 0.4),
    ("a concave mirror with focal length 100 mm and an object at 2F", 20.0, -1.0),
    ("a converging lens with f = 0.2 m and an object 0.3 m away", 60.0, -2.0),
])
def test_equation_values(text: str, di: float, m: float) -> None:
    o = OP.solve_optics(D.parse(text))
    assert o.di == pytest.approx(di)
    assert o.m == pytest.approx(m)
    assert 1 / o.f == pytest.approx(1 / o.do + 1 / o.di)
    assert o.hi == pytest.approx(o.m * o.ho)


def test_unknowns_follow_from_the_statements() -> None:
    o = OP.solve_optics(D.parse("a converging lens forming a real image 30 cm behind the lens of an object 15 cm away"))
    assert o.f == pytest.approx(10.0)
    o = OP.solve_optics(D.parse("a concave mirror forming a virtual image three times as large as the object "
                                "with f = 12 cm"))
    assert o.m == pytest.approx(3.0) and o.do == pytest.approx(8.0)


@pytest.mark.parametrize("text,phrases,law", [
    ("a converging lens with f = 10 cm forming a virtual image of an object 20 cm away",
     {"converging lens", "f = 10 cm", "virtual", "20 cm away"}, "thin_lens"),
    ("a diverging lens forming a real image of a real object", {"diverging lens", "real", "real object"}, "thin_lens"),
    ("an object at the focal point of a converging lens forming an image",
     {"at the focal point", "converging lens", "image"}, "thin_lens"),
    ("a diverging lens with f = +10 cm", {"diverging lens", "f = +10 cm"}, "sign_convention"),
    ("a convex mirror forms an enlarged image", {"convex mirror", "enlarged"}, "mirror"),
    ("a converging lens with f = 10 cm and an object 30 cm away forming an image 2 cm tall, twice as large as "
     "the object", {"f = 10 cm", "30 cm away", "twice as large as the object"}, "magnification"),
])
def test_impossible_specs_name_phrases_and_law(text: str, phrases: set[str], law: str) -> None:
    with pytest.raises(UnsatisfiableError) as ei:
        D.solve(D.parse(text))
    err = ei.value
    got = {p["text"] for p in err.phrases}
    assert phrases <= got
    for p in err.phrases:
        assert text[p["start"]:p["end"]] == p["text"]
    assert any(l["law"].startswith(law) for l in err.laws)
    assert all(l["source"] for l in err.laws)


def test_object_at_focus_is_reported_as_image_at_infinity() -> None:
    with pytest.raises(UnsatisfiableError, match="infinity"):
        D.solve(D.parse("a lens with f = 10 cm and the object at the focal point"))


def test_sign_convention_is_cited() -> None:
    laws = load_yaml("solvers", "optics.yaml")["laws"]
    assert "Serway" in laws["thin_lens"]["source"] and "Hecht" in laws["mirror"]["source"]


# ---------------------------------------------------------------- render + verify

CASES = ["an object 30 cm from a converging lens with f = 10 cm",
         "a converging lens with f = 10 cm and an object 6 cm away",
         "a diverging lens of focal length 15 cm with a 3 cm tall object 20 cm away",
         "a concave mirror with f = 10 cm and an object 15 cm away",
         "a convex mirror with radius of curvature 40 cm and an object 30 cm away"]


@pytest.mark.parametrize("text", CASES)
def test_verifier_passes_untouched_figure(text: str) -> None:
    scene, layout, png = _png(text)
    v = D.verify(png, scene)
    assert v.passed, [c for c in v.failed()]
    laws = {c.law for c in v.checks}
    assert {"image_position", "image_height", "image_orientation", "image_stroke", "ray_through",
            "ray_parallel_to_axis", "focal_point"} <= laws
    o = OP.solve_optics(scene)
    if not o.real:
        assert "extension_dashed" in laws


def _edit(png: bytes, fn) -> bytes:
    from PIL import Image
    img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).copy()
    fn(img)
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="PNG")
    return buf.getvalue()


def _image_mask(img: np.ndarray) -> np.ndarray:
    return np.all(img == np.array(hex_rgb(OP._style()["image_color"]), np.uint8), axis=2)


def test_verifier_fails_moved_image() -> None:
    scene, layout, png = _png(CASES[0])

    def move(img):
        m = _image_mask(img)
        ys, xs = np.nonzero(m)
        img[ys, xs] = 255
        img[ys, xs + 25] = hex_rgb(OP._style()["image_color"])
    v = D.verify(_edit(png, move), scene)
    assert not v.passed
    assert "image_position" in {c.law for c in v.failed()}


def test_verifier_fails_flipped_image() -> None:
    scene, layout, png = _png(CASES[0])
    ya = int(layout.extra("axis_y"))

    def flip(img):
        m = _image_mask(img)
        ys, xs = np.nonzero(m)
        img[ys, xs] = 255
        img[np.clip(2 * ya - ys, 0, img.shape[0] - 1), xs] = hex_rgb(OP._style()["image_color"])
    v = D.verify(_edit(png, flip), scene)
    assert "image_orientation" in {c.law for c in v.failed()}


def test_verifier_fails_solid_virtual_image_and_bent_ray() -> None:
    scene, layout, png = _png(CASES[1])  # virtual image: dashed

    def fill(img):
        m = _image_mask(img)
        ys, xs = np.nonzero(m)
        x = int(np.median(xs))
        img[ys.min():ys.max() + 1, x - 1:x + 2] = hex_rgb(OP._style()["image_color"])
    v = D.verify(_edit(png, fill), scene)
    assert "image_stroke" in {c.law for c in v.failed()}

    def drop_ray(img):
        col = np.array(hex_rgb(OP._style()["ray_colors"]["parallel"]["out"]), np.uint8)
        m = np.all(img == col, axis=2)
        ys, xs = np.nonzero(m)
        img[ys, xs] = 255
        keep = ys < ys.min() + 30
        img[ys[keep] + 40, xs[keep]] = col  # a piece of the ray displaced: not one straight line any more
    v = D.verify(_edit(png, drop_ray), scene)
    assert not v.passed


def test_png_is_byte_identical() -> None:
    a = _png(CASES[3])[2]
    b = _png(CASES[3])[2]
    assert a == b


def test_verify_rejects_non_png() -> None:
    scene = D.parse(CASES[0])
    with pytest.raises(InputError):
        D.verify(b"not a png", scene)


def test_scene_round_trip_and_artifacts() -> None:
    from nesy.types import SceneGraph
    scene, layout, _ = _png(CASES[0])
    assert SceneGraph.from_dict(scene.to_dict()).to_dict() == scene.to_dict()
    assert b"di_cm" in D.artifacts(layout, scene)["optics.json"]


@pytest.mark.parametrize("text, kind, name", [
    ("a lens with f = -10 cm and the object at the focal point", "lens", "diverging"),
    ("a lens with a focal length of +15 cm and an object 40 cm away", "lens", "converging"),
    ("a mirror with R = 40 cm and an object 10 cm away", "mirror", "converging"),
    ("a concave lens with f = 20 cm and an object 30 cm in front of it", "lens", "diverging"),
    ("a lens with f = 10 cm and f = -15 cm", "lens", "lens"),
])
def test_element_named_by_sign_of_f_when_type_unstated(text, kind, name):
    # regression: "a lens with f = -10 cm" is a diverging lens (the solver reads the sign so), not a bare "lens"
    el = next(e for e in get_domain("optics").parse(text).entities if e.id == "element")
    assert (el.kind, el.name) == (kind, name)


# ---------------------------------------------------------------- numbers written as words

def _no_spans(x):
    """A scene's data with every span (text and offsets) left out: digit and word versions differ only there."""
    if isinstance(x, dict):
        if {"start", "end", "text"} <= set(x):
            return None
        return {k: _no_spans(v) for k, v in x.items() if k not in ("span", "spans")}
    if isinstance(x, (list, tuple)):
        return [_no_spans(v) for v in x]
    return x


def test_quantities_in_number_words() -> None:
    words = "a converging lens with focal length ten cm and an object twenty cm in front of it"
    digits = "a converging lens with focal length 10 cm and an object 20 cm in front of it"
    fs = _facts(words)
    assert fs["f"]["value"] == pytest.approx(10) and fs["do"]["value"] == pytest.approx(20)
    sp = fs["do"]["span"]
    assert words[sp["start"]:sp["end"]] == sp["text"] == "twenty cm"
    sp = fs["f"]["span"]
    assert words[sp["start"]:sp["end"]] == sp["text"] == "focal length ten cm"
    a, b = D.parse(words), D.parse(digits)
    for key in ("entities", "relations"):
        assert _no_spans(_plain(getattr(a, key))) == _no_spans(_plain(getattr(b, key)))
    keys = [k for k, _ in a.attributes]
    assert keys == [k for k, _ in b.attributes]
    for k in keys:
        assert _no_spans(_plain(a.attr(k))) == _no_spans(_plain(b.attr(k))), k
    scene, layout, png = _png(words)
    assert D.verify(png, scene).passed
    o = OP.solve_optics(scene)
    assert o.di == pytest.approx(20.0) and o.m == pytest.approx(-1.0)
    assert _facts("a 3 cm tall object twenty-five cm away from a diverging lens of focal length 15 cm")["do"]["value"] \
        == pytest.approx(25)


def _plain(x):
    import dataclasses
    if dataclasses.is_dataclass(x):
        return {f.name: _plain(getattr(x, f.name)) for f in dataclasses.fields(x)}
    if isinstance(x, dict):
        return {k: _plain(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_plain(v) for v in x]
    return x


# ---------------------------------------------------------------- phrasing (issue 9)

def test_inches_and_a_hyphenated_height() -> None:
    f = _facts("Show a converging lens of focal length 4 inches with an object 12 inches in front of it.")
    assert f["f"]["value"] == pytest.approx(10.16) and f["do"]["value"] == pytest.approx(30.48)
    f = _facts("A diverging lens has a focal length of -10 cm. A 3-cm object is placed 25 cm from the lens.")
    assert f["ho"]["value"] == pytest.approx(3.0) and f["do"]["value"] == pytest.approx(25.0)


def test_between_the_focal_point_and_the_element_in_either_order() -> None:
    for text in ("an object placed between the focal point and a concave mirror of focal length 12 cm",
                 "a convex lens with f = 10 cm and an object between the lens and its focal point"):
        assert _facts(text)["pos"]["value"] == "inside_f"


def test_optical_power_in_dioptres() -> None:
    assert _facts("a +5 D lens with an object 30 cm away")["f"]["value"] == pytest.approx(20.0)
    assert _facts("a diverging lens of power -2.5 dioptres and an object 60 cm from it")["f"]["value"] == \
        pytest.approx(-40.0)
