"""Issue 9 kinds of phrasing in micrograph requests: vague or proportional counts whose noun is left out, positions
at no named side, a spread of sizes, context and purpose clauses, count statements, figure labels, stain catalogue
numbers, magnifications, a stated noise sd. Each kind is tested with phrasings other than the acceptance sentence
that showed it (nesy/domains/microscopy_vague.py, microscopy_context.py, microscopy_vary.py)."""
from __future__ import annotations

import types

import numpy as np
import pytest

from nesy.domains.microscopy import parse_microscopy
from nesy.domains.microscopy_context import context_spans, figure_label_spans, purpose_spans, scale_bar_spans
from nesy.domains.microscopy_vague import Vague, split_border, touching_split
from nesy.domains.microscopy_vary import checks as vary_checks, vary_spans
from nesy.errors import InputError


def _groups(text: str):
    sg = parse_microscopy(text, allow_unknown=True)
    return sg, [(g["kind"], g["units"], g["n"]) for g in sg.attr("groups")]


def _nuclei(sg) -> int:
    return sum(1 for e in sg.entities if e.kind == "nucleus")


def _assumed(sg) -> dict[str, int]:
    return {a["span"]["text"].lower(): a["read_as"] for a in (sg.attr("imaging") or {}).get("assumed", [])}


# --- vague counts with the noun left out: the nuclei named before, the count said as assumed -----------------
@pytest.mark.parametrize("text,total,part,word", [
    ("60 nuclei, many of them touching", 60, 18, "many"),
    ("an image with 90 nuclei; lots of them are clumped together", 90, 27, "lots"),
    ("40 nuclei and many touch", 40, 12, "many"),
    ("fifty nuclei, a lot of them touching each other", 50, 15, "a lot"),
    ("30 nuclei. Most of them touching.", 30, 16, "most"),
    ("24 nuclei with the majority of them in contact", 24, 13, "the majority"),
])
def test_vague_touching_is_pairs_of_the_total(text, total, part, word):
    sg, gs = _groups(text)
    assert _nuclei(sg) == total
    kind, units, n = gs[1]
    assert kind == "cluster" and n == 2 and units == (part + 1) // 2
    assert _assumed(sg)[word] == part


@pytest.mark.parametrize("text,total,part", [
    ("20 nuclei, most are round", 20, 11),
    ("draw 16 nuclei - most of them elongated", 16, 9),
    ("12 nuclei, half of them elongated", 12, 6),
    ("nuclei x 30, a few are large", 30, 3),
    ("25 nuclei, several small", 25, 4),
    ("a micrograph of 40 nuclei, a handful of them in the centre", 40, 5),
])
def test_vague_partitive_with_property(text, total, part):
    sg, gs = _groups(text)
    assert _nuclei(sg) == total
    assert gs[1][0] == "nuclei" and gs[1][2] == part


def test_vague_refusals_name_the_words():
    with pytest.raises(InputError, match="'most'"):
        parse_microscopy("most nuclei touching", allow_unknown=True)
    with pytest.raises(InputError, match="'half'"):
        parse_microscopy("7 nuclei, half of them elongated", allow_unknown=True)


def test_vague_rules():
    many = Vague.make({"share": 0.3, "least": 4}, "many", 0, 4)
    assert many.of(100) == 30 and many.of(6) == 4 and many.of(3) == 2 and many.alone() == -1
    most = Vague.make({"most": True}, "most", 0, 4)
    assert [most.of(t) for t in (2, 3, 10, 11)] == [2, 2, 6, 6]
    assert touching_split(30, True) == (15, 2) and touching_split(5, True) == (3, 2)
    assert touching_split(3, True) == (1, 3) and touching_split(6, False) == (1, 6)


def test_vague_against_default_count_is_resolved_later():
    sg, gs = _groups("DAPI nuclei, many of them touching")
    total = gs[0][2]
    assert gs[1][0] == "cluster" and gs[1][1] * 2 >= _assumed(sg)["many"] and _assumed(sg)["many"] < total


# --- positions at no named side -------------------------------------------------------------------------------
@pytest.mark.parametrize("text,total,near", [
    ("40 nuclei, a few close to the image border", 40, 3),
    ("20 nuclei with 4 of them near the edges", 20, 4),
    ("18 nuclei, two of them at the periphery of the field", 18, 2),
    ("12 nuclei, some near the border", 12, 2),
    ("9 nuclei near the edge of the image", 9, 9),
])
def test_border_spreads_over_the_sides(text, total, near):
    sg = parse_microscopy(text, allow_unknown=True)
    assert _nuclei(sg) == total
    regions = [e for e in sg.entities if e.kind == "region"]
    assert regions and {r.name for r in regions} <= {"left_edge", "right_edge", "top_edge", "bottom_edge"}
    placed = {r.source for r in sg.relations if r.kind == "at"}
    assert len(placed) == near
    assert (sg.attr("imaging") or {}).get("border_sides")


