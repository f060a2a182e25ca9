"""Bodies the text takes back (``nesy.astronomy.v1``): "scrap Earth", "no Mars after all", "I meant Mercury".

A speaker who corrects themself keeps the earlier words on the page (Levelt 1983, "Monitoring and
self-repair in speech", Cognition 14: the reparandum, an editing term, the repair). The figure must show
what they settled on, never the reparandum:

- a retraction verb before a named body ("scrap / drop / remove / forget / delete / ditch / skip / lose /
  leave out / take out / get rid of / no / not Earth", "leave / take / keep Earth out", "Mercury instead of
  Earth") takes that body back: its
  earlier mentions, with the value written right after them ("Earth at 1 AU"), are not read;
- "I meant Mercury" (also "I mean", the common slip "I ment") right after a named body replaces that body
  (the last one named before the repair): the name is not read, so nothing of it is drawn;
- a negated verb of drawing before a named body, the clause ending there ("do not draw Mars.", "don't show Venus
  or Earth"), or after it, the object fronted ("Mars do not draw.", "The Sun do not draw." — the star is left out
  by ``NOSTAR`` in ``astronomy``), says not to draw that body: it is taken back the same way;
- a closing restatement after a correction ("So just Mercury and Venus.", "Only Mars and Jupiter then.")
  names the whole set: every body named before it and not in it is taken back.

A body named again after its retraction is drawn (the speaker put it back). ``retract`` hands the
astronomy parser the text with those spans blanked (offsets kept) and the spans, each with why.
"""
from __future__ import annotations

import re
from typing import Iterable

from ..parse.correction_marks import marks

__all__ = ["retract", "Retracted", "VALUE_WHY"]

VALUE_WHY = "the value of"   # a blanked value: listed with why, never among the words passed over

# verbs and particles that take a body back; "no Earth-like planet" is a kind of planet, not Earth
_VERB = (r"scrap|drop|remove|forget(?:\s+about)?|delete|ditch|skip|lose|cut|strike|leave\s+out|take\s+out|"
         r"get\s+rid\s+of|no|not|omit|nix")
# a negated verb of drawing: what follows it (or, fronted, what comes before it) is not drawn
_NEG_DRAW = (r"(?:do\s+not|don['’]t|does\s+not|doesn['’]t|need\s+not|needn['’]t|must\s+not|mustn['’]t|should\s+not|"
             r"shouldn['’]t|never)\s+(?:draw|show|include|add|put\s+in|depict|plot)")
# what opens a correction before a restatement ("So just Mercury and Venus")
_MARKER = re.compile(r"(?i)\b" + marks("always", "meant", extra=("actually", "scrap", "drop", "remove", "forget", "delete",
                                                                 "ditch", r"I\s+mean", r"on\s+second\s+thought")) + r"\b")
# the editing terms blanked around a retraction (not "scratch that": its "that" may be what is taken back)
_EDIT = re.compile(r"(?i)\b" + marks("always", extra=("actually",), without=(r"scratch\s+that", r"scrap\s+that",
                                                                            r"strike\s+that", r"or\s+rather"))
                   + r"\b\s*[-–—,:!.]*\s*")
_MEANT = r"I\s+(?:meant|ment|mean)"
# a value written right after a body's name: "Earth at 1 AU", "Earth (1.0 AU)", "Earth: 1 AU", "Earth, 1 AU"
_VALUE = (r"(?:\s*,)?\s*(?:\(\s*|:\s*|=\s*|(?:at|orbiting\s+at|is\s+at|sits\s+at|with\s+a\s*=)\s+)"
          r"(?:about\s+|roughly\s+|around\s+|~\s*|approximately\s+)?[0-9][0-9.,]*\s*"
          r"(?:AU|au|astronomical\s+units?|million\s+km|km|Gm)\b\)?")


class Retracted(tuple):
    """(start, end, why): a span the astronomy parser does not read."""

    __slots__ = ()

    def __new__(cls, start: int, end: int, why: str) -> "Retracted":
        return super().__new__(cls, (start, end, why))

    start = property(lambda s: s[0])
    end = property(lambda s: s[1])
    why = property(lambda s: s[2])


