"""The shared spaCy pipeline: a blank English model with lookup lemmas.

No trained model is used (the only PyPI copy of ``en_core_web_sm`` is an unofficial re-upload);
the domain grammars in ``grammars/`` carry the meaning. The lemma table is nesy's own copy of spaCy's
English lookup table (``nesy/parse/lemmas.py``), so spacy-lookups-data is not needed.
"""
from __future__ import annotations

import functools
import sys

__all__ = ["get_nlp", "import_spacy"]

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
