"""A fill-in value and its given answer, for ``nesy.circuits.v1``.

"Fill in: a 12 V supply feeds R1 = 10 kΩ in series with R2 = ____ kΩ so that 4 V appears across R2 (answer: 5 kΩ).
Draw the completed divider.": an exercise leaves a value blank (a run of underscores, as cloze exercises print
it) and gives the answer apart. The answer is the blank's value: ``fill_blanks`` writes it into the blank (offsets
kept: the blank is wide enough, or the text is refused) and hands back the answer phrase, which names no part,
to be left out of the reading and kept as read. The value then stands as a stated one, checked with the circuit's
laws like any other (4 V across R2 of 10 kΩ + 5 kΩ on 12 V: V = 12 × 5 / 15 = 4 V, the divider rule, Horowitz &
Hill, *The Art of Electronics*, 3rd ed., §1.2.3), so an answer the text contradicts is refused as impossible.

Read only where it is certain: as many answers as blanks, each in the unit the blank is written with (or a unit
of the same quantity); otherwise the text is refused naming the blank — never drawn with a value guessed. A blank
with no answer is left to the reader (a blank names no value: refused).
"""
from __future__ import annotations

import re

from ..errors import InputError

__all__ = ["fill_blanks"]

_BLANK = re.compile(r"_{2,}(?=\s*(?P<pre>[pnuµμmkKMG]?)(?P<unit>Ω|Ω|ohms?|F|H|V|A)(?![A-Za-z]))")
_ANSWER = re.compile(r"\(\s*(?:the\s+)?(?:answers?|ans\.?|solution)\s*(?:is\s*)?[:=]?\s*(?P<vals>[^()]*?)\s*\)|"
                     r"(?<![\w])(?:the\s+)?(?:answers?|ans\.?|solution)\s*(?:is\s*)?[:=]\s*(?P<vals2>[^.;\n()]*)",
                     re.IGNORECASE)


def fill_blanks(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """``text`` with each blank holding its answer's number, and the answer phrases to leave out (start, end,
    "answer"); ``text`` unchanged and no phrases when it has no blank with a unit."""
    from .circuits import _PREFIX, _VALUE_RE, _unit_of
    blanks = list(_BLANK.finditer(text))
    if not blanks:
        return text, []
    answers = list(_ANSWER.finditer(text))
    vals = []
    for a in answers:
        g = "vals" if a.group("vals") is not None else "vals2"
        base = a.start(g)
        vals += [(base + v.start(), base + v.end(), v) for v in _VALUE_RE.finditer(a.group(g))]
    b0 = blanks[0]
    where = f"'{text[b0.start():b0.end('unit')]}' at {b0.start()}-{b0.end('unit')}"
    if len(vals) != len(blanks):
        raise InputError(f"{where} leaves a value blank and the text gives {len(vals)} answer(s) for "
                         f"{len(blanks)} blank(s): write the value in its place")
    chars = list(text)
    for b, (vs, ve, v) in zip(blanks, vals):
        unit = _unit_of(b.group("unit"))
        if _unit_of(v.group("unit")) != unit:
            raise InputError(f"'{text[vs:ve]}' at {vs}-{ve} answers the blank '{text[b.start():b.end('unit')]}' in "
                             "another unit: write the value in its place")
        try:
            number = float(v.group("num").replace("−", "-"))
        except ValueError:
            raise InputError(f"'{text[vs:ve]}' at {vs}-{ve} answers the blank '{text[b.start():b.end('unit')]}' with a "
                             "number nesy cannot read: write the value in its place") from None
        si = number * _PREFIX[v.group("pre") if v.group("pre") in _PREFIX else v.group("pre").lower()]
        num = si / _PREFIX[b.group("pre") if b.group("pre") in _PREFIX else b.group("pre").lower()]
        s = f"{num:.6g}"
        if len(s) > b.end() - b.start():
            raise InputError(f"the answer '{text[vs:ve]}' at {vs}-{ve} is wider than its blank: write it in its place")
        chars[b.start():b.end()] = s.ljust(b.end() - b.start())
    return "".join(chars), [(a.start(), a.end(), "answer") for a in answers]