def test_split_border_keeps_a_parent_whole():
    g = types.SimpleNamespace(parent=None, position={"region": "border", "span": {"text": "near the edge"}},
                              kind="nuclei", units=1, n=8, partitive=False, claims=[])
    kid = types.SimpleNamespace(parent=0, position=None, kind="cluster", units=1, n=2, partitive=True, claims=[])
    said = split_border([g, kid], lambda ps, side: {"region": side, "span": ps["span"]})
    assert g.position["region"] == "left_edge" and g.n == 8 and len(said) == 1


# --- a stated spread of sizes -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,props", [
    ("20 nuclei of varying size", ("size",)),
    ("nuclei with different sizes and shapes", ("size", "shape")),
    ("12 nuclei whose sizes vary", ("size",)),
    ("15 nuclei that differ in size", ("size",)),
    ("30 nuclei, heterogeneous in size and shape", ("size", "shape")),
    ("a range of diameters", ("size",)),
    ("10 nuclei of variable sizez", ()),
])
def test_vary_phrases(text, props):
    got = vary_spans(text)
    assert (got[0][2] if got else ()) == props


def test_vary_check_needs_a_spread():
    scene = types.SimpleNamespace(attr=lambda k, d=None: {"vary": {"size": {"text": "of varying size"}}}
                                  if k == "imaging" else d)
    same = types.SimpleNamespace(area=np.full(10, 300.0))
    spread = types.SimpleNamespace(area=np.array([150.0, 300.0, 450.0, 600.0, 250.0]))
    assert not vary_checks(scene, same)[0].passed
    assert vary_checks(scene, spread)[0].passed


def test_varying_brightness_stays_unread():
    sg = parse_microscopy("18 nuclei with varying size and brightness", allow_unknown=True)
    assert [u.text for u in sg.unknown] == ["brightness"] and _nuclei(sg) == 18


# --- why the image is wanted: read as nothing, unless it states a property --------------------------------------
@pytest.mark.parametrize("text,clause", [
    ("30 nuclei, so we can see how the watershed copes with clusters", "so we can see how the watershed copes with clusters"),
    ("20 nuclei in order to check whether my tool splits clumps", "in order to check whether my tool splits clumps"),
    ("12 nuclei to test how well the counter handles pairs", "to test how well the counter handles pairs"),
])
def test_purpose_clause(text, clause):
    assert [text[a:b] for a, b in purpose_spans(text)] == [clause]
    sg = parse_microscopy(text, allow_unknown=True)
    assert sg.attr("groups")[0]["n"] == int(text.split()[0]) and len(sg.attr("groups")) == 1


@pytest.mark.parametrize("text,clause", [
    ("We are benchmarking our segmentation tool and need 20 nuclei", "We are benchmarking our segmentation tool"),
    ("I'm testing a nucleus counter, so draw 15 nuclei", "I'm testing a nucleus counter"),
    ("For a teaching lab on cell counting I want 45 nuclei", "For a teaching lab on cell counting"),
    ("we're developing a detector and want 10 nuclei", "we're developing a detector"),
])
def test_context_clause(text, clause):
    assert [text[a:b] for a, b in context_spans(text)] == [clause]
    sg = parse_microscopy(text, allow_unknown=True)
    assert _nuclei(sg) == int(next(w for w in text.split() if w.isdigit()))


def test_context_clause_with_a_property_is_read():
    sg = parse_microscopy("we are testing our counter on dense images of 40 nuclei", allow_unknown=True)
    assert (sg.attr("imaging") or {}).get("density")


# --- where the count is stated, and numbers that are no count ----------------------------------------------------
@pytest.mark.parametrize("text,n", [
    ("fluorescent image of cell nucleus, number is 7", 7),
    ("a picture of nucleus stained by DAPI, quantity fifteen", 15),
    ("DAPI nuclei, count: 12", 12),
    ("an image of nuclei; the total number of nuclei should be 9", 9),
    ("nucleus image, amount = 5, some noise", 5),
])
def test_count_statement(text, n):
    assert _nuclei(parse_microscopy(text, allow_unknown=True)) == n


@pytest.mark.parametrize("text,n", [
    ("Figure 2A: 30 nuclei, DAPI", 30),
    ("Fig. 4b: 12 nuclei in the centre", 12),
    ("Supplementary Figure S3: micrograph of 8 nuclei", 8),
    ("Hoechst 33342 stain, 25 nuclei", 25),
    ("14 nuclei, Hoechst 33258", 14),
    ("22 nuclei imaged at 40×.", 22),
    ("63x oil, 5 nuclei", 5),
    ("a 20X image of 11 nuclei", 11),
    ("Representative field, n = 22 nuclei, scale bar 20 µm", 22),
    ("6 nuclei with a 10 um scale bar", 6),
])
def test_numbers_that_are_no_count(text, n):
    assert _nuclei(parse_microscopy(text, allow_unknown=True)) == n


