"""nesy: scientific figures from text that are provably right.

``nesy.generate(text)`` parses the text into a scene graph, solves the domain's laws with Z3, draws
the figure exactly and verifies it from its pixels. Heavy modules load on first use.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["generate", "scene_graph", "explain", "verify_image", "load_spec", "__version__"]

# ``nesy.parse`` is the parse stage's subpackage, so the text → SceneGraph function is ``scene_graph``
_API = {"generate": "generate", "scene_graph": "parse", "explain": "explain", "verify_image": "verify_image",
        "load_spec": "load_spec"}


def __getattr__(name: str):
    if name in _API:
        from . import pipeline
        return getattr(pipeline, _API[name])
    raise AttributeError(f"module 'nesy' has no attribute {name!r}")
