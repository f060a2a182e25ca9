"""nesy: scientific figures from text that are provably right.

``nesy.generate(text)`` parses the text into a scene graph, solves the domain's laws with Z3, draws
the figure exactly and verifies it from its pixels. Heavy modules load on first use.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["generate", "parse", "explain", "verify_image", "load_spec", "__version__"]


def __getattr__(name: str):
    if name in ("generate", "parse", "explain", "verify_image", "load_spec"):
        from . import pipeline
        return getattr(pipeline, name)
    raise AttributeError(f"module 'nesy' has no attribute {name!r}")
