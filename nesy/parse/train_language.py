"""``nesy train --model language``: train nesy's English pipeline from the UD English EWT treebank.

The pipeline (a shared CNN tok2vec, a Penn tagger, a UPOS+features morphologizer, an edit-tree lemmatizer
and a UD dependency parser; settings in ``configs/language/ewt.cfg``) is what ``nesy.parse.nlp.get_language()``
loads from ``nesy/weights/language/``. The shipped copy was made with
``nesy train --model language --out nesy/weights/language``. The CoNLL-U files are converted in-process
with spaCy's own converter; nothing is downloaded. The treebank is CC BY-SA 4.0, so the weights are too:
the output folder gets a LICENSE and a README saying so.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Sequence, TextIO

__all__ = ["main", "train", "read_conllu", "evaluate", "find_split", "DEFAULT_DATA", "CONFIG"]

_REPO = Path(__file__).resolve().parents[2]
DEFAULT_DATA = _REPO.parent / "shared" / "data" / "ud-english-ewt"
CONFIG = "language/ewt.cfg"  # under data_dir("configs")
_SPLITS = ("train", "dev", "test")
# the treebank release the shipped weights come from (see /work/shared/data/README.md)
SOURCE = ("Universal Dependencies English Web Treebank (UD_English-EWT v2.15, "
          "github.com/UniversalDependencies/UD_English-EWT, commit 15d613d8)")
_SCORES = ("pos_acc", "tag_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")

_NOTICE = """nesy English language pipeline (nesy/weights/language): licence
======================================================================

These weights (a spaCy pipeline: tok2vec, tagger, morphologizer, trainable_lemmatizer, parser) are a work
derived from the annotations of

  {source}
  Universal Dependencies English Web Treebank annotations (c) 2013-2021 by The Board of Trustees of
  The Leland Stanford Junior University. Licensed under CC BY-SA 4.0.
  Silveira, N., Dozat, T., de Marneffe, M.-C., Bowman, S., Connor, M., Bauer, J. and Manning, C. D. (2014).
  A Gold Standard Dependency Corpus for English. LREC 2014.

Changes: nesy trained a statistical model on the treebank's train split (model selection on dev). The
treebank's sentences are not redistributed here; the word strings the model saw are (vocab/strings.json).
The model is made available under the same licence, Creative Commons Attribution-ShareAlike 4.0
International (CC BY-SA 4.0),
https://creativecommons.org/licenses/by-sa/4.0/ -- unlike the rest of nesy, which is MIT.
The full licence text follows.

