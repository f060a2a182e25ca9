"""Circuits: a stated absence checked against the parts drawn — "contains neither a resistor nor a switch".

"the circuit contains neither a resistor nor a switch", "there is neither an ammeter nor a voltmeter",
"with neither a switch nor a lamp": correlative coordination with neither … nor denies each coordinated
part (Quirk, Greenbaum, Leech & Svartvik, *A Comprehensive Grammar of the English Language*, 1985,
§13.38): no resistor and no switch. nesy draws only the parts a text names, so a denied part that is
not drawn is already what the figure shows — the phrase is read as the absence it states (kept as read,
``circuits_asked``). A denied part that *is* drawn ("a 10 Ω resistor across a 6 V battery; the circuit
has neither a resistor nor a switch") makes the text contradict itself: it is refused as impossible,
naming the denial and the part it denies — never drawn silently with the part the text says is not there.

The same check holds for a plain denial of a part by kind ("the circuit has no resistor", "no switch
and no lamp"); a qualified one ("no other components", "no load on the output", "nothing else") denies
no part named in the text and is not checked here.
"""
from __future__ import annotations

import functools
import re

__all__ = ["NEITHER", "check_denied"]


@functools.lru_cache(maxsize=1)
def _nouns() -> dict[str, str]:
    """Part word (singular or plural, lower case) → the grammar's kind."""
    from .circuits import _grammar
    out: dict[str, str] = {}
    for kind, d in _grammar()["kinds"].items():
        for w in [*d["one"], *d["many"]]:
            if re.match(r"[a-z]", str(w)):
                out.setdefault(str(w).lower(), kind)
    return out


@functools.lru_cache(maxsize=1)
def _noun_rx() -> str:
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(_nouns(), key=len, reverse=True)) + ")"


def NEITHER() -> str:
    """The pattern of "neither (a) X nor (a) Y (nor (a) Z)" over part words, for ``circuits_asked``."""
    det = r"(?:(?:a|an|any|the)\s+)?"
    n = _noun_rx()
    return rf"neither\s+{det}{n}(?:\s*,\s*{det}{n})*\s*,?\s+nor\s+{det}{n}(?:\s*,?\s+nor\s+{det}{n})*"


# qualified denials: of parts other than those named, or of a part at one place only
_QUALIFIED = re.compile(r"\b(?:other|extra|additional|more|further|else|output|across|on|at|connected|version|case|"
                        r"this\s+time|needed|required)\b", re.IGNORECASE)


def check_denied(scene, asked: list[tuple[int, int, str]], text: str) -> None:
    """Refuse a scene that draws a part of a kind an ``absent`` span of ``asked`` denies (see the docstring)."""
    from ..errors import UnsatisfiableError
    nouns = _nouns()
    for a, b, why in asked:
        if why != "absent":
            continue
        phrase = text[a:b]
        if _QUALIFIED.search(phrase):
            continue
        kinds = {nouns[re.sub(r"\s+", " ", m.group().lower())] for m in re.finditer(_noun_rx(), phrase, re.IGNORECASE)
                 if re.sub(r"\s+", " ", m.group().lower()) in nouns}
        kinds.discard("source")   # "no source" is too general a word to match a drawn battery's kind
        for e in scene.entities:
            if e.kind in kinds and e.span is not None:
                p = [{"text": e.span.text, "start": e.span.start, "end": e.span.end},
                     {"text": phrase, "start": a, "end": b}]
                raise UnsatisfiableError(p, [{"law": f"a part the text denies cannot be drawn: '{phrase}' denies "
                                                     f"the {e.kind} '{e.span.text}' names",
                                              "source": "Quirk et al., A Comprehensive Grammar of the English "
                                                        "Language, 1985, §13.38 (neither … nor)"}],
                                         p[-1:], f"the text names a {e.kind} and also says the circuit has none")
