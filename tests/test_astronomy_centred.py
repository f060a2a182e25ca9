"""Planet-centred systems (nesy/domains/astronomy_centred*.py): a planet with its moons or satellites when the
text names no star — drawn with the planet at the centre, never with an added Sun — with the moons' distances
from the JPL table or the text, and checked from the pixels."""
from __future__ import annotations

import io
import json

import numpy as np
import pytest

from nesy.domains.astronomy import AstronomyDomain
from nesy.errors import InputError, UnsatisfiableError
from nesy.render.svg import render_layout

D = AstronomyDomain()
AU = 149597870.7


def _moons(s):
    return {e.id: dict(e.attributes)["parent"] for e in s.entities if e.kind == "moon"}


def _a_km(s):
    from nesy.domains.astronomy_centred import solve_centred
    sol = solve_centred(s)
    return dict(zip(sol.ids, sol.a_km))


@pytest.mark.parametrize("text,planet,moons", [
    ("Show the Moon orbiting Earth.", "earth", ["moon"]),
    ("Earth and its moon", "earth", ["moon"]),
    ("Neptune and Triton", "neptune", ["triton"]),
    ("Pluto with its moon Charon", "pluto", ["charon"]),
    ("Saturn has a moon called Titan", "saturn", ["titan"]),
    ("Titan, Saturn's largest moon", "saturn", ["titan"]),
    ("Mars and its moons", "mars", ["deimos", "phobos"]),
    ("Uranus with its five major moons", "uranus", ["ariel", "miranda", "oberon", "titania", "umbriel"]),
    ("the planet Jupiter and its Galilean satellites", "jupiter", ["callisto", "europa", "ganymede", "io"]),
    ("Draw the Earth-Moon system", "earth", ["moon"]),
    ("Moon orbiting Earth", "earth", ["moon"]),
    ("Mars with two moons", "mars", ["deimos", "phobos"]),          # Mars has two: they are these
    ("the two moons of Mars", "mars", ["deimos", "phobos"]),
    ("Pluto and its five moons", "pluto", ["charon", "hydra", "kerberos", "nix", "styx"]),
])
def test_a_planet_with_moons_and_no_star_is_centred_on_the_planet(text, planet, moons):
    s = D.parse(text)
    assert [e.kind for e in s.entities].count("star") == 0 and s.attr("centre") == planet
    assert [e.id for e in s.entities if e.kind == "planet"] == [planet]     # "the planet Jupiter" is one body
    assert sorted(_moons(s)) == moons and set(_moons(s).values()) == {planet}


def test_the_moons_sit_at_their_jpl_distances_in_order():
    s = D.parse("Jupiter's moons from innermost to outermost: Io, Europa and Ganymede")
    a = _a_km(s)
    assert a == {"io": 421800.0, "europa": 671100.0, "ganymede": 1070400.0}
    assert [(r.source, r.target) for r in s.relations if r.kind == "closer"] == [("io", "europa"), ("europa", "ganymede")]


@pytest.mark.parametrize("text,phrase", [
    ("Jupiter's moons from innermost to outermost: Europa, Io", "from innermost to outermost: Europa, Io"),
    ("Deimos orbits closer to Mars than Phobos", "Deimos orbits closer to Mars than Phobos"),
    ("Saturn and its moons Titan and Rhea in that order outward", "Titan and Rhea in that order outward"),
])
def test_an_order_against_the_table_is_impossible_naming_it(text, phrase):
    with pytest.raises(UnsatisfiableError) as e:
        D.solve(D.parse(text))
    assert any(phrase in p["text"] or p["text"] in phrase for p in e.value.phrases), e.value.phrases


