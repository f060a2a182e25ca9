"""Sign conventions of ``nesy.optics.v1``: reading a text written in the New Cartesian convention.

nesy solves in the "real is positive" convention (``solvers/optics.yaml``: d_o > 0 for a real object,
d_i > 0 for a real image, f > 0 for a converging element). Many texts — school syllabuses in particular —
write signs in the New Cartesian convention instead: every distance measured from the pole or optical
centre, positive in the direction the incident light travels, so a real object has u < 0, a concave
mirror f < 0 and a convex mirror f > 0, a real image of a mirror v < 0, of a lens v > 0 (NCERT, *Physics
Part I*, class XII, §9.2.1 and §9.5.2; Hecht, *Optics*, 5th ed., §5.2.3 and table 5.2, states both).

A text shows it uses the Cartesian convention only by a sign that the real-is-positive convention cannot
give: a negative object distance (a real object always has d_o > 0), or a mirror named concave/convex
whose focal length or radius is written with the other sign. Then every *written* sign is read in that
convention and converted (f → −f and v → −v for a mirror; u → −u for both; a lens's f and v keep their
sign); unsigned magnitudes stay magnitudes. The figure says so in its body (``note``), naming the phrase
that showed the convention — the reading is stated, never silent. A lens whose written sign contradicts
its type is a contradiction in both conventions and is left for the solver to report.

Hands ``parse_optics`` the converted facts and the convention's note.
"""
from __future__ import annotations

from typing import Any

__all__ = ["read_convention"]


def read_convention(facts: list[dict[str, Any]], element: dict[str, Any] | None) -> dict[str, Any] | None:
    """Convert ``facts`` (in place) from the New Cartesian convention when the text shows it (see the
    module docstring); return ``{"name": "cartesian", "span": ..., "why": ...}`` or None (real is positive).
    ``facts``: ``parse_optics``'s facts (``what``, ``value`` in cm, ``signed``: the sign was written)."""
    mirror = bool(element) and element.get("kind") == "mirror"
    typ = element.get("type") if element else None
    shown = None
    for x in facts:
        if x["what"] == "do" and x["signed"] and x["value"] < 0:
            shown = (x, "a real object's distance is written negative")
            break
    if shown is None and mirror and typ:
        for x in facts:
            if x["what"] in ("f", "R") and x["signed"] and (x["value"] > 0) != (typ == "converging"):
                shown = (x, f"a {'concave' if typ == 'converging' else 'convex'} mirror's "
                            f"{'focal length' if x['what'] == 'f' else 'radius'} is written "
                            f"{'negative' if x['value'] < 0 else 'positive'}")
                break
    if shown is None:
        return None
    for x in facts:
        if not x["signed"] or x["value"] is None:
            continue
        if x["what"] == "do":
            x["value"] = -x["value"]
        elif x["what"] in ("f", "R", "di") and mirror:
            x["value"] = -x["value"]
    return {"name": "cartesian", "span": dict(shown[0]["span"]), "why": shown[1]}
