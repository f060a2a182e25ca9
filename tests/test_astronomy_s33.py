"""Session 33: outsiders' astronomy requests (a spreadsheet's cells in Gm, an all-capitals headline listing bodies
beyond Neptune, the Sun told not to be drawn with the object fronted, an observing log's header, a voicemail's
label), each mechanism with phrasings of its kind."""
from __future__ import annotations

import pytest

from nesy.errors import InputError
from nesy.pipeline import parse


def _bodies(text: str) -> dict[str, float | None]:
    s = parse(text, allow_unknown=True)
    return {dict(b)["id"]: dict(b)["a"] for b in dict(s.attributes)["bodies"]}


def _ids(text: str) -> set[str]:
    return {e.id for e in parse(text, allow_unknown=True).entities}


# --- a unit in brackets after its number, the gigametre, a spreadsheet's cells

@pytest.mark.parametrize("text, want", [
    ("A2 Mercury, B2 57.9 (Gm); A3 Venus, B3 108.2 (Gm); column C = B/149.6 gives AU. Plot the two orbits around "
     "the Sun using column C.", {"mercury": 0.387, "venus": 0.7233}),
    ("Mercury 57.9 (Gm), Venus 108.2 (Gm): draw their orbits around the Sun.", {"mercury": 0.387, "venus": 0.7233}),
    ("Earth at 149.6 Gm and Mars at 227.9 gigametres from the Sun", {"earth": 1.0, "mars": 1.5234}),
    ("Spreadsheet rows: A2 Earth, B2 1.00 (AU); A3 Jupiter, B3 5.20 (AU). Draw the orbits around the Sun.",
     {"earth": 1.0, "jupiter": 5.2}),
])
def test_distances_in_a_sheet_or_in_gigametres_are_read(text, want) -> None:
    got = _bodies(text)
    assert set(got) == set(want)
    for k, v in want.items():
        assert got[k] == pytest.approx(v, rel=2e-3)


def test_a_sheet_conversion_that_is_not_the_au_is_refused() -> None:
    with pytest.raises(InputError, match="1 AU"):
        parse("A2 Earth, B2 149.6 (Gm); A3 Mars, B3 227.9 (Gm); column C = B/100 gives AU. Plot the orbits round "
              "the Sun.", allow_unknown=True)


def test_gm_is_no_gigametre_in_lower_case() -> None:
    # "57.9 gm" is grams, never 57.9 million km: not read as Mercury's distance, and listed as not drawn
    s = parse("Mercury at 57.9 gm around the Sun", allow_unknown=True)
    assert {dict(b)["id"]: dict(b)["a"] for b in dict(s.attributes)["bodies"]}["mercury"] is None
    assert "57.9 gm" in [n.text for n in s.not_drawn]


# --- a heading that places a plural noun of bodies beyond one body, then lists them

@pytest.mark.parametrize("text, listed, beyond", [
    ("DWARF PLANETS BEYOND NEPTUNE: HAUMEA (43.1 AU), MAKEMAKE (45.8 AU), GONGGONG (67.5 AU) - GRAPHIC NEEDED: "
     "THEIR ORBITS ROUND THE SUN", {"haumea": 43.1, "makemake": 45.8, "gonggong": 67.5}, "neptune"),
    ("Draw the dwarf planets beyond Neptune: Haumea at 43.1 AU and Makemake at 45.8 AU, around the Sun.",
     {"haumea": 43.1, "makemake": 45.8}, "neptune"),
    ("Planets inside Earth's orbit: Mercury and Venus. Show them round the Sun.", {"mercury": None, "venus": None},
     "earth"),
])
def test_a_heading_beyond_a_body_is_said_of_each_body_listed(text, listed, beyond) -> None:
    s = parse(text, allow_unknown=True)
    got = {dict(b)["id"]: dict(b)["a"] for b in dict(s.attributes)["bodies"]}
    for k, v in listed.items():
        assert k in got and (v is None or got[k] == pytest.approx(v))
    closer = {(r.source, r.target) for r in s.relations if r.kind == "closer"}
    inner = [k for k in listed if (k, beyond) in closer or (beyond, k) in closer]
    assert inner, closer