def test_figure_labels_and_scale_bars():
    assert figure_label_spans("Figure 2A: x; Fig. S3 y; panel B") == [(0, 9), (14, 21), (25, 32)]
    assert scale_bar_spans("field, scale bar 20 µm.") == [(7, 22)]


@pytest.mark.parametrize("text,n", [
    ("we want 10 nuclei for a nucleus counting tool", 10),
    ("a nuclei segmentation test image, 20 of them", 20),
    ("nuclei image 35 of them, dapi", 35),
    ("80 nuclei, half of them clumped into touching pairs; every nucleus must have its own label", 80),
    ("16 nuclei, 8 of them arranged in touching pairs", 16),
])
def test_nouns_that_name_no_new_nuclei(text, n):
    assert _nuclei(parse_microscopy(text, allow_unknown=True)) == n


def test_pairs_restating_a_touching_group():
    _, gs = _groups("80 nuclei in which roughly half of them are clumped into touching pairs")
    assert gs == [("nuclei", 1, 80), ("cluster", 20, 2)]


@pytest.mark.parametrize("text,key,value", [
    ("Draw 30 nuclei. The nuclei should be large and round.", "size", "large"),
    ("45 nuclei. Make the nuclei slightly elliptical.", "shape", "elongated"),
    ("12 nuclei; the nuclei are small", "size", "small"),
])
def test_properties_said_after_the_nuclei(text, key, value):
    sg = parse_microscopy(text, allow_unknown=True)
    assert sg.attr("groups")[0][key] == value and len(sg.attr("groups")) == 1


# --- noise: a stated sd, and two phrases that say one thing ---------------------------------------------------------
@pytest.mark.parametrize("text,sd", [
    ("50 nuclei, Gaussian noise σ = 5.", 5.0),
    ("20 nuclei, camera noise with sd 4", 4.0),
    ("nuclei x 9, noise (standard deviation 8 grey levels)", 8.0),
])
def test_noise_sd(text, sd):
    nz = parse_microscopy(text, allow_unknown=True).attr("imaging")["noise"]["value"]
    assert nz["sd_grey"] == sd and 5.0 <= nz["snr"] <= 200.0


@pytest.mark.parametrize("text,level", [
    ("Low-SNR DAPI image (lots of shot noise), 60 nuclei", "high"),
    ("a clean image with 10 nuclei, no noise at all", "none"),
    ("20 nuclei with noise, high noise", "high"),
])
def test_noise_phrases_that_agree(text, level):
    assert parse_microscopy(text, allow_unknown=True).attr("imaging")["noise"]["value"] == level


def test_noise_phrases_that_differ_are_refused():
    with pytest.raises(InputError, match="one noise per image"):
        parse_microscopy("20 nuclei, no noise, high noise", allow_unknown=True)


@pytest.mark.parametrize("text", [
    "Nuclear stain image with 20 nuclei of varying size",
    "30 nuclei of different sizes, stained",
    "a staining of 12 nuclei that differ in size",
])
def test_a_spread_of_sizes_is_a_micrograph_cue(text):
    from nesy.domains.microscopy import _score
    assert _score(text) >= 10.0


@pytest.mark.parametrize("text,tool", [
    ("a test image for my nucleus counter: 50 nuclei", "counter"),
    ("12 nuclei for our nuclei tracker", "tracker"),
    ("a nucleus detection benchmark with 9 nuclei", "detection"),
    ("we need 7 nuclei to train a nuclei classifier", "classifier"),
])
def test_the_tool_a_nucleus_compound_names_is_context(text, tool):
    sg = parse_microscopy(text, allow_unknown=True)
    assert tool not in [u.text for u in sg.unknown] and tool in [s.text for s in sg.ignored]
    assert _nuclei(sg) == int(next(w.rstrip(":") for w in text.split() if w.rstrip(":").isdigit()))


@pytest.mark.parametrize("text,n", [("n = 22 nuclei, DAPI", 22), ("Representative field, N=15 nuclei", 15),
                                    ("fluorescence, n = 8 cell nuclei", 8)])
def test_n_equals_before_the_noun(text, n):
    sg = parse_microscopy(text, allow_unknown=True)
    assert _nuclei(sg) == n and not [u for u in sg.unknown if u.text.lower() == "n"]


@pytest.mark.parametrize("text,level", [("15 nuclei, the background a bit noisy", "realistic"),
                                        ("15 nuclei, slightly noisy", "realistic"), ("15 nuclei, noisy", "high")])
def test_a_degree_word_lowers_noisy(text, level):
    assert parse_microscopy(text, allow_unknown=True).attr("imaging")["noise"]["value"] == level


def test_count_nouns_are_read():
    sg = parse_microscopy("picture of nucleus stained by DAPI, quantity fifteen", allow_unknown=True)
    assert _nuclei(sg) == 15 and not sg.unknown
