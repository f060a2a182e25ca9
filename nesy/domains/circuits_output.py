"""The output of a divider, for ``nesy.circuits.v1``.

"Potential divider: 15 V across a 10 kΩ resistor on top and a 4.7 kΩ resistor below it, output taken
across the 4.7 kΩ", "Vout across R2", "the output is measured across the lower resistor": the text says
where the divider's output voltage is taken (Horowitz & Hill, The Art of Electronics, 3rd ed. 2015,
§1.2.3: the output of a divider is the voltage across its lower resistor). Read as a connection, "across
the 4.7 kΩ" joined the resistor to itself (refused as no series-parallel circuit). nesy's schematic has
no output terminals, so the phrase connects nothing: ``output_phrases`` finds it and ``parse_circuit``
leaves its words out of the reading and lists them as not drawn (the figure is then not complete, and
says so). Only a part named before is an output's place ("across the 4.7 kΩ", "across R2", "across
it"): "output across a 1 kΩ load" adds a part and stays a connection.

"the output is 6 V", "the output voltage will be 2.5 V", "Vout = 3 V" (no place given): the value of the output
voltage, a quantity of the circuit, never one more source (read as a value, it became a second 6 V source beside
the 10 V input, verified). nesy's schematic has no output terminals to carry it: ``valued_outputs`` finds it, and it
is listed as not drawn with its value (a measure left out on purpose, no default stands in for it).

"No load on the output" states an absence (``circuits_asked``'s ``_ABSENT``).
"""
from __future__ import annotations

import re

__all__ = ["output_phrases", "valued_outputs"]

_PART = (r"(?:resistors?|resistances?|capacitors?|condensers?|inductors?|coils?|lamps?|bulbs?|loads?|ones?|"
         r"parts?|components?|elements?)")
# a value as the circuit text writes it ("4.7 kΩ", "10k", "2 kohm"), for "across the 4.7 kΩ (resistor)"
_VALUE = r"\d+(?:[.,]\d+)?\s*(?:[pnuµμmkKM]\s?)?(?:Ω|Ω|ohms?|Ohms?|F|H|k)?"
_PLACE = (r"(?:(?:the|that|this)\s+(?:(?:lower|upper|bottom|top|second|first|last|other|smaller|larger|"
          r"bottom-?most|top-?most)\s+)?(?:" + _VALUE + r"(?:\s+" + _PART + r")?|" + _PART + r")"
          r"|(?:SW|LP|[RCL])\d{1,3}|it)(?![\w])")
_OUT = r"(?:(?:the\s+|an?\s+|its\s+)?output(?:\s+voltage)?|V\s?_?\{?out\}?|V_?o|V_?2)"
_VERB = (r"(?:(?:is|being|gets|will\s+be|should\s+be|to\s+be)\s+)?(?:(?:taken|measured|read|tapped|available|"
         r"seen|developed|obtained|picked\s+off|appears?|is)\s+)?")
OUTPUT = re.compile(
    rf"(?:(?:with\s+)?{_OUT}\s+{_VERB}(?:across|over)\s+{_PLACE}"
    rf"|(?:take|taking|tap|tapping|measure|measuring)\s+(?:the\s+)?(?:output|V\s?_?out)\s+(?:across|over|from)\s+{_PLACE})",
    re.IGNORECASE)


# "output across a 10 kΩ load": a part on the output, across the divider's lower part — which one, the text
# does not say in parts nesy can place (read as a connection, the load went across the whole loop)
_NEW_ON_OUTPUT = re.compile(rf"{_OUT}\s+{_VERB}(?:across|over|into|to)\s+(?:a|an|one|another)\s+[^,;.]*",
                            re.IGNORECASE)


def output_phrases(text: str) -> list[tuple[int, int, str]]:
    """The spans of ``text`` that say where a divider's output is taken, each with ``"output"``. Raises
    ``UnsupportedError`` for a new part placed on the output ("output across a 10 kΩ load")."""
    new = _NEW_ON_OUTPUT.search(text)
    if new:
        from ..errors import UnsupportedError
        raise UnsupportedError(
            f"'{new.group(0).strip()}' at {new.start()}-{new.start() + len(new.group(0).strip())}: nesy draws no "
            "output terminals, so a part on the output has no place; name what it is across "
            "(e.g. 'a 10 kΩ load across R2')")
    # ("the output across it must be 2.5 V", "Vout across R2 = 3 V": a voltage stated of the part the output is
    # across, read by circuits_stated as that part's voltage, never left out)
    return [(m.start(), m.end(), "output") for m in OUTPUT.finditer(text) if not _VALUED.match(text, m.end())]


# a value after the output phrase: "… must be 2.5 V", "… is 3 V", "= 4 V"
_VALUED = re.compile(r"\s*(?:(?:is|was|must\s+be|should\s+be|has\s+to\s+be|needs\s+to\s+be|will\s+be|to\s+be|"
                     r"equals|of|reads)\s+|[=:]\s*)(?:(?:exactly|about|just)\s+)?\d+(?:[.,]\d+)?\s*(?:[munk]\s?)?(?:V|volts?)\b",
                     re.IGNORECASE)


# "the output is 6 V", "so that the output voltage will be 2.5 V", "Vout = 3 V": an output's value with no place
_VALUED_OUT = re.compile(
    rf"(?<![\w-]){_OUT}(?!\s+{_VERB}(?:across|over)\b)\s*(?:(?:is|was|must\s+be|should\s+be|has\s+to\s+be|needs\s+to\s+be|"
    r"will\s+be|would\s+be|to\s+be|becomes|equals|of|reads|comes\s+out\s+at)\s+|[=:]\s*)(?:(?:exactly|about|just|"
    r"approximately|roughly)\s+)?\d+(?:[.,]\d+)?\s*(?:[munk]\s?)?(?:V|volts?)(?![\w])", re.IGNORECASE)


def valued_outputs(text: str) -> list[tuple[int, int, str]]:
    """The spans of ``text`` that give the output voltage's value without its place, each with ``"output"``."""
    return [(m.start(), m.end(), "output") for m in _VALUED_OUT.finditer(text)]
