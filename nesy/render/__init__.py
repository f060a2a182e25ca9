"""Render stage: ``Layout`` → ``Rendering`` (exact SVG, its PNG, and the control maps).

The PNG is rasterised from the one SVG by resvg with crisp edges, so every shape's colour in the
PNG is exactly the colour in the style file; the verifier relies on that. Control maps: a
segmentation map in the class palette of ``layout/control_palette.yaml`` and a Canny edge map made
with controlnet-aux's ``CannyDetector`` (imported lazily), ready for a ControlNet renderer.
"""
from .svg import Renderer, SvgRenderer, render_layout, svg_to_png

__all__ = ["Renderer", "SvgRenderer", "render_layout", "svg_to_png"]