"""


def find_split(data: Path, split: str) -> Path:
    """The CoNLL-U file of ``split`` (train, dev or test) in ``data``: the one file named ``*<split>.conllu``."""
    found = sorted(data.glob(f"*{split}.conllu"))
    if len(found) != 1:
        what = "no" if not found else f"{len(found)}"
        raise FileNotFoundError(f"{what} file named '*{split}.conllu' in {data}")
    return found[0]


def read_conllu(path: Path, *, n_sents: int = 10, limit: int = 0):
    """spaCy ``Doc``s of gold annotation from a CoNLL-U file, ``n_sents`` sentences each (``limit``: at most
    that many sentences, 0 for all). Multi-word tokens ("don't") become their syntactic words ("do", "n't")."""
    from spacy.training.converters import conllu_to_docs
    text = Path(path).read_text(encoding="utf-8")
    if limit:
        # a sentence ends at a blank line; keep the first `limit` of them
        blocks = [b for b in text.split("\n\n") if b.strip()]
        text = "\n\n".join(blocks[:limit]) + "\n\n"
    return list(conllu_to_docs(text, n_sents=n_sents, no_print=True))


def evaluate(nlp, path: Path, *, gold_tokens: bool = False, limit: int = 0) -> dict[str, Any]:
    """spaCy's scores of ``nlp`` on a CoNLL-U file: pos_acc (UPOS), tag_acc (XPOS), morph_acc (features),
    lemma_acc, dep_uas, dep_las, sents_f, as fractions. The text is tokenized by ``nlp`` and aligned to the
    treebank's words (end to end), or, with ``gold_tokens``, given as the treebank's own words."""
    from spacy.tokens import Doc
    from spacy.training import Example
    from spacy.scorer import Scorer
    golds = read_conllu(path, limit=limit)
    if gold_tokens:
        preds = [Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g]) for g in golds]
    else:
        preds = [nlp.make_doc(g.text) for g in golds]
    preds = list(nlp.pipe(preds))
    # spaCy's morphology scorer looks each *predicted* analysis up in the gold doc's string store
    # (scorer.score_token_attr_per_feat): one the treebank file never has (a briefly trained model's odd
    # guess, as with --limit) raised KeyError E018. The gold docs learn the predicted analyses first.
    for pred, gold in zip(preds, golds):
        for t in pred:
            gold.vocab.strings.add(str(t.morph))
    scores = Scorer(nlp).score([Example(pred, gold) for pred, gold in zip(preds, golds)])
    return {k: scores[k] for k in _SCORES if scores.get(k) is not None}


def _docbin(docs, path: Path) -> Path:
    from spacy.tokens import DocBin
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return path


def _clean_out(out: Path) -> None:
    """Empty ``out`` for a new pipeline, refusing a folder that holds something other than one."""
    if out.is_file():
        from ..errors import InputError
        raise InputError(f"--out must be a folder, got the file {str(out)!r}")
    if out.is_dir() and any(out.iterdir()) and not (out / "config.cfg").is_file():
        from ..errors import InputError
        raise InputError(f"--out {str(out)!r} exists and is not a spaCy pipeline folder; "
                         "give a new or empty folder (an earlier pipeline there is replaced)")
    if out.is_dir():
        shutil.rmtree(out)
    out.mkdir(parents=True)


def _write_docs(out: Path, data: Path, meta: dict[str, Any], cmd: str) -> None:
    lic = data / "LICENSE.txt"
    full = lic.read_text(encoding="utf-8") if lic.is_file() else (
        "(the full text: https://creativecommons.org/licenses/by-sa/4.0/legalcode)\n")
    (out / "LICENSE").write_text(_NOTICE.format(source=SOURCE) + full, encoding="utf-8")
    perf = meta.get("performance", {})
    test = meta.get("nesy_test", {})

    def pct(d: dict, k: str) -> str:
        return f"{100 * d[k]:.1f}" if k in d else "–"

    rows = "\n".join(
        f"| {name} | {pct(perf, k)} | {pct(test, k)} |" for name, k in (
            ("UPOS", "pos_acc"), ("XPOS (Penn tag)", "tag_acc"), ("morphological features", "morph_acc"),
            ("lemma", "lemma_acc"), ("UAS", "dep_uas"), ("LAS", "dep_las"), ("sentence boundaries F", "sents_f")))
    (out / "README.md").write_text(f"""# nesy English language pipeline

A small spaCy {meta.get('spacy_version', '')} pipeline that reads English: `tok2vec` (hash embeddings + 4-layer
CNN, 96 wide, shared), `tagger` (Penn Treebank tags, `token.tag_`), `morphologizer` (Universal POS and
features, `token.pos_`, `token.morph`), `trainable_lemmatizer` (edit trees, `token.lemma_`) and `parser`
(Universal Dependencies relations, `token.head`, `token.dep_`; the root is `ROOT`). Tokenization is
spaCy's rule-based English tokenizer. Load it with `nesy.parse.nlp.get_language()`.

**Licence: CC BY-SA 4.0** (see `LICENSE`), because it is trained on the annotations of the
{SOURCE}, © 2013–2021 The Board of Trustees of the Leland Stanford Junior University
(Silveira et al. 2014, *A Gold Standard Dependency Corpus for English*, LREC). The rest of nesy is MIT.

## How it was made

    {cmd}

(the treebank's CoNLL-U files, converted in-process with spaCy's `conllu_to_docs`, 10 sentences a document;
settings in `configs/language/ewt.cfg`; seed {meta.get('nesy_seed', 0)}, CPU; up to {meta.get('nesy_steps', '?')} steps
(fewer if dev stops improving), the best checkpoint on dev kept). The same command gives the same bytes.

