"""The shared spaCy pipeline: a blank English model with lookup lemmas (spacy-lookups-data).

No trained model is used (the only PyPI copy of ``en_core_web_sm`` is an unofficial re-upload);
the domain grammars in ``grammars/`` carry the meaning.
"""
from __future__ import annotations

import functools

__all__ = ["get_nlp"]


@functools.lru_cache(maxsize=1)
def get_nlp():
    """The process-wide spaCy ``Language`` (built once; ~0.1 s after spaCy is imported)."""
    import spacy
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp
