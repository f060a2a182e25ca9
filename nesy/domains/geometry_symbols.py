"""A triangle's measures written in the textbook's symbols, for ``nesy.geometry.v1``.

In triangle ABC the angles are named by their vertices A, B, C and the sides by the lower-case letters of the
opposite vertices: a = BC, b = CA, c = AB (Zwillinger, *CRC Standard Mathematical Tables and Formulae*, 31st ed.,
§4.5 "Triangles"; Stewart, Redlin & Watson, *Precalculus*, §6.5 "The Law of Sines": "angles A, B, C … and the
lengths of the opposite sides a, b, c"). So "a = 8 cm, b = 5 cm and the angle C between them = 120°" is BC = 8,
CA = 5 and the angle at C; in triangle PQR, p = QR. Read without the symbols, "a" was an article, "b" an unknown
word, the two lengths went to any sides and the angle to any vertex: requests-15 geometry-10 drew the 120° at A and
said verified.

``side_symbols``: "a = 8 cm", "side b = 5 cm", "side c is 4 cm" — a lower-case letter of the triangle's vertex names
before "=" (or after the word "side" before a length statement) is the side opposite that vertex.
``angle_symbols``: "B = 60°" — a vertex's capital alone before "=" and a value in degrees is the angle there.
``between_angles``: "the angle C between them equal to 120°", "the angle between a and b is 120°", "the angle
between sides BC and CA, 120°" — the angle is read with its vertex (the one the two sides share).
``included_vertex``: an included angle ("the included angle 40°", "the angle C between them") after two named
sides is the angle at their common vertex; one that names another vertex is refused naming the phrase (before,
"AB = 5 cm, BC = 7 cm and the included angle 40°" drew 40° at A, not at B, and verified).
"""
from __future__ import annotations

import re
from typing import Any

from ..errors import UnsupportedError
from ..parse.words import number_words_rx

__all__ = ["triangle_vertices", "side_symbols", "angle_symbols", "between_angles", "included_vertex"]

_TRI_NAME = re.compile(r"(?<![A-Za-z])(?i:triangle)\s+(?P<n>[A-Z]{3})(?![A-Za-z])")
_VALUE = r"(?=\s*(?:√|\d|(?:" + number_words_rx() + r")(?![A-Za-z])))"
_DEG_AFTER = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:°|º|deg(?:rees?)?(?![a-z]))", re.IGNORECASE)
_THEM = r"(?:them|these|those|the\s+two(?:\s+(?:given\s+)?sides)?|both)"
_LINK = r"\s*,?\s*(?:(?:is|are|was)\s+)?(?:(?:equal\s+to|equals?|of|measures|measuring|=|:)\s*)?"


def triangle_vertices(text: str) -> str | None:
    """The triangle's three vertex names ("ABC", "PQR"), or None when the text names no triangle."""
    if not re.search(r"(?i)triang", text):
        return None
    for m in _TRI_NAME.finditer(text):
        if len(set(m.group("n"))) == 3:
            return m.group("n")
    return "ABC"


def _opposite(names: str, v: str) -> str:
    i = names.index(v)
    return names[(i + 1) % 3] + names[(i + 2) % 3]


def _side_of(names: str, tok: str) -> str | None:
    """The side a token names: a lower-case symbol ("a" → "BC") or two vertex letters ("CA")."""
    if len(tok) == 1 and tok.upper() in names:
        return _opposite(names, tok.upper())
    if len(tok) == 2 and set(tok) <= set(names) and tok[0] != tok[1]:
        return tok
    return None


def side_symbols(text: str, names: str) -> list[tuple[int, int, str]]:
    """(start, end, side) of each lower-case side symbol of triangle ``names`` that has a value after it."""
    low = "".join(sorted(names.lower()))
    rx = re.compile(rf"(?<![\w.′'’])(?:(?i:sides?)\s+(?P<s>[{low}])(?![\w'’])\s*(?:=|:|is\b|measures\b|of\b)?"
                    rf"|(?P<t>[{low}])\s*=){_VALUE}")
    out = []
    for m in rx.finditer(text):
        sym = m.group("s") or m.group("t")
        if sym in "rd" and re.search(r"(?i)circle|radius|radii|diameter|inscribed", text):
            # triangle PQR with its incircle: "r = 2 cm" is side PQ or the inradius — refused, never guessed
            raise UnsupportedError(f"'{m.group(0).strip()}' at {m.start()}-{m.end()}: '{sym}' is the side opposite "
                                   f"{sym.upper()} or a circle's {'radius' if sym == 'r' else 'diameter'}; name it "
                                   f"(e.g. '{_opposite(names, sym.upper())} = …' or 'the inradius is …')")
        out.append((m.start(), m.end(), _opposite(names, sym.upper())))
    return out