@pytest.mark.parametrize("text,want", [
    ("a satellite orbiting Earth at 400 km altitude", {"satellite": 6378.1 + 400}),
    ("A satellite 300 km above the Earth's surface", {"satellite": 6378.1 + 300}),
    ("a geostationary satellite", {"satellite": 42164.2}),
    ("Earth with two satellites at 500 km and 20 200 km altitude", {"satellite1": 6878.1, "satellite2": 26578.1}),
    ("A moon orbits a planet at 250 000 km.", {"moon1": 250000.0}),
    ("Imagine a planet with three moons at 100 000, 200 000 and 400 000 km",
     {"moon1": 1e5, "moon2": 2e5, "moon3": 4e5}),
    ("The Moon orbits the Earth at 384,400 km", {"moon": 384400.0}),
    ("Titan at 1.3 million km from Saturn", {"titan": 1.3e6}),        # the text's value wins over the table
    ("The moon takes 27.3 days to orbit the Earth", {"moon": 383000.0}),  # Kepler III with Earth's GM
    ("the ISS orbits 420 km above Earth", {"iss": 6378.1 + 420}),            # the text's altitude, not ≈400 km
    ("Show the International Space Station orbiting Earth at about 400 km.", {"iss": 6378.1 + 400}),  # < R: height
    ("the Moon orbits Earth once every 27.3 days at a distance of 384,400 km", {"moon": 384400.0}),
    ("A communications satellite in geostationary orbit, 35,786 km above the equator", {"satellite": 42164.2}),
])
def test_given_distances_altitudes_and_stationary_orbits(text, want):
    s = D.parse(text)
    assert s.attr("star") is None
    a = _a_km(s)
    for k, v in want.items():
        assert a[k] == pytest.approx(v, rel=2e-3), (k, a)


@pytest.mark.parametrize("text,phrase", [
    ("Phobos orbits farther from Mars than Deimos. Phobos is at 9,376 km and Deimos at 23,458 km.", "farther"),
    ("a satellite 3000 km from the centre of the Earth", "3000 km"),
    ("a geostationary satellite at 500 km altitude", "500 km altitude"),
    ("the Moon orbits Earth at 200,000 km once every 27.3 days", "27.3 days"),     # Kepler's third law
])
def test_conflicting_stated_facts_are_impossible(text, phrase):
    with pytest.raises(UnsatisfiableError) as e:
        D.solve(D.parse(text, allow_unknown=True))
    assert any(phrase in p["text"] for p in e.value.phrases)


@pytest.mark.parametrize("text,phrase", [
    ("Jupiter and its moons", "its moons"),
    ("Saturn with all of its moons", "its moons"),
    ("a planet and its moons", "its moons"),
])
def test_unlisted_moons_that_cannot_be_known_are_refused_naming_the_phrase(text, phrase):
    with pytest.raises(InputError, match=phrase):
        D.parse(text, allow_unknown=True)


def test_counted_unnamed_moons_are_schematic_not_invented():
    s = D.parse("Jupiter with four moons")
    L = D.solve(s)
    assert L.extra("scale") == "schematic" and all(v["a_km"] is None for v in L.extra("solution").values())
    assert "not given" in " ".join(lb.text for lb in L.labels)
    assert "io" not in {sh.id for sh in L.shapes}


@pytest.mark.parametrize("text", [
    "Earth orbiting the Sun with the Moon orbiting Earth",
    "Mars and its moons Phobos and Deimos; Phobos orbits closer to Mars than Deimos, and Mars orbits the Sun",
    "Jupiter at 5.2 AU with its four Galilean moons",
])
def test_a_star_centred_text_with_moons_keeps_its_star(text):
    s = D.parse(text)
    assert s.attr("centre") is None and s.entity("star").name == "Sun"
    assert D.verify(render_layout(D.solve(s), controls=False).png, s).passed


def test_a_star_centred_moon_order_against_the_table_is_impossible():
    with pytest.raises(UnsatisfiableError, match="Deimos orbits closer to Mars than Phobos"):
        D.parse("Deimos orbits closer to Mars than Phobos, and Mars orbits the Sun")


def _png(text, palette="colour"):
    from nesy.render.style import variant
    s = D.parse(text)
    with variant(palette=palette):
        L = D.solve(s)
        png = render_layout(L, controls=False).png
    return s, L, png


@pytest.mark.parametrize("text", ["Saturn with Mimas, Titan and Iapetus", "the ISS and the Moon around Earth",
                                  "a satellite orbiting Earth at 400 km altitude", "Jupiter with four moons"])
