"""The per-science concept lexicons (nesy.parse.concepts) and the scores detection builds on them."""
from pathlib import Path

import pytest

from nesy.parse.concepts import (DIMENSIONS, SCIENCES, SEEDS, VOCAB_KEYS, WORDNET, concepts, derive,
                                 reading_scores, token_scores)
from nesy.resources import data_dir, load_yaml


def test_every_science_has_seeds_grammar_keys_and_a_shipped_lexicon_with_its_source():
    assert set(SEEDS) == set(VOCAB_KEYS) == set(SCIENCES)
    for s in SCIENCES:
        d = load_yaml("grammars", f"{s}/concepts.yaml")
        assert d["science"] == s and d["words"]
        assert all(0 < float(v) <= 1 for v in d["words"].values())
        assert any(x.startswith("seed ") for x in d["source"]) and any(x.startswith("grammar ") for x in d["source"])
        assert "GENERATED" in (data_dir("grammars") / s / "concepts.yaml").read_text().splitlines()[0]
    assert (data_dir("grammars") / "common" / "open-english-wordnet.LICENSE.md").is_file()


def test_specific_words_outweigh_polysemous_ones_and_adverbs_are_no_concepts():
    c = concepts()
    assert c.claims("mitochondrion") == {"cell": 1.0}
    assert c.claims("capacitor")["circuits"] > c.claims("cell")["circuits"]
    assert c.claims("along") == {} and c.claims("the") == {}
    assert c.claims("ABC") == {}  # a WordNet acronym ("ABC" for alphabet) reads as a name in a text


def test_every_unit_rule_lands_in_its_science():
    c = concepts()
    for science, keys, weight in DIMENSIONS:
        for k in keys:
            got = c.quantity(k, "") if not k.startswith("[") else c.quantity("", k)
            assert got.get(science) == weight, (science, k)


def test_the_quick_score_needs_no_parser_and_the_reading_score_weights_heads():
    import sys
    assert token_scores("A converging lens of focal length 10 cm")["optics"] > 1
    assert token_scores("") == {} and token_scores("x" * 10000) == {}
    from nesy.parse.reading import read
    head, _ = reading_scores(read("a lens"))
    mod, _ = reading_scores(read("a lens cap"))   # "lens" only qualifies the cap
    assert head["optics"] > mod.get("optics", 0.0)
    quantities, _ = reading_scores(read("5 Ω, 3 Ω, 2 Ω, 7 Ω and 9 Ω"))
    assert quantities["circuits"] <= 2.0  # quantities alone never claim a science past their cap
    assert "spacy" in sys.modules


@pytest.mark.slow
@pytest.mark.skipif(not WORDNET.is_file(), reason="the Open English WordNet tarball is not on this machine")
def test_the_shipped_lexicons_are_what_the_script_derives(tmp_path: Path):
    for s in SCIENCES:
        (tmp_path / s).mkdir()
    for p in derive(out_dir=tmp_path):
        shipped = data_dir("grammars") / p.parent.name / p.name
        assert p.read_text() == shipped.read_text(), p
