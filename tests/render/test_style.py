"""Style variants (nesy.render.style): chosen per run, merged from the science's own layout file, and
recorded in the manifest; the colour-vision check used to hold every default palette colour-blind safe."""
from __future__ import annotations

import json

import pytest

from nesy.errors import InputError
from nesy.render.style import (CVD_MIN_DELTA_E, active, cvd_distance, cvd_min_distance, science_style,
                               variant)


def test_variant_is_scoped_and_checked():
    assert active() == {"palette": "colour", "symbols": "ieee"}
    with variant(palette="grey") as v:
        assert v == active() == {"palette": "grey", "symbols": "ieee"}
        with variant(symbols="iec"):
            assert active() == {"palette": "colour", "symbols": "iec"}
        assert active()["palette"] == "grey"
    assert active()["palette"] == "colour"
    with pytest.raises(InputError, match="palette must be one of colour, grey"):
        with variant(palette="sepia"):
            pass
    with pytest.raises(InputError, match="unknown style variant"):
        with variant(font="serif"):
            pass


def test_overrides_merge_key_by_key(monkeypatch):
    from nesy.render import style
    base = {"a": {"fill": "#111111", "stroke": "#222222"}, "w": 2,
            "variants": {"palette": {"grey": {"a": {"fill": "#777777"}}}}}
    monkeypatch.setattr(style, "load_yaml", lambda kind, name: base)
    monkeypatch.setattr(style, "_CACHE", {})
    assert science_style("x")["a"] == {"fill": "#111111", "stroke": "#222222"}
    with variant(palette="grey"):
        st = science_style("x")
    assert st["a"] == {"fill": "#777777", "stroke": "#222222"} and st["w"] == 2
    assert base["a"]["fill"] == "#111111"            # the loaded file itself is never changed
    assert science_style("x", palette="grey")["a"]["fill"] == "#777777"


def test_cvd_distance_separates_safe_from_unsafe_pairs():
    okabe_ito = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
    d, _ = cvd_min_distance(okabe_ito)
    assert d >= CVD_MIN_DELTA_E
    # pure red against pure green look alike to a deuteranope (their normal-vision ΔE is ~ 170)
    assert cvd_distance("#ff0000", "#00ff00") < 0.4 * cvd_distance("#ff0000", "#0000ff")
    assert cvd_distance("#d62728", "#2ca02c") < CVD_MIN_DELTA_E * 3
    assert cvd_min_distance(["#123456"]) == (float("inf"), None)


def test_manifest_records_the_variant(tmp_path):
    from nesy.pipeline import generate
    generate("a triangle ABC with AB = 5 cm, BC = 4 cm and CA = 3 cm", palette="grey", out_dir=tmp_path,
             controls=False)
    man = json.loads((tmp_path / "manifest.json").read_text())
    assert man["style"] == {"palette": "grey", "symbols": "ieee"}
    with pytest.raises(InputError, match="symbols must be one of"):
        generate("a triangle ABC with AB = 5 cm", symbols="din")