def _name_rx(names: Iterable[str]) -> str:
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(set(names), key=len, reverse=True))
    return rf"(?<![\w-])(?:the\s+)?(?P<name>{alt})(?![\w-])"


def retract(text: str, names: dict[str, str]) -> tuple[str, list[Retracted]]:
    """``text`` with the bodies it takes back blanked (offsets kept), and the blanked spans with why.

    ``names`` maps each lower-case name phrase to its body key ("the earth" → "Earth")."""
    if not re.search(rf"(?i)\b(?:{_VERB}|leave|take|keep|instead\s+of|I\s+(?:meant|ment|mean)|just|only|{_NEG_DRAW})\b", text):
        return text, []
    name_rx = _name_rx(names)
    key = lambda s: names[" ".join(re.sub(r"(?i)^the\s+", "", s).lower().split())] \
        if " ".join(re.sub(r"(?i)^the\s+", "", s).lower().split()) in names else names.get(" ".join(s.lower().split()))
    mentions = [(m.start(), m.end(), key(m.group("name"))) for m in re.finditer(rf"(?i){name_rx}", text)]
    mentions = [x for x in mentions if x[2]]
    if not mentions:
        return text, []
    gone: list[tuple[int, str]] = []      # (position of the retraction, body key)
    blanks: list[Retracted] = []
    list_rx = rf"{name_rx}(?:\s*(?:,|and|or|&)\s*(?:{name_rx.replace('?P<name>', '?:')}))*"
    # "scrap Earth", "no Mars", "drop Venus and Earth"; not "no Earth-like planet"
    for m in re.finditer(rf"(?i)\b(?:{_VERB})\s+(?P<list>{list_rx})", text):
        verb = m.group(0)[:m.start("list") - m.start()].strip().lower()
        if verb in ("no", "not") and re.match(r"\s*(?:-|(?:is|was)\b|more\b|closer\b|farther\b|further\b)",
                                              text[m.end():]):
            continue   # "not Earth-like", "no Earth is …": not a retraction
        if verb == "not" and not re.search(rf"(?i){name_rx}\s*[,;–—-]?\s*$", text[:m.start()]):
            continue   # "Mercury, not Earth": a "not" only when it corrects the name before it
        keys = [key(x.group("name")) for x in re.finditer(rf"(?i){name_rx}", m.group("list"))]
        if verb not in ("no", "not") and not any(s < m.start() and k2 in keys for s, _e, k2 in mentions) \
                and re.search(r"(?i)\bplanets\b", text[:m.start()]):
            continue   # "the giant planets but leave out Neptune": named first here, left out of the group
            #            (astronomy_except), not taken back
        for k in keys:
            gone.append((m.start(), k))
        blanks.append(Retracted(m.start(), m.end(), f"'{m.group(0)}' takes {', '.join(keys)} back: not drawn"))
    # "leave Callisto out", "take Pluto out of the figure", "keep Mars out": the particle after the object
    for m in re.finditer(rf"(?i)\b(?:leave|take|keep)\s+(?P<list>{list_rx})\s+out\b"
                         rf"(?:\s+of\s+(?:it|this|that|the\s+(?:figure|picture|diagram|drawing|plot|sketch)))?", text):
        keys = [key(x.group("name")) for x in re.finditer(rf"(?i){name_rx}", m.group("list"))]
        gone += [(m.start(), k) for k in keys]
        blanks.append(Retracted(m.start(), m.end(), f"'{m.group(0)}' takes {', '.join(keys)} back: not drawn"))
    # "do not draw Mars.", "don't show Venus or Earth", and the object fronted, "Mars do not draw.": a body the
    # text says not to draw, when the clause ends there ("don't draw Mars too big" says how, not whether)
    neg = _NEG_DRAW
    for m in re.finditer(rf"(?i)\b(?:{neg})\s+(?P<list>{list_rx})(?=\s*(?:[.;!?,)]|$|\s+(?:please|either|at\s+all)\b))"
                         rf"|(?:^|(?<=[.;!?:]\s)|(?<=[.;!?:]))\s*(?P<list2>{list_rx.replace('?P<name>', '?:')})\s*,?\s+"
                         rf"(?:(?:you|we|please)\s+)?"
                         rf"(?:{neg})(?:\s+it|\s+them)?(?=\s*(?:[.;!?)]|$))", text):
        lst = m.group("list") or m.group("list2")
        keys = [key(x.group("name")) for x in re.finditer(rf"(?i){name_rx}", lst)]
        for k in keys:
            gone.append((m.start(), k))
        blanks.append(Retracted(m.start(), m.end(), f"'{m.group(0).strip()}' says not to draw {', '.join(keys)}: "
                                                    "not drawn"))
    # "Mercury instead of Earth"
    for m in re.finditer(rf"(?i)\binstead\s+of\s+(?P<list>{list_rx})", text):
        keys = [key(x.group("name")) for x in re.finditer(rf"(?i){name_rx}", m.group("list"))]
        gone += [(m.start(), k) for k in keys]
        blanks.append(Retracted(m.start(), m.end(), f"'{m.group(0)}' takes {', '.join(keys)} back: not drawn"))
    # "Earth at 1 AU. Sorry, I meant Mars": the body named last before the repair is replaced
    for m in re.finditer(rf"(?i)\b(?P<meant>{_MEANT})\s+(?:{name_rx})", text):
        new = key(m.group("name"))
        before = [x for x in mentions if x[1] <= m.start() and not any(b.start <= x[0] < b.end for b in blanks)]
        taken = {k for p, k in gone if p < m.start()}
        blanks.append(Retracted(m.start(), m.end("meant"), "a repair: the name after it replaces the one before"))
        last = [x for x in mentions if x[1] <= m.start()]
        if last and last[-1][2] in taken:
            continue   # "scrap Earth, I meant Mercury": Earth is already taken back
        if before and before[-1][2] != new and new not in {x[2] for x in before}:
            gone.append((m.start(), before[-1][2]))
    # "So just Mercury and Venus." after a correction: the whole set
    for m in re.finditer(rf"(?i)(?:^|[.!?;:,–—-]\s*|\b(?:so|then|ok(?:ay)?|that\s+is)\s*,?\s*)(?:just|only)\s+"
                         rf"(?P<list>{list_rx})\s*(?:then|please|after\s+all)?\s*(?:[.!?]|$)", text):
        if not _MARKER.search(text[:m.start("list")]):
            continue
        keep = {key(x.group("name")) for x in re.finditer(rf"(?i){name_rx}", m.group("list"))}
        for s, e, k in mentions:
            if e <= m.start() and k not in keep:
                gone.append((m.start(), k))
    if not gone:
        return text, []
    # each retracted body's mentions before its retraction, with the value written right after them
    for pos, k in gone:
        for s, e, k2 in mentions:
            if k2 != k or s >= pos or any(b.start <= s < b.end for b in blanks):
                continue
            v = re.match(_VALUE, text[e:])
            end = e + (v.end() if v else 0)
            blanks.append(Retracted(s, e, f"'{text[s:e]}': {k} is taken back later in the text, not drawn"))
            if end > e:
                blanks.append(Retracted(e, end, f"{VALUE_WHY} {k}, taken back later in the text: not drawn"))
    # the editing terms around a retraction ("Wait -", "sorry,") carry nothing drawn
    first = min(p for p, _ in gone)
    for m in _EDIT.finditer(text):
        if m.start() >= first - 40 and not any(b.start <= m.start() < b.end for b in blanks):
            blanks.append(Retracted(m.start(), m.end(), "an editing term of a correction"))
    chars = list(text)
    for b in blanks:
        for i in range(b.start, b.end):
            if not chars[i].isspace():
                chars[i] = " "
    return "".join(chars), sorted(blanks)
