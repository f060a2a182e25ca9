"""Everyday phrasings of ``nesy.optics.v1`` that the quantity patterns alone misread.

Two readings, each handed back to ``parse_optics`` as facts or as a note the figure prints:

- **a kind of focusing said apart from its element** — "Shaving mirror: concave, f = 10 cm", "the mirror
  is convex", "a mirror, which is concave": the lone word ``concave``/``convex``/``converging``/… names the
  element's type exactly as "a concave mirror" does (``type_words``). Two different kinds are refused,
  naming both phrases.
- **"behind" said of the object** — in everyday texts it is relative to the viewer or the vehicle: "a
  cyclist 5 m behind it" (a car's side or rear-view mirror), "a tree behind you". A real object sends
  diverging light to the element, so it stands on the side the light comes from (the reflecting side of a
  mirror, the incident side of a lens) whatever word places it; only a *virtual* object — light already
  converging towards a point beyond the element (Hecht, *Optics*, 5th ed., §5.2.3; Serway & Jewett,
  *Physics for Scientists and Engineers*, ch. 36, "virtual object") — lies on the far side, and nesy does
  not draw one. ``behind_means_virtual`` says whether the text asks for that (it names converging light or a
  virtual object); otherwise the object is drawn in front and the figure says how "behind" was read.
"""
from __future__ import annotations

import re
from typing import Any

from ..errors import InputError

__all__ = ["VIRTUAL_OBJECT_RX", "behind_means_virtual", "apply_type_words", "BEHIND_NOTE"]

# a text that means a virtual object: light converging on the element, or the words themselves
VIRTUAL_OBJECT_RX = re.compile(
    r"\bvirtual\s+object\b|\bconverg\w*\s+(?:light|beam|rays?|bundle|pencil|wave)|"
    r"\b(?:light|beam|rays?)\s+(?:that\s+is\s+|are\s+|is\s+)?(?:already\s+)?converg\w*", re.IGNORECASE)

BEHIND_NOTE = "object on the incident side: '{}' read as behind the viewer"


def behind_means_virtual(text: str) -> bool:
    """True when ``text`` places a virtual object behind the element (converging incident light)."""
    return bool(VIRTUAL_OBJECT_RX.search(text))


def apply_type_words(element: dict[str, Any] | None, words: list[tuple[str, dict[str, Any]]],
                     elements: dict[str, list[str]]) -> None:
    """Give ``element`` (``parse_optics``'s dict, changed in place) the type a lone kind word names.

    ``words``: (the word, lower case; its span) in text order; ``elements``: the grammar's phrase → (kind,
    type) table, the same one "a concave mirror" is read with. A word that names no element of this kind
    ("biconvex" of a mirror) or a second, different type is an ``InputError`` naming the phrases."""
    if element is None:
        return
    for word, sp in words:
        entry = elements.get(f"{word} {element['kind']}")
        if entry is None:
            raise InputError(f"'{sp['text']}' at {sp['start']}-{sp['end']} is no kind of {element['kind']}")
        typ = entry[1]
        if element["type"] is None:
            element.update(type=typ, type_span=sp)
        elif element["type"] != typ:
            first = element.get("type_span") or element["span"]
            raise InputError(f"'{first['text']}' and '{sp['text']}' (at {sp['start']}-{sp['end']}) name two "
                             f"different kinds of {element['kind']}: say which one")
