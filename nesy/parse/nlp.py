"""The shared spaCy pipelines: a blank English model with lookup lemmas, and nesy's trained one.

``get_nlp()`` is the blank English model the domain grammars in ``grammars/`` are written against; its
lemma table is nesy's own copy of spaCy's English lookup table (``nesy/parse/lemmas.py``), so
spacy-lookups-data is not needed. ``get_language()`` is nesy's own trained pipeline (tagger,
morphologizer, lemmatizer, dependency parser) shipped in ``nesy/weights/language/``: no official English
pipeline installs offline (the only PyPI copy of ``en_core_web_sm`` is an unofficial re-upload), so nesy
trains its own from UD English EWT (``nesy train --model language``; the weights are CC BY-SA 4.0).
"""
from __future__ import annotations

import functools
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from spacy.language import Language

__all__ = ["get_nlp", "get_language", "language_path", "import_spacy"]

# thinc (spaCy's ML layer) probes these at import; nesy's blank pipeline never uses them, and with a
# CUDA build of torch installed the probe alone costs ~1 s of every cold start.
_PROBED = ("torch", "cupy", "cupyx", "tensorflow", "mxnet")
# Set by the command line (a process of its own); a library user's process keeps thinc's probe.
SKIP_BACKEND_PROBE = False


class _NoProbe:
    """A meta-path finder that makes the probed optional backends look absent."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in _PROBED:
            raise ImportError(f"{name} hidden from thinc's import-time probe")
        return None


def import_spacy(*, skip_backend_probe: bool = False):
    """Import spaCy. ``skip_backend_probe`` (the CLI's choice, not the library's): let thinc see no
    torch/cupy while it is imported, when none of them is loaded yet. thinc's torch helpers are then
    unavailable in this process; torch itself imports normally afterwards."""
    if "spacy" in sys.modules or not skip_backend_probe or any(m in sys.modules for m in _PROBED):
        import spacy
        return spacy
    blocker = _NoProbe()
    sys.meta_path.insert(0, blocker)
    try:
        import spacy
    finally:
        sys.meta_path.remove(blocker)
    return spacy


@functools.lru_cache(maxsize=1)
def get_nlp():
    """The process-wide spaCy ``Language`` (built once; ~0.2 s after spaCy is imported)."""
    spacy = import_spacy(skip_backend_probe=SKIP_BACKEND_PROBE)
    from spacy.lookups import Lookups
    from .lemmas import lemma_table
    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    lookups = Lookups()
    lookups.add_table("lemma_lookup", lemma_table())
    lemmatizer.initialize(lookups=lookups)
    return nlp


# the components get_language() hands on; a folder without them is not nesy's pipeline
LANGUAGE_COMPONENTS = ("tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser")


def language_path() -> "Traversable":
    """The folder of the shipped English pipeline (``nesy/weights/language``), in a checkout or a wheel."""
    from importlib.resources import files
    return files("nesy") / "weights" / "language"


@functools.lru_cache(maxsize=1)
def trained_words() -> frozenset[str]:
    """The word strings nesy's English pipeline learnt from (its shipped ``vocab/strings.json``): fixed for a
    release. Not ``get_language().vocab.strings``, which grows with every text the process reads, so a word
    seen in an earlier text would count as known and change how a later text is read."""
    import json
    return frozenset(json.loads((language_path() / "vocab" / "strings.json").read_text(encoding="utf-8")))


@functools.lru_cache(maxsize=1)
def get_language() -> "Language":
    """nesy's trained English spaCy ``Language``, loaded once per process: tokenizer, ``tagger`` (Penn tags,
    ``token.tag_``), ``morphologizer`` (UPOS and features, ``token.pos_``, ``token.morph``),
    ``trainable_lemmatizer`` (``token.lemma_``) and ``parser`` (UD relations, ``token.head``/``dep_``;
    sentence boundaries). Trained on UD English EWT; CC BY-SA 4.0 (``nesy/weights/language/LICENSE``).

    Raises ``NesyError`` when the shipped weights are missing or cannot be read.
    """
    from ..errors import NesyError
    path = language_path()
    if not (path / "config.cfg").is_file() or not (path / "meta.json").is_file():
        raise NesyError(f"nesy's English pipeline is missing: no spaCy pipeline in {path}; reinstall nesy, or "
                        "rebuild it with `nesy train --model language --out nesy/weights/language` in a checkout")
    spacy = import_spacy(skip_backend_probe=SKIP_BACKEND_PROBE)
    try:
        nlp = spacy.load(path)  # a Traversable of the installed package: a real folder for a wheel or checkout
    except Exception as e:  # noqa: BLE001 - spaCy/thinc/srsly raise many kinds on a damaged folder
        raise NesyError(f"nesy's English pipeline in {path} cannot be loaded ({type(e).__name__}: {e}); "
                        "reinstall nesy, or rebuild it with `nesy train --model language --out "
                        "nesy/weights/language`") from e
    missing = [c for c in LANGUAGE_COMPONENTS if c not in nlp.pipe_names]
    if missing:
        raise NesyError(f"nesy's English pipeline in {path} lacks the components {missing} (it has "
                        f"{nlp.pipe_names}); rebuild it with `nesy train --model language --out nesy/weights/language`")
    return nlp
