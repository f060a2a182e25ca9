"""nesy: scientific figures from text that are provably right.

``nesy.generate(text)`` parses the text into a scene graph, solves the science's laws with Z3, draws
the figure exactly and verifies it from its pixels; ``Result.save(folder)`` writes its files.
``nesy.explain(text)`` says why a description is impossible; ``nesy.verify_image(png, scene)`` checks
any image; ``nesy.make_dataset(config, out, n=…)`` makes a dataset of verified figures. Sciences: cell, sets, crystal, astronomy, optics, geometry, mechanics, circuits, automata,
microscopy. Heavy modules (spaCy, Z3, pymatgen, torch) load on first use.

>>> import nesy
>>> res = nesy.generate("A cell with a nucleus and two mitochondria")   # doctest: +SKIP
>>> res.passed, res.save("out")                                         # doctest: +SKIP
"""
from __future__ import annotations

from .errors import (InputError, MissingExtraError, NesyError, SolverTimeoutError, SpecError, UnknownWordsError,
                     UnsatisfiableError, UnsupportedError, VerificationFailedError)
from .pipeline import Result, explain, generate, load_spec, verify_image
from .types import Layout, Rendering, SceneGraph, Verdict

__version__ = "0.1.0"
__all__ = ["generate", "make_dataset", "scene_graph", "explain", "verify_image", "load_spec", "Result", "SceneGraph", "Layout",
           "Rendering", "Verdict", "NesyError", "InputError", "UnknownWordsError", "SpecError", "UnsupportedError",
           "UnsatisfiableError", "SolverTimeoutError", "VerificationFailedError", "MissingExtraError",
           "__version__"]


def scene_graph(text: str, *, domain: str | None = None, allow_unknown: bool = False) -> SceneGraph:
    """Text → the typed ``SceneGraph`` of its science (``domain`` forces one; unknown words are an
    ``UnknownWordsError`` with their positions unless ``allow_unknown``). Named ``scene_graph`` because
    ``nesy.parse`` is the parse stage's subpackage."""
    from .pipeline import parse
    return parse(text, domain=domain, allow_unknown=allow_unknown)


def make_dataset(config=None, out="dataset", **kw):
    """Make a dataset of verified figures (``nesy.dataset.make``: items with prompt, image, scene graph,
    masks, COCO, artifact, verdict and question–answer pairs; Parquet + WebDataset; process pool or Ray).
    Loaded on first use, like the other heavy parts."""
    from .dataset import make
    return make(config, out, **kw)