## Accuracy (%)

Scored by spaCy on raw text (spaCy's tokenizer, aligned to the treebank's words).

| | dev | test |
|---|---|---|
{rows}

`benchmarks/bench_language.py` measures it again (and speed, load time and size): see
`benchmarks/RESULTS.md`, "Language pipeline (issue 9)".
""", encoding="utf-8")


def train(data: Path, out: Path, *, config: Path | None = None, max_steps: int | None = None,
          eval_frequency: int | None = None, patience: int | None = None, seed: int | None = None,
          limit: int = 0, score_test: bool = True, cmd: str = "", stdout: TextIO = sys.stdout) -> dict[str, Any]:
    """Train the pipeline on ``data`` (a folder with ``*train.conllu`` and ``*dev.conllu``) and write it to
    ``out``. Returns the pipeline's meta (dev scores under ``performance``, test scores under ``nesy_test``
    when the folder has ``*test.conllu`` and ``score_test``)."""
    from .nlp import import_spacy, SKIP_BACKEND_PROBE
    spacy = import_spacy(skip_backend_probe=SKIP_BACKEND_PROBE)
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop
    from spacy.util import fix_random_seed, load_config
    from ..resources import data_dir

    cfg_path = Path(config) if config else data_dir("configs") / CONFIG
    files = {s: find_split(data, s) for s in ("train", "dev")}
    cfg = load_config(cfg_path, interpolate=False)
    seed = cfg["system"]["seed"] if seed is None else seed
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="nesy-language-") as tmp:
        tmp = Path(tmp)
        paths = {s: _docbin(read_conllu(f, limit=limit), tmp / f"{s}.spacy") for s, f in files.items()}
        overrides: dict[str, Any] = {"paths.train": str(paths["train"]), "paths.dev": str(paths["dev"]),
                                     "system.seed": seed}
        if max_steps is not None:
            overrides["training.max_steps"] = max_steps
        if eval_frequency is not None:
            overrides["training.eval_frequency"] = eval_frequency
        if patience is not None:
            overrides["training.patience"] = patience
        cfg = load_config(cfg_path, overrides=overrides, interpolate=False)
        fix_random_seed(seed)
        nlp = init_nlp(cfg, use_gpu=-1)
        print(f"converted {', '.join(str(f) for f in files.values())} in {time.perf_counter() - t0:.0f} s; "
              f"training {nlp.pipe_names}", file=stdout, flush=True)
        (tmp / "run").mkdir()
        nlp, best = train_loop(nlp, tmp / "run", use_gpu=-1, stdout=stdout, stderr=stdout)
        seconds = time.perf_counter() - t0
        nlp = spacy.load(best if best is not None else tmp / "run" / "model-last")
        steps = cfg["training"]["max_steps"]
    meta = nlp.meta
    meta.update({
        "name": "nesy_language", "version": "0.1.0", "license": "CC BY-SA 4.0",
        "author": "nesy", "url": "", "email": "",
        "description": "English tagger, morphologizer, lemmatizer and UD dependency parser for nesy, trained on "
                       "UD English EWT (CC BY-SA 4.0).",
        "sources": [{"name": SOURCE, "url": "https://github.com/UniversalDependencies/UD_English-EWT",
                     "license": "CC BY-SA 4.0",
                     "author": "The Board of Trustees of the Leland Stanford Junior University"}],
        "nesy_seed": seed, "nesy_steps": steps,
    })
    # the dev scores only (spaCy also puts the measured speed and losses here: they differ run to run)
    meta["performance"] = {k: v for k, v in meta.get("performance", {}).items() if k in _SCORES}
    if score_test and sorted(data.glob("*test.conllu")):
        meta["nesy_test"] = evaluate(nlp, find_split(data, "test"), limit=limit)
    # the config should not name this run's temporary files
    nlp.config["paths"]["train"] = None
    nlp.config["paths"]["dev"] = None
    nlp.meta.update(meta)
    _clean_out(out)
    nlp.to_disk(out)
    _write_docs(out, data, meta, cmd or f"nesy train --model language --out {out}")
    meta["nesy_train_seconds"] = round(seconds)  # reported, not written: the files stay the same run to run
    return meta


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="nesy train --model language",
        description="Train nesy's English pipeline (tagger, morphologizer, lemmatizer, dependency parser) on the "
        "UD English EWT treebank, CPU only, fixed seed; settings in configs/language/ewt.cfg. The shipped "
        "weights were made with `nesy train --model language --out nesy/weights/language`. The output is CC "
        "BY-SA 4.0, like the treebank (a LICENSE and README are written beside the weights).")
    p.add_argument("--data", metavar="DIR", default=None,
                   help=f"folder with *train.conllu, *dev.conllu (and *test.conllu, scored at the end) "
                   f"(default: {DEFAULT_DATA} when it exists)")
    p.add_argument("--out", default="nesy-language", metavar="DIR",
                   help="output folder, a spaCy pipeline (default: nesy-language); an earlier pipeline there "
                   "is replaced")
    p.add_argument("--config", metavar="FILE", help="a spaCy training config (default: configs/language/ewt.cfg)")
    p.add_argument("--max-steps", type=int, help="training steps (default from the config)")
    p.add_argument("--eval-frequency", type=int, help="steps between evaluations on dev (default from the config)")
    p.add_argument("--patience", type=int, help="stop after this many steps without a better dev score "
                   "(default from the config; 0: never)")
    p.add_argument("--seed", type=int, help="seed (default from the config: 0)")
    p.add_argument("--limit", type=int, default=0, metavar="N",
                   help="read only the first N sentences of each file (a quick trial; default: all)")
    p.add_argument("--no-test", action="store_true", help="do not score the test split at the end")
    args = p.parse_args(list(sys.argv[1:] if argv is None else argv))
    from ..errors import InputError
    for name in ("max_steps", "eval_frequency", "limit"):
        v = getattr(args, name)
        if v is not None and v < (0 if name == "limit" else 1):
            raise InputError(f"--{name.replace('_', '-')} must be {'>= 0' if name == 'limit' else '>= 1'}, got {v}")
    if args.patience is not None and args.patience < 0:
        raise InputError(f"--patience must be >= 0, got {args.patience}")
    if args.data is None:
        if not DEFAULT_DATA.is_dir():
            raise InputError(f"--data: the UD English EWT treebank was not found at the default {DEFAULT_DATA}; "
                             "pass --data DIR (a folder with en_ewt-ud-train.conllu and en_ewt-ud-dev.conllu)")
        data = DEFAULT_DATA
    else:
        data = Path(args.data)
        if not data.is_dir():
            raise InputError(f"--data must be a folder holding the treebank's CoNLL-U files, got {args.data!r}")
    for split in ("train", "dev"):
        try:
            find_split(data, split)
        except FileNotFoundError as e:
            raise InputError(f"--data {str(data)!r}: {e}") from None
    if args.config and not Path(args.config).is_file():
        raise InputError(f"--config must be a spaCy config file, got {args.config!r}")
    out = Path(args.out)
    if out.is_dir() and any(out.iterdir()) and not (out / "config.cfg").is_file():
        raise InputError(f"--out {args.out!r} exists and is not a spaCy pipeline folder; give a new or empty folder")
    shown = ["nesy train --model language"] + [a for a in (sys.argv[1:] if argv is None else argv)]
    meta = train(data, out, config=args.config, max_steps=args.max_steps, eval_frequency=args.eval_frequency,
                 patience=args.patience, seed=args.seed, limit=args.limit, score_test=not args.no_test,
                 cmd=" ".join(shown))
    scores = ", ".join(f"{k} {100 * v:.1f}" for k, v in meta.get("nesy_test", meta["performance"]).items())
    print(f"wrote {out}/ in {meta['nesy_train_seconds'] / 60:.1f} min ({'test' if 'nesy_test' in meta else 'dev'}: {scores}); "
          "load it with spacy.load or nesy.parse.nlp.get_language()")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
