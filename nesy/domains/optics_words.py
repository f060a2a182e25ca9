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
- **a statement said of what is seen** — "its flame appears upside down on a card held further out", "the
  bulb shows up inverted on the wall", "the candle is seen upright in the mirror": the object named is the
  grammatical subject, but what is upside down, enlarged or upright is its *picture*, the image the element
  forms (a real object is upright; ``seen_as_image``). Caught on a card, wall or sheet it is a real image,
  as on a screen (only converging light meets a surface there: Hecht, *Optics*, 5th ed., §5.2.3).
- **a negated aside** — "Lab sheet - never point the instrument at the sun." A clause the quantity patterns read
  nothing of (no element, object, image, quantity or statement) is reported whole, as one phrase not drawn
  (``negated_asides``); the pipeline then asks ``denies_nothing_drawn`` whether its negation could deny
  anything the ray diagram shows. A lone negation in a clause that *is* read ("the image is never real") is
  left a word alone and refused as before.
"""
from __future__ import annotations

import re
from typing import Any

from ..errors import InputError

__all__ = ["VIRTUAL_OBJECT_RX", "behind_means_virtual", "apply_type_words", "BEHIND_NOTE", "seen_as_image",
           "negated_asides", "denies_nothing_drawn"]

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


# a verb of seeing right before the statement ("appears", "is seen", "shows up", "is projected"), or a surface
# that catches it / the element it is seen in right after ("on a card", "onto the wall", "in the mirror")
_SEEN_BEFORE = re.compile(r"(?:\b(?:appears?|appeared|appearing|looks?|looked|looking|seems?|seemed|shows?\s+up|"
                          r"showed\s+up|(?:is|are|was|were|be|being)\s+(?:seen|projected|viewed|observed|cast|shown|"
                          r"imaged|reproduced|pictured))(?:\s+(?:as|to\s+be))?\s+\Z)", re.IGNORECASE)
SURFACES = ("card", "cards", "wall", "walls", "sheet", "paper", "ceiling", "board", "film", "sensor", "retina",
            "whiteboard", "screen", "curtain", "canvas", "plate", "page")
_SEEN_ON = re.compile(r"\s+(?:on|onto|upon|across)\s+(?:a|an|the|that|this|my|our|some)\s+(?:[a-z\-]+\s+){0,2}?"
                      r"(?P<surface>" + "|".join(SURFACES) + r")\b", re.IGNORECASE)
_SEEN_IN = re.compile(r"\s+(?:in|through)\s+(?:the|that|this|a)\s+(?:[a-z\-]+\s+){0,2}?(?:mirror|lens|glass|loupe|"
                      r"magnifier)\b", re.IGNORECASE)


def seen_as_image(text: str, start: int, end: int) -> tuple[bool, str | None]:
    """Whether the statement at ``text[start:end]`` ("upside down", "inverted", "enlarged") is said of what is
    seen — a verb of seeing before it, a surface or the element after it — and so of the image; and the
    surface named when one catches it (the image is then real), else None."""
    on = _SEEN_ON.match(text, end)
    if on:
        return True, on.group("surface")
    return bool(_SEEN_BEFORE.search(text[max(0, start - 40):start]) or _SEEN_IN.match(text, end)), None


_NEG = re.compile(r"(?i)(?<![\w'])(?:no|not|none|nobody|no-one|never|neither|nor|without|cannot|can't|n't|isn't|aren't|"
                  r"doesn't|don't|won't|shouldn't|mustn't)(?![\w'])")
# a clause ends at a sentence end, a semicolon or colon, a line break or a dash between spaces
_CLAUSE_END = re.compile(r"[.;:!?\n]|\s[-–—]\s")


def negated_asides(text: str, claims: Any, unknown: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``unknown`` with each clause that holds an unread negation and no claim at all (``claims``: spans
    ``start``/``end``) made one phrase, from its first unread word to its last word: "never point the instrument
    at the sun" is then judged whole by ``denies_nothing_drawn``, never as the lone word "never"."""
    spans = [(c.start, c.end) for c in claims]
    out = list(unknown)
    a = 0
    for m in list(_CLAUSE_END.finditer(text)) + [None]:
        b = m.start() if m else len(text)
        seg = (a, b)
        a = m.end() if m else len(text)
        if not any(s_ < seg[1] and seg[0] < e_ for s_, e_ in spans):
            inside = [u for u in out if seg[0] <= u[1] and u[2] <= seg[1]]
            if inside and any(_NEG.fullmatch(u[0]) for u in inside):
                words = list(re.finditer(r"[A-Za-z'’]+", text[seg[0]:seg[1]]))
                s0, e0 = inside[0][1], seg[0] + words[-1].end()
                out = [u for u in out if u not in inside] + [(text[s0:e0], s0, e0)]
    return sorted(out, key=lambda u: u[1])


# words that name what a ray diagram draws, or the drawing itself: a negated phrase with one of them may deny
# something drawn ("never draw the rays", "no image forms", "the lens is not curved")
_DRAWN = frozenset("""draw drawn drawing drew show shown shows mark marked label labelled labeled sketch plot trace
ray rays light beam beams axis focal focus foci points principal centre center curvature vertex pole image images
object objects arrow arrows lens lenses mirror mirrors screen real virtual inverted upright erect upside down
enlarged magnified diminished reduced larger smaller bigger taller shorter size height distance far near close
front behind side left right dashed dotted solid line lines scale f""".split())


def denies_nothing_drawn(phrase: str, vocabulary: frozenset[str]) -> bool:
    """Whether an unread negated ``phrase`` denies nothing a ray diagram draws: a clause (two content words or
    more besides the negation, as ``negated_asides`` hands one on) none of whose words is optics vocabulary
    (``vocabulary``: the grammar's element, object, image and statement words) or a word of what is drawn
    (``_DRAWN``), and that names no point by a capital letter ("not at F")."""
    words = [w for w in re.findall(r"[A-Za-z'’]+", phrase) if not _NEG.fullmatch(w)]
    if any(re.fullmatch(r"[A-Z]{1,2}'?", w) for w in words):
        return False
    aux = {"do", "does", "did", "will", "would", "to", "the", "a", "an", "any", "need", "please", "ever", "it",
           "at", "of", "in", "on", "into", "with", "for", "from", "by", "your", "you", "its", "this", "that", "or",
           "and", "be", "is", "are", "was", "were", "should", "must", "can", "could", "may", "might"}
    content = [w.lower().replace("’", "'") for w in words if w.lower() not in aux]
    return len(content) >= 2 and not any(w in vocabulary or w.rstrip("s") in vocabulary or w in _DRAWN
                                         or w.rstrip("s") in _DRAWN for w in content)
