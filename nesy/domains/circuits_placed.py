"""Unread words of place between a circuit's parts, for ``nesy.circuits.v1``.

"a resistor of 2 Ω and a resistor of 4 Ω behind each other, and over the 4 Ω resistor stands a condensator of
1 µF parallel": a preposition of place ("behind", "over", "beside", "between", "around", …) that nesy does not
read, standing among the parts, may say how they are connected ("over X … parallel" = across X, in Dutch and
German usage; "behind each other" = in series). Dropped as an unknown word, the rest was folded into a different
topology (all four parts in parallel), which the pixel verifier then passed: it checks the figure against the
reading, not the reading against the text. Prepositions are a closed class of English words (Huddleston &
Pullum, *The Cambridge Grammar of the English Language*, 2002, ch. 7 §2, the list of prepositions), so the
words of place among them are listed here; one that is left unknown between two parts or connecting phrases is
refused naming the word — a figure whose connections nesy has guessed is never drawn. Anywhere else (a title,
"Lab-report check: …", words after the last part) an unknown word is reported as not drawn, as before, and so is
one whose object is the source ("resistor is connected over battery": a part put on the source is across it, which
is the link the reader makes of it), or one after a quantity ("the voltage over R1": where a voltage is).
"""
from __future__ import annotations

import re

from ..errors import InputError

__all__ = ["refuse_unread_place"]

# "the voltage over R1 is read with a voltmeter", "the drop over the lamp": where a quantity is (circuits_stated,
# circuits_meters read it), no connection
_QUANTITY_BEFORE = re.compile(r"\b(?:voltages?|p\.\s?d\.?|pd|potential(?:\s+difference)?|drops?|currents?|power)\s*\Z",
                              re.IGNORECASE)

# a word of place right before a number is no place: "a battery of around 6 V", "over 5 kΩ" (an approximation, a
# bound: nesy.solve.precision reads such markers), never how the parts are connected
_BEFORE_NUMBER = re.compile(r"\s*[~≈]?\s*[-−]?\d")

# prepositions of place and direction (Huddleston & Pullum 2002, ch. 7 §2); those the circuits grammar reads
# ("across", "through", "below", "above", "beneath", "under", …) are never unknown and so never refused
PLACE = frozenset("""above across against along alongside amid amidst among amongst around astride atop behind
below beneath beside beyond inside near next onto opposite outside over past round toward towards
under underneath upon via within""".split())
# (not "between": "wires between the battery and both capacitors" puts the part in the path from one to the other,
# in series, which is how the reader folds it — tests/test_circuits.py holds that reading)


def refuse_unread_place(unknown: list[tuple[str, int, int]], toks: list, text: str) -> None:
    """Raise ``InputError`` naming each unknown preposition of place that stands between two parts or connecting
    phrases (``toks``: ``circuits._Tok``); otherwise nothing."""
    marks = [t for t in toks if t.tag in ("KIND", "NAME", "VALUE", "OP", "GROUP", "IT")]
    if not marks:
        return
    from .circuits import SOURCES, _name_kind

    def on_source(e: int) -> bool:
        """The word's object is the source ("resistor is connected over battery"): a part put on the source is
        across it, as the link the reading makes of it."""
        nxt = next((t for t in toks if t.start >= e and t.tag not in ("BACK", "NEW", "VALUE")), None)
        return nxt is not None and nxt.start - e < 16 and (
            (nxt.tag == "KIND" and nxt.value[0] in SOURCES + ("source",))
            or (nxt.tag == "NAME" and _name_kind(nxt.value) in SOURCES))
    hit = [(w, s, e) for w, s, e in unknown if w.lower() in PLACE and not on_source(e)
           and not _QUANTITY_BEFORE.search(text, 0, s) and not _BEFORE_NUMBER.match(text, e)
           and any(t.end <= s for t in marks) and any(t.start >= e for t in marks)]
    if hit:
        where = ", ".join(f"'{w}' at {s}-{e}" for w, s, e in hit)
        raise InputError(f"{where} may say how the parts are connected, and nesy cannot read "
                         f"{'it' if len(hit) == 1 else 'them'}: say it with 'in series (with)' or 'in parallel "
                         "(with)' / 'across', e.g. 'a 1 µF capacitor in parallel with the 4 Ω resistor'")
