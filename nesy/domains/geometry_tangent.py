"""Named points of tangents from an external point, for ``nesy.geometry.v1``: "a circle with centre O and
radius 3 cm; from a point P with OP = 5 cm draw a tangent touching the circle at T; find PT", "PA and PB are
tangents to the circle", "the tangents from P touch the circle at A and B".

A tangent is perpendicular to the radius at its point of contact (Euclid, *Elements*, III.18), so the
centre O, the external point P and a contact T make a right triangle with its right angle at T and
PT² = OP² − OT² (I.47); the two tangents from P are equal (III.17 construction). A named segment of such a
figure is therefore one of three lengths, known by its letters: O with P is the point's distance from the
centre, P with a contact is the tangent length, O with a contact is the radius — never a chord.

Hands ``geometry.parse_geometry`` the contacts' names (``contact_names``) and each named segment's role
(``segment_role``); ``plane_figure`` writes the named points into figure.json.
"""
from __future__ import annotations

import re

__all__ = ["contact_names", "segment_role", "from_centre", "one_tangent"]

_L = r"(?<![A-Za-z])([A-Z])(?![A-Za-z'’])"
# "touching the circle at T", "touches it at the points A and B", "meets the circle at T", "points of contact A and B"
_AT_RX = re.compile(r"(?i:\b(?:touch(?:es|ing)?|meets?|meeting|contacts?)\b[^.;?!]{0,30}?\bat\s+(?:the\s+)?"
                    r"(?:points?\s+)?|\bpoints?\s+of\s+(?:contact|tangency)\s+(?:are\s+|is\s+)?)"
                    r"([A-Z])(?![A-Za-z])(?:\s*(?:,|and|&)\s*([A-Z])(?![A-Za-z]))?")


def contact_names(text: str, centre: str, point: str) -> list[str]:
    """The names the text gives the points where the tangents touch the circle, in the text's order
    (at most two): said by "touching … at T (and U)", "points of contact A and B", or by a named tangent
    from the external point ("the tangent PT", "PA and PB are tangents", "tangents PA and PB")."""
    out: list[str] = []

    def add(x: str | None) -> None:
        if x and x not in (centre, point) and x not in out:
            out.append(x)
    for m in _AT_RX.finditer(text):
        add(m.group(1))
        add(m.group(2))
    for m in re.finditer(r"(?<![A-Za-z])([A-Z])([A-Z])(?![A-Za-z])", text):
        a, b = m.group(1), m.group(2)
        if point not in (a, b) or centre in (a, b) or a == b:
            continue
        near = text[max(0, m.start() - 40):m.end() + 40]
        if re.search(r"(?i)\btangents?\b", near):
            add(b if a == point else a)
    return out[:2]


def segment_role(seg: str, centre: str, point: str, contacts: list[str]) -> str | None:
    """The role of a named segment of a tangents figure: 'distance' (centre–point), 'tangent_length'
    (point–contact), 'radius' (centre–contact); None for any other pair of letters."""
    s = set(seg)
    if len(seg) != 2 or len(s) != 2:
        return None
    if s == {centre, point}:
        return "distance"
    if point in s and (s - {point}) <= set(contacts):
        return "tangent_length"
    if centre in s and (s - {centre}) <= set(contacts):
        return "radius"
    return None


def from_centre(text: str, at: int, centre: str) -> tuple[int, int] | None:
    """The span of "from C" / "away from the centre C" right after a length ending at ``at``, where C is
    the circle's named centre: the length is a point's distance from the centre; None otherwise."""
    m = re.compile(r"\s*(?:away\s+)?from\s+(?:the\s+)?(?:cent(?:re|er)\s+)?" + re.escape(centre) +
                   r"(?![A-Za-z])").match(text, at)
    return (m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end()) if m else None


def one_tangent(text: str, contacts: list[str]) -> bool:
    """Whether the text asks for one tangent only: one named point of contact, "a/one/the tangent" in the
    singular, and no plural or pair ("tangents", "two", "both", "pair") — "draw a tangent touching the
    circle at T", "the tangent PT from P". Two tangents from a point are drawn otherwise."""
    return (len(contacts) == 1 and bool(re.search(r"(?i)\b(?:a|one|the|single)\s+tangent\b(?!s)", text))
            and not re.search(r"(?i)\btangents\b|\b(?:two|both|pair)\b", text))
