"""A measured quantity inside a direct question: asked about, never a count (``nesy.microscopy.v1``).

"What percentage of a 1 cm² coverslip does one field cover?", "How many fields tile a 22 mm × 22 mm coverslip?",
"Is a 5 µm step fine enough?": a direct question (it ends in "?" and opens with a question word or an inverted
auxiliary: Huddleston & Pullum, *The Cambridge Grammar of the English Language*, 2002, ch. 10 §4, closed and open
interrogatives) asserts nothing about the image; a number with a unit of length, area, volume or a percentage in
it measures what is asked about (the coverslip, the step), counts no nuclei, and is not the field's size. The
pipeline blanks a question only when it states no number (``parse.account.questions``: a number in a question may
be data, "How many of the 30 nuclei touch?"); read as a statement, the quantity "counted nothing" and a text with
a good specification before it was refused.

``asked_quantity_spans(text)`` gives ``_tag`` the spans of such quantities (the number and its unit); they are
never read as a count (``ASKQ``). A question whose every number is such a quantity is read as the pipeline reads
a question with no number: it asks, and its words, the quantity's too, are read as nothing (as ``purpose``); in a
question that also states another number, the quantity is left unread, and the figure lists it as not drawn. A
request in a question's form ("Could you draw a 0.2 mm × 0.2 mm field …?") asks for the figure, and is read as
before; so are a number before a noun of nuclei or cells ("How many of the 30 nuclei touch?") and a quantity of
the figure's own parts, which the question presupposes ("How long is a 20 µm scale bar in pixels?").
"""
from __future__ import annotations

import re

__all__ = ["asked_quantity_spans"]

_OPEN = r"(?:what|which|how|why|where|when|who|whose|is|are|was|were|do|does|did|can|could|would|will|should|has|" \
        r"have|shall|may|might)"
_UNIT = r"(?:cm|mm|µm|μm|um|nm|m|microns?|micrometres?|micrometers?|millimetres?|millimeters?|centimetres?|" \
        r"centimeters?|ml|mL|µl|μl|ul|µL|μL|l|L|litres?|liters?|%|percent|per\s*cent)"
_NUMBER = r"\d+(?:[.,]\d+)?(?:\s*(?:×|x|\*|\\times)\s*10\s*\^?\s*\{?[-−–]?\d+\}?)?"
# "1 cm²", "0.5 mm^2", "22 mm × 22 mm", "10 %", "100 µL"
_QTY_RX = re.compile(rf"(?<![\w.])(?:{_NUMBER})\s*(?:{_UNIT}(?:\s*(?:²|³|\^\s*\{{?[23]\}}?|2|3))?\s*(?:×|x|by)\s*)?"
                     rf"(?:{_NUMBER})?\s*{_UNIT}(?:\s*(?:²|³|\^\s*\{{?[23]\}}?|2|3))?(?![\w])", re.I)
# a request in a question's form ("Could you draw …?", "Would you make …?", "Can we get …?"): it asks for the figure
_REQUEST_RX = re.compile(r"(?i)\s*(?:and\s+|so\s+|then\s+|also\s+)?(?:could|can|would|will|may|might|shall)\s+"
                         r"(?:you|we|i|u|ya|someone|somebody|nesy)\b")
# the figure's own parts after the quantity ("a 20 µm scale bar", "a 0.2 mm field", "a 5 µm nucleus"): what the
# question presupposes of the figure is read as before
_OWN_RX = re.compile(r"(?i)\s*(?:[a-z-]+\s+)?(?:scale[\s-]*bars?|bars?|fields?|fovs?|images?|frames?|views?|"
                     r"pixels?|px|micrographs?|squares?|tiles?|crops?)\b")
# a sentence: up to ".", "!" or "?" followed by a space or the end (not the point of "0.2")
_SENT_RX = re.compile(r"[^\s].*?(?:[.!?](?=\s|$)|$)", re.S)


def asked_quantity_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(quantities, questions): the spans of the measured quantities inside ``text``'s direct questions, and of
    the questions whose every number is such a quantity (module docstring)."""
    out: list[tuple[int, int]] = []
    asked: list[tuple[int, int]] = []
    for sm in _SENT_RX.finditer(text):
        s = sm.group(0)
        if not s.rstrip().endswith("?") or not re.match(rf"(?i)(?:and\s+|so\s+|then\s+|also\s+)?{_OPEN}\b", s):
            continue
        if _REQUEST_RX.match(s) or re.search(r"(?i)\bplease\b", s):
            continue     # "Could you draw a 0.2 mm × 0.2 mm field …?": a polite request, its sizes are the figure's
        qs = []
        for q in _QTY_RX.finditer(s):
            if re.match(r"(?i)\s*(?:[a-z-]+\s+)?(?:cell\s+)?(?:nucle(?:i|us)|cells?)\b", s[q.end():]):
                continue     # "How many of the 30 nuclei touch?": nuclei named, left to the reader
            if re.match(_OWN_RX, s[q.end():]):
                continue     # "How long is a 20 µm scale bar in pixels?": a part of the figure, left to the reader
            qs.append((sm.start() + q.start(), sm.start() + q.end()))
        out += qs
        rest = list(s)
        for a, b in qs:
            rest[a - sm.start():b - sm.start()] = " " * (b - a)
        if qs and not re.search(r"\d", "".join(rest)):
            asked.append((sm.start(), sm.end()))   # the question asks only: its words are read as nothing
    return out, asked
