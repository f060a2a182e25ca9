"""Units whose number was not read, for the sciences that read lengths inside their own grammar: "forty-nine
square centimetres", "half a centimetre", "a dozen cm", "several metres".

A unit is the mark of a measure. Where the number before it was not read as one, the measure was silently dropped
and a square of the default side drawn and verified as "a square whose area is forty-nine square centimetres"
(requests-11 geometry-03); "a 3 cm letter is held half a metre in front of it", with "half a metre" unread, drew the
letter 3 cm from the lens (requests-11 optics-05). Geometry and optics refuse such a phrase while they read (so a
length read later is never taken in its place); the rule is ``nesy.parse.quantities.unread_quantities``, the one
the pipeline applies to every science's unread words.
"""
from __future__ import annotations

from typing import Any

__all__ = ["unread_measures"]

# lengths, areas and angles: what geometry and optics draw
_MEASURES = ("m", "m**2", "deg")


def unread_measures(text: str, used: Any) -> list[tuple[str, int, int]]:
    """The measure phrases of ``text`` whose number or unit lies outside the spans marked in ``used`` (a
    boolean array over the text): (phrase with its number, start, end)."""
    from .quantities import dimension_of, unread_quantities
    spans, a = [], None
    for i in range(len(text)):
        if not used[i] and a is None:
            a = i
        elif used[i] and a is not None:
            spans.append((a, i))
            a = None
    if a is not None:
        spans.append((a, len(text)))
    return [(text[q.start:q.end], q.start, q.end)
            for q in unread_quantities(text, spans, {dimension_of(u) for u in _MEASURES})]