@pytest.mark.parametrize("palette", ["colour", "grey"])
def test_own_figure_verifies_in_every_palette(text, palette):
    s, L, png = _png(text, palette)
    v = D.verify(png, s)
    assert v.passed, [c for c in v.failed()]
    laws = {c.law for c in v.checks}
    assert {"centre_body", "orbit_drawn", "centred_on_planet", "on_orbit", "stray_bodies", "distance_order"} <= laws
    assert "star" not in {sh.id for sh in L.shapes}
    if L.extra("scale") != "schematic":
        assert "distance" in laws and "label" in laws


def _edit(png, fn):
    from PIL import Image
    img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).copy()
    fn(img)
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="PNG")
    return buf.getvalue()


def _box(L, sid, m=2):
    x0, y0, x1, y1 = (int(round(v)) for v in L.shape(sid).box)
    return slice(y0 - m, y1 + m + 1), slice(x0 - m, x1 + m + 1)


def test_verifier_catches_a_missing_moon_an_invented_body_and_a_wrong_distance():
    s, L, png = _png("Saturn with Mimas, Titan and Iapetus")

    def erase(img):
        img[_box(L, "titan")] = 255
    assert not D.verify(_edit(png, erase), s).passed

    def invent(img):          # a fourth moon-sized disc in empty space inside the rings
        cx, cy = (int(v) for v in L.extra("centre_px"))
        r = int(L.extra("r_px")["titan"] * 0.75)
        yy, xx = np.mgrid[0:img.shape[0], 0:img.shape[1]]
        img[np.hypot(xx - (cx - r * 0.7), yy - (cy + r * 0.7)) <= 4] = (86, 180, 233)
    v = D.verify(_edit(png, invent), s)
    assert "stray_bodies" in {c.law for c in v.failed()}

    def grow(img):            # Titan's ring redrawn 8 px too large: its distance is wrong
        from PIL import Image, ImageDraw
        cx, cy = L.extra("centre_px")
        r = L.extra("r_px")["titan"]
        im = Image.fromarray(img)
        d = ImageDraw.Draw(im)
        d.ellipse((cx - r - 2, cy - r - 2, cx + r + 2, cy + r + 2), outline=(255, 255, 255), width=5)
        d.ellipse((cx - r - 8, cy - r - 8, cx + r + 8, cy + r + 8), outline=(85, 85, 85), width=1)
        img[:] = np.asarray(im)
    v = D.verify(_edit(png, grow), s)
    assert not v.passed


def test_orbits_json_and_layout_json_name_the_planet_as_the_centre(tmp_path):
    from nesy.pipeline import generate
    generate("draw Neptune and its moon Triton", out_dir=tmp_path)
    orb = json.loads((tmp_path / "orbits.json").read_text())
    assert orb["centre"] == "neptune" and orb["solution"]["triton"]["a_km"] == pytest.approx(354759)
    assert orb["solution"]["triton"]["a_au"] == pytest.approx(354759 / AU)
    ents = json.loads((tmp_path / "layout.json").read_text())["entities"]
    assert "star" not in ents and "sun" not in ents
    from shapely.geometry import shape
    ring, planet = shape(ents["orbit_triton"]).centroid, shape(ents["neptune"]).centroid
    assert ring.distance(planet) < 1   # a reader of layout.json finds what Triton orbits: its ring's centre


def test_same_text_and_seed_give_the_same_layout():
    a, b = D.solve(D.parse("Mars and its moons"), seed=3), D.solve(D.parse("Mars and its moons"), seed=3)
    assert (a.shapes, a.labels, a.extra("solution")) == (b.shapes, b.labels, b.extra("solution"))
    assert render_layout(a, controls=False).png == render_layout(b, controls=False).png


@pytest.mark.parametrize("text,planets", [
    ("a star with a planet; the planet has two moons", 1),
    ("Jupiter's moons in order outward from the planet: Io, Europa", 1),
    ("the Sun and the planet Mars", 1),
])
def test_the_planet_refers_back_and_is_no_new_body(text, planets):
    # "the planet" after a planet is named was drawn as a second, invented planet
    s = D.parse(text)
    assert sum(e.kind == "planet" for e in s.entities) == planets