def angle_symbols(text: str, names: str) -> list[tuple[int, int, str]]:
    """(start, end, vertex) of each vertex capital alone before "=" and a value in degrees ("B = 60°")."""
    rx = re.compile(rf"(?<![\w.′'’∠])(?P<v>[{names}])\s*=(?=\s*\d)")
    return [(m.start(), m.end(), m.group("v")) for m in rx.finditer(text) if _DEG_AFTER.match(text, m.end())
            and not re.search(r"(?i)(?:angle|∠|\bat|vertex|corner)\s*$", text[:m.start()])]   # "angle B = …": its own


def between_angles(text: str, names: str) -> list[tuple[int, int, str]]:
    """(start, end, vertex) of each angle said to lie between two sides, up to its value: "the angle C between
    them equal to", "the angle between a and b is", "the angle between sides BC and CA,". The vertex is the one
    named, or the one the two named sides share; ``UnsupportedError`` when the sides share none or the named
    vertex is not theirs."""
    side = rf"(?:[{names.lower()}]|[{names}]{{2}})"
    rx = re.compile(rf"(?<![A-Za-z])(?:(?i:angle)|∠)\s*(?:(?i:at)\s+)?(?P<v>[{names}])?(?![A-Za-z])\s*,?\s*"
                    rf"(?i:(?:which\s+is\s+|that\s+is\s+)?(?:between|included\s+(?:by|between))\s+)"
                    rf"(?:(?P<them>(?i:{_THEM}))|(?i:(?:the\s+)?sides?\s+)?(?P<s1>{side})\s+(?i:and|&)\s+(?P<s2>{side}))"
                    rf"(?![A-Za-z]){_LINK}{_VALUE}")
    out = []
    for m in rx.finditer(text):
        v = m.group("v")
        if m.group("s1"):
            a, b = _side_of(names, m.group("s1")), _side_of(names, m.group("s2"))
            common = set(a or "") & set(b or "")
            if a is None or b is None or len(common) != 1 or (v and v not in common):
                raise UnsupportedError(f"'{m.group(0).strip()}' at {m.start()}-{m.end()}: the sides "
                                       f"{m.group('s1')} and {m.group('s2')} do not meet at "
                                       f"{'vertex ' + v if v else 'one vertex'} of triangle {names}")
            v = common.pop()
        if v is None:
            continue            # "the angle between them": the included angle, its vertex from the sides before it
        out.append((m.start(), m.end(), v))
    return out


_INCLUDED = re.compile(r"(?i)\b(?:between|included)\b")


def included_vertex(given: list[Any], names: list[str]) -> None:
    """Give each included angle of a triangle the vertex its two sides share, in place: an angle "between them"
    (role ``included_angle``, or a named angle whose phrase says "between") after two named sides is the angle
    at their common vertex; unnamed sides before a named angle "between them" become the two sides at it."""
    for i, x in enumerate(given):
        if not (x.role == "included_angle" or (x.role == "angle" and x.target and _INCLUDED.search(x.span["text"]))):
            continue
        before = [y for y in given[:i] if y.role == "side"]
        named = [y for y in before if y.target]
        if len(named) >= 2 and not any(y.target is None for y in before[-2:]):
            s1, s2 = named[-2].target, named[-1].target
            common = set(s1) & set(s2)
            if len(common) != 1 or (x.target and x.target not in common):
                where = f"'{x.span['text']}' at {x.span['start']}-{x.span['end']}"
                raise UnsupportedError(f"{where}: the angle between {s1} and {s2} "
                                       + (f"is not at {x.target}" if len(common) == 1 else "is not one of the "
                                          "triangle's angles") + "; name the angle or the sides again")
            x.role, x.target = "angle", common.pop()
        elif x.role == "angle" and len(before) >= 2 and all(y.target is None for y in before[-2:]):
            # "two sides 8 cm and 5 cm with the angle C between them 120°": the sides at C, in the order said
            j = names.index(x.target)
            before[-2].target = names[j] + names[(j + 1) % 3]
            before[-1].target = names[(j + 2) % 3] + names[j]
