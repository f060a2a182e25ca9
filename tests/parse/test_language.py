"""nesy's trained English pipeline (nesy/weights/language, issue 9): it loads, reads English, and the
trainer that made it (``nesy train --model language``) still trains a loadable pipeline.

The trainer is tested on a 60-sentence UD English EWT snippet committed in tests/data/ewt-snippet/
(CC BY-SA 4.0), two steps, so nothing reads ../shared.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from nesy.errors import InputError, NesyError
from nesy.parse import nlp as nlp_mod
from nesy.parse.nlp import LANGUAGE_COMPONENTS, get_language, get_nlp, language_path

SNIPPET = Path(__file__).resolve().parents[1] / "data" / "ewt-snippet"
INCLINE = "A 5 kg block slides down a 30° incline."


@pytest.fixture(scope="module")
def nlp():
    return get_language()


def _tok(doc, text):
    (t,) = [t for t in doc if t.text == text]
    return t


def test_shipped_pipeline_loads_with_its_components(nlp):
    assert nlp.pipe_names == list(LANGUAGE_COMPONENTS)
    assert get_language() is nlp  # cached: one load per process
    assert nlp.lang == "en"
    assert nlp.meta["license"] == "CC BY-SA 4.0"
    folder = Path(str(language_path()))
    assert "Attribution-ShareAlike 4.0" in (folder / "LICENSE").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in (folder / "README.md").read_text(encoding="utf-8")


def test_shipped_pipeline_is_small():
    folder = Path(str(language_path()))
    assert sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) < 10 * 2**20


def test_blank_pipeline_is_unchanged():
    # the grammars are written against get_nlp(): blank English + lookup lemmas, no trained components
    assert get_nlp().pipe_names == ["lemmatizer"]


def _arcs(doc):
    return {t.text: (t.dep_, t.head.text) for t in doc}


@pytest.mark.parametrize("text,expected", [
    # (word: (relation, head)) for the words a figure reader leans on: subject, verb, object, obliques
    ("The block slides down the incline.",
     {"block": ("nsubj", "slides"), "slides": ("ROOT", "slides"), "incline": ("obj", "slides"),
      "The": ("det", "block"), ".": ("punct", "slides")}),
    ("The ball rolls down the hill.",
     {"ball": ("nsubj", "rolls"), "rolls": ("ROOT", "rolls"), "down": ("case", "hill"), "hill": ("obl", "rolls")}),
    ("A resistor connects the battery to the lamp.",
     {"resistor": ("nsubj", "connects"), "connects": ("ROOT", "connects"), "battery": ("obj", "connects"),
      "to": ("case", "lamp"), "lamp": ("obl", "connects")}),
    ("Draw a triangle with sides of 3 cm.",
     {"Draw": ("ROOT", "Draw"), "triangle": ("obj", "Draw"), "3": ("nummod", "cm")}),
])
def test_dependencies_of_simple_sentences(nlp, text, expected):
    arcs = _arcs(nlp(text))
    assert {w: arcs[w] for w in expected} == expected


def test_incline_sentence(nlp):
    doc = nlp(INCLINE)
    arcs = _arcs(doc)
    assert arcs["5"] == ("nummod", "kg") and arcs["a"] == ("det", "incline")
    assert _tok(doc, "slides").lemma_ == "slide"
    assert [t.pos_ for t in doc if t.text in ("5", "30")] == ["NUM", "NUM"]
    assert _tok(doc, "block").morph.get("Number") == ["Sing"]


@pytest.mark.xfail(strict=True, reason="known error of the shipped model: the measure compound '5 kg block' "
                   "and '30°' make it read 'slides' as a plural noun and 'incline' as the root")
def test_incline_sentence_subject_and_verb(nlp):
    arcs = _arcs(nlp(INCLINE))
    assert (arcs["slides"], arcs["block"]) == (("ROOT", "slides"), ("nsubj", "slides"))


@pytest.mark.parametrize("text,expected", [
    # (word, lemma, UPOS) on common words a science grammar relies on
    ("The cells divided and the nuclei were counted.",
     [("cells", "cell", "NOUN"), ("were", "be", "AUX"), ("counted", "count", "VERB")]),
    ("Two lenses focus the light rays onto a screen.", [("focus", "focus", "VERB"), ("rays", "ray", "NOUN")]),
    ("The planet orbits the star and its moons are smaller.",
     [("moons", "moon", "NOUN"), ("are", "be", "AUX"), ("smaller", "small", "ADJ")]),
    ("A resistor connects the battery to the lamp.", [("connects", "connect", "VERB"), ("lamp", "lamp", "NOUN")]),
    ("Draw a triangle with sides of 3 cm, 4 cm and 5 cm.", [("Draw", "draw", "VERB"), ("sides", "side", "NOUN")]),
])
def test_lemmas_and_pos_on_common_words(nlp, text, expected):
    doc = nlp(text)
    assert [(w, _tok(doc, w).lemma_, _tok(doc, w).pos_) for w, _, _ in expected] == expected


@pytest.mark.xfail(strict=True, reason="known errors of the shipped model: Latin/Greek plurals and some -ed "
                   "forms are not in EWT often enough (nuclei, mitochondria, lenses -> 'lense', divided -> 'divid')")
def test_lemmas_of_scientific_plurals(nlp):
    doc = nlp("The cells divided and the nuclei, lenses and mitochondria were counted.")
    assert [_tok(doc, w).lemma_ for w in ("divided", "nuclei", "lenses", "mitochondria")] == [
        "divide", "nucleus", "lens", "mitochondrion"]


def test_same_text_same_analysis(nlp):
    def analysis(doc):
        return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]
    text = "A ray of light passes through a convex lens and meets the principal axis at the focus."
    first = analysis(nlp(text))
    nlp("Something else in between, to change any state the pipeline might keep.")
    assert analysis(nlp(text)) == first
    assert analysis(list(nlp.pipe([text, text]))[1]) == first


def test_empty_and_long_inputs(nlp):
    assert len(nlp("")) == 0
    doc = nlp(" ".join([INCLINE] * 300))
    assert len(doc) == 300 * 11
    assert sum(1 for t in doc if t.dep_ == "ROOT") >= 250  # nearly one sentence per copy


def test_missing_or_broken_weights_give_a_nesy_error(tmp_path, monkeypatch):
    monkeypatch.setattr(nlp_mod, "language_path", lambda: tmp_path)
    nlp_mod.get_language.cache_clear()
    try:
        with pytest.raises(NesyError, match="missing"):
            nlp_mod.get_language()
        (tmp_path / "config.cfg").write_text("[nlp]\nlang = \"en\"\npipeline = [\"parser\"\n", encoding="utf-8")
        (tmp_path / "meta.json").write_text("{}", encoding="utf-8")
        with pytest.raises(NesyError, match="cannot be loaded"):
            nlp_mod.get_language()
    finally:
        nlp_mod.get_language.cache_clear()


def test_trainer_checks_its_arguments(tmp_path):
    from nesy.parse.train_language import main
    with pytest.raises(InputError, match="--data"):
        main(["--data", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o")])
    with pytest.raises(InputError, match=r"train\.conllu"):
        main(["--data", str(tmp_path), "--out", str(tmp_path / "o")])
    with pytest.raises(InputError, match="--max-steps"):
        main(["--data", str(SNIPPET), "--max-steps", "0"])
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError, match="not a spaCy pipeline"):
        main(["--data", str(SNIPPET), "--out", str(tmp_path / "notes")])
    assert (tmp_path / "notes" / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_tiny_training_run_gives_a_loadable_pipeline(tmp_path, capsys):
    import spacy
    from nesy.train import main as train_main
    out = tmp_path / "lang"
    args = ["--model", "language", "--data", str(SNIPPET), "--out", str(out), "--max-steps", "2",
            "--eval-frequency", "1"]
    assert train_main(args) == 0
    assert "wrote" in capsys.readouterr().out
    tiny = spacy.load(out)
    assert tiny.pipe_names == list(LANGUAGE_COMPONENTS)
    assert len(tiny.get_pipe("tagger").labels) > 20  # Penn tags seen in the snippet
    assert "nsubj" in tiny.get_pipe("parser").labels
    doc = tiny(INCLINE)
    assert len(doc) == 11 and all(t.tag_ for t in doc)
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["license"] == "CC BY-SA 4.0" and meta["nesy_steps"] == 2
    assert "speed" not in meta["performance"]
    assert "/tmp" not in (out / "config.cfg").read_text(encoding="utf-8").split("[corpora]")[0]
    assert "Attribution-ShareAlike" in (out / "LICENSE").read_text(encoding="utf-8")
    # scoring a file against a model that predicts an analysis the file never has: spaCy's morphology
    # scorer looked it up in the gold file's strings and raised KeyError E018 (a '--limit' trial run crashed)
    bare = tmp_path / "small-test.conllu"
    bare.write_text("# text = The block slides.\n1\tThe\tthe\tDET\tDT\tDefinite=Def\t2\tdet\t_\t_\n"
                    "2\tblock\tblock\tNOUN\tNN\tNumber=Sing\t3\tnsubj\t_\t_\n3\tslides\tslide\tVERB\tVBZ\tTense=Pres\t0\troot\t_\t"
                    "SpaceAfter=No\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n", encoding="utf-8")
    from spacy.language import Language
    from nesy.parse.train_language import evaluate
    if not Language.has_factory("nesy_test_new_morph"):
        @Language.component("nesy_test_new_morph")
        def _new_morph(doc):        # an analysis the bare file's strings cannot hold
            for t in doc:
                t.set_morph("Case=Acc|Number=Plur|Person=3|PronType=Prs")
            return doc
    tiny.add_pipe("nesy_test_new_morph", last=True)
    scores = evaluate(tiny, bare)
    assert 0.0 <= scores["pos_acc"] <= 1.0 and "dep_uas" in scores
    # the same command again: the same weights, byte for byte
    first = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert train_main(args) == 0
    again = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert again.keys() == first.keys()
    assert [k for k in first if first[k] != again[k]] == []
