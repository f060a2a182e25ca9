"""``nesy train --model NAME``: train one of nesy's own models from data in the repository.

Each model has its own trainer module with a ``main(argv)``; this only dispatches, so ``nesy train --help``
stays fast and a model's heavy imports load only when it is trained.
"""
from __future__ import annotations

import importlib
import sys
from typing import Sequence

# name -> (module with main(argv), what it trains)
MODELS = {
    "microscopy": ("nesy.micro.cli", "the compact ControlNet diffusion model for fluorescence microscopy "
                   "(needs nesy[microscopy])"),
    "language": ("nesy.parse.train_language", "the English tagger, lemmatizer and dependency parser, from the UD "
                 "English EWT treebank (CC BY-SA 4.0)"),
    "reader": ("nesy.see.train_reader", "the label-line recogniser the verifiers read label text with, from "
               "label lines nesy renders in randomised styles (torch, CPU)"),
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    names = " | ".join(MODELS)
    model = "microscopy"  # the default, as before --model existed
    rest: list[str] = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--model" and i + 1 < len(argv):
            model = argv[i + 1]
            i += 2
            continue
        if a.startswith("--model="):
            model = a.split("=", 1)[1]
            i += 1
            continue
        if a in ("-h", "--help") and not any(x == "--model" or x.startswith("--model=") for x in argv):
            print(f"usage: nesy train [--model {{{names}}}] [options]\n\nTrain one of nesy's own models:")
            for n, (_, what) in MODELS.items():
                print(f"  {n:<12} {what}")
            print("\n`nesy train --model NAME --help` lists that model's options (default model: microscopy).")
            return 0
        rest.append(a)
        i += 1
    if model not in MODELS:
        print(f"nesy train: error: unknown model {model!r}; choose one of: {names}", file=sys.stderr)
        return 2
    return int(importlib.import_module(MODELS[model][0]).main(rest) or 0)
