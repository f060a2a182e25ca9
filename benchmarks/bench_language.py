"""Accuracy, speed, load time and size of nesy's English pipeline (``nesy/weights/language``, issue 9).

    python benchmarks/bench_language.py [--data ../shared/data/ud-english-ewt] [--model DIR] [--json out.json]

On the treebank's test split (``*test.conllu``, never seen in training or model selection), scored by spaCy's
``Language.evaluate``: UPOS (``pos_acc``), XPOS/Penn tag (``tag_acc``), morphological features
(``morph_acc``, whole feature bundle per word), lemma (``lemma_acc``), UAS and LAS (``dep_uas``,
``dep_las``, punctuation included, UD labels with their subtypes) and sentence-boundary F. Two settings:

- *raw text*: spaCy's tokenizer reads the sentence text and its tokens are aligned to the treebank's words
  (what a user gets; a word the tokenizer splits differently counts as wrong);
- *gold tokens*: the treebank's own words are given (the usual setting of UD tagging/parsing tables).

Speed: words per second of ``nlp.pipe`` over the test texts (documents of 10 sentences, one process, the
machine's CPU), best of ``--repeats``. Load time: a fresh Python process each, median of ``--runs``: importing
spaCy, then ``spacy.load`` of the folder (thinc's torch/cupy probe skipped, as the CLI does), and
``get_language()`` as a library user gets it (the probe kept). Size: bytes of the folder's files.
"""
from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

_NAMES = (("pos_acc", "UPOS"), ("tag_acc", "XPOS (Penn)"), ("morph_acc", "morph. features"),
          ("lemma_acc", "lemma"), ("dep_uas", "UAS"), ("dep_las", "LAS"), ("sents_f", "sentence F"))

_LOAD = r"""
import sys, time, json
t0 = time.perf_counter()
from nesy.parse import nlp as m
probe = sys.argv[1] == "probe"
m.SKIP_BACKEND_PROBE = not probe
spacy = m.import_spacy(skip_backend_probe=not probe)
t1 = time.perf_counter()
if sys.argv[2] == "-":
    nlp = m.get_language()
else:
    nlp = spacy.load(sys.argv[2])
t2 = time.perf_counter()
nlp("A 5 kg block slides down a 30 degree incline.")
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "first_doc": t3 - t2, "total": t3 - t0}))
"""


def load_times(model: str, *, runs: int, probe: bool) -> dict[str, float]:
    """Median seconds over ``runs`` fresh processes: import spaCy, load the pipeline, parse one sentence."""
    rows = []
    for _ in range(runs):
        r = subprocess.run([sys.executable, "-c", _LOAD, "probe" if probe else "skip", model], check=True,
                           capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1])
        rows.append(json.loads(r.stdout.strip().splitlines()[-1]))
    return {k: statistics.median(r[k] for r in rows) for k in rows[0]}


def size_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def speed(nlp, texts: list[str], *, repeats: int) -> dict[str, float]:
    """Words (tokens) per second of nlp.pipe over ``texts``, the best of ``repeats`` passes."""
    best = float("inf")
    words = 0
    for _ in range(repeats):
        t = time.perf_counter()
        words = sum(len(d) for d in nlp.pipe(texts))
        best = min(best, time.perf_counter() - t)
    return {"words": words, "seconds": best, "words_per_s": words / best}


def main(argv: Sequence[str] | None = None) -> int:
    from nesy.parse.nlp import language_path
    from nesy.parse.train_language import DEFAULT_DATA, evaluate, find_split, read_conllu
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", default=str(DEFAULT_DATA), help="folder with *test.conllu (default: %(default)s)")
    p.add_argument("--model", default=None, help="a spaCy pipeline folder (default: the shipped nesy/weights/language)")
    p.add_argument("--runs", type=int, default=5, help="fresh processes per load-time setting (default 5)")
    p.add_argument("--repeats", type=int, default=3, help="speed passes, best kept (default 3)")
    p.add_argument("--json", help="also write the numbers here")
    args = p.parse_args(argv)

    import spacy
    model = Path(args.model) if args.model else Path(str(language_path()))
    test = find_split(Path(args.data), "test")
    nlp = spacy.load(model)
    res: dict[str, Any] = {"model": str(model), "test": str(test), "python": platform.python_version(),
                           "spacy": spacy.__version__, "machine": platform.machine(),
                           "pipeline": nlp.pipe_names, "meta_version": nlp.meta.get("version")}
    gold = read_conllu(test)
    res["test_sentences"] = sum(len(list(d.sents)) for d in gold)
    res["test_words"] = sum(len(d) for d in gold)
    res["raw_text"] = evaluate(nlp, test)
    res["gold_tokens"] = evaluate(nlp, test, gold_tokens=True)
    res["speed"] = speed(nlp, [d.text for d in gold], repeats=args.repeats)
    res["size_bytes"] = size_bytes(model)
    res["load_cli"] = load_times(str(model) if args.model else "-", runs=args.runs, probe=False)
    res["load_library"] = load_times(str(model) if args.model else "-", runs=args.runs, probe=True)

    print(f"test split: {test.name}, {res['test_sentences']} sentences, {res['test_words']} words; "
          f"model {model}\n")
    print("| score on test (%) | raw text (spaCy tokenizer) | gold tokens |\n|---|---|---|")
    for k, name in _NAMES:
        a, b = res["raw_text"].get(k), res["gold_tokens"].get(k)
        print(f"| {name} | {100 * a:.1f} | {100 * b:.1f} |" if a is not None and b is not None else f"| {name} | – | – |")
    s = res["speed"]
    print(f"\nspeed: {s['words_per_s']:,.0f} words/s ({s['words']} words in {s['seconds']:.2f} s, nlp.pipe, 1 process)")
    print(f"size on disk: {res['size_bytes'] / 2**20:.1f} MiB ({res['size_bytes']:,} bytes)")
    for key, what in (("load_cli", "CLI (torch probe skipped)"), ("load_library", "library (thinc probes torch)")):
        t = res[key]
        print(f"cold load, {what}, median of {args.runs}: import spaCy {t['import']:.2f} s + load "
              f"{t['load']:.2f} s + first sentence {t['first_doc']:.3f} s = {t['total']:.2f} s")
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
