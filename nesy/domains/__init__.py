"""Domain plug-ins. Each registers itself in ``nesy.registry``; domains never import each other.

``regionbase`` is shared machinery for domains whose figures are nested outlines (cells, sets):
grammar parsing, the region solver, shapes and legend, and the pixel verifier.
"""