def test_an_all_capitals_name_before_its_value_is_a_body() -> None:
    got = _bodies("SUN WITH EARTH AT 1 AU AND QUAOAR AT 43.7 AU STOP DRAW ORBITS")
    assert got["earth"] == pytest.approx(1.0) and got["quaoar"] == pytest.approx(43.7)


# --- "The Sun do not draw": the star (or a body) told not to be drawn, the object fronted or not

@pytest.mark.parametrize("text, want", [
    ("Please, I desire a drawing where the Earth has around itself a geostationary satellite at 42 164 km from its "
     "centre and the Moon at 384 400 km. The Sun do not draw.", {"earth", "moon", "satellite"}),
    ("Earth with the Moon at 384 400 km. The Sun, you needn't show it.", {"earth", "moon"}),
    ("Mars with Phobos and Deimos. The Sun is not to be drawn.", {"mars", "phobos", "deimos"}),
    ("Earth with a satellite at 400 km altitude; the Sun please don't include.", {"earth", "satellite"}),
])
def test_the_sun_told_not_to_be_drawn_leaves_a_planet_centred_figure(text, want) -> None:
    assert _ids(text) == want


@pytest.mark.parametrize("text, want", [
    ("Draw the Sun and Earth. Do not draw Mars.", {"star", "earth"}),
    ("Draw the Sun, do not draw Mars.", None),   # nothing left to orbit the star: refused
    ("The Sun with Venus and Earth. Mars do not draw.", {"star", "venus", "earth"}),
    ("Sun, Earth, Jupiter; don't show Venus or Mercury.", {"star", "earth", "jupiter"}),
])
def test_a_body_told_not_to_be_drawn_is_not_drawn(text, want) -> None:
    if want is None:
        with pytest.raises(InputError):
            parse(text, allow_unknown=True)
    else:
        assert _ids(text) == want


def test_how_a_body_is_drawn_is_no_retraction() -> None:
    # "don't draw Mars too big" says how, not whether: refused as an unread negation, never Mars dropped or drawn
    with pytest.raises(Exception, match="negation|don't"):
        parse("Draw the Sun with Earth and Mars, but don't draw Mars too big.", allow_unknown=True)


# --- an observing log's header; "X inside" said of a pair; an irregular moon by name

@pytest.mark.parametrize("text, inner, outer", [
    ("Obs. log, 14 Feb, 22:40 UT, 8-inch Dobsonian, seeing 3/5. Jupiter's big outer moon Callisto (1.88 million km "
     "out) and the faint irregular moon Himalia (11.5 million km) - sketch both orbitting Jupiter, Callisto inside.",
     "callisto", "himalia"),
    ("Observing log 3 March 21:15 UT, 102 mm refractor, seeing II. Mars with Phobos and Deimos; Deimos outside.",
     "phobos", "deimos"),
    ("Log entry, Jan 9, 8-inch Dobsonian. Jupiter with Callisto and Himalia, Callisto inside.", "callisto",
     "himalia"),
])
def test_an_observing_log_header_is_no_distance_and_inside_orders_the_pair(text, inner, outer) -> None:
    s = parse(text, allow_unknown=True)
    assert {e.id for e in s.entities} == {"jupiter" if inner != "phobos" else "mars", inner, outer}
    assert not [n.text for n in s.not_drawn if any(ch.isdigit() for ch in n.text)]


def test_an_aperture_outside_a_log_is_still_no_distance() -> None:
    s = parse("With my 10 cm refractor I saw Jupiter with Io and Europa; draw them orbiting Jupiter.",
              allow_unknown=True)
    assert {e.id for e in s.entities} == {"jupiter", "io", "europa"}


# --- a voicemail's label, and the caller's self-repair

def test_a_voicemail_with_a_self_repair_draws_the_repaired_value(tmp_path) -> None:
    from nesy.pipeline import generate
    out = generate("[Voicemail, 0:41] Hi, it's Dana from the planetarium, hope the weekend was good. For the kids' "
                   "panel I need Saturn at 9.6 AU from the Sun - sorry, 9.54 AU - with Titan going round Saturn. "
                   "Thanks, bye.", out_dir=tmp_path, controls=False)
    assert out.passed
    got = {dict(b)["id"]: dict(b)["a"] for b in dict(out.scene.attributes)["bodies"]}
    assert got["saturn"] == pytest.approx(9.54)
    assert "titan" in got
