"""Circuits: parts "connected between the top rail and the bottom rail" of a schematic are across the source.

A schematic draws the source's two terminals as two long wires, the rails (top/bottom, positive/negative, supply/
ground); a part joined to both is across the source, in parallel with every other part so joined (Horowitz & Hill,
*The Art of Electronics*, 3rd ed., 2015, §1.2.1: components "connected between the same pair of nodes" are in
parallel). "Rail" alone is nesy's word for a supply ("a 5 V rail"); two rails named together are the two wires, not
two sources (requests-34 circuits-02 as development data: "each connected between the same top rail and bottom rail"
drew a second source, verified). In a sentence that joins each (both, all) part(s) across the source, "one above the other" and
"beside" only say how the branches sit on the page ("one above the other" names an upright series chain elsewhere).
"""
from __future__ import annotations

import re

__all__ = ["between_rails"]

# "one above the other" names an upright series chain ("R2 below R1": grammar.yaml ``upright``) unless the same
# sentence joins each part across the source: then it says only how the branches are stacked on the page
_STACKED = re.compile(r"(?i),?\s*\b(?:one\s+(?:above|below|over|under|on\s+top\s+of)\s+the\s+other|stacked(?:\s+vertically)?)\b,?")
_EACH_ACROSS = re.compile(r"(?i)\b(?:each|both|all(?:\s+three|\s+four)?)\s+(?:one\s+|of\s+them\s+)?(?:(?:is|are)\s+)?"
                          r"(?:(?:connected|wired|placed|joined)\s+)?(?:directly\s+|straight\s+)?(?:across|between)\b")
# "a capacitor directly beside a resistor, both connected across the source": side by side on the page, joined by what
# the sentence says of both
_BESIDE = re.compile(r"(?i)\s+(?:directly\s+|right\s+|just\s+)?(?:beside|next\s+to|alongside)\s+(?=(?:an?|the)\s)")

_SIDE = r"(?:top|upper|positive|\+|\+ve|supply|power|high|vcc|v\+|bottom|lower|negative|-|−|-ve|ground|gnd|0\s*v|return|low)"
_RAILS = re.compile(
    rf"(?i)\b(?:connected\s+|wired\s+|placed\s+|sitting\s+|sits\s+|running\s+|runs\s+|go(?:es)?\s+)?(?:straight\s+)?"
    rf"(?:between|across)\s+(?:the\s+)?(?:same\s+|two\s+)?(?:{_SIDE}\s+rail\s+and\s+(?:the\s+)?{_SIDE}\s+rail|"
    rf"(?:{_SIDE}\s+and\s+{_SIDE}\s+)?rails|two\s+rails)\b")


def between_rails(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "connected across the source")`` for each part said to join the two rails."""
    out = [(m.start(), m.end(), "connected across the source") for m in _RAILS.finditer(text)]
    for sent in re.finditer(r"(?:[^.;!?]|\.(?=\d))+", text):   # (a decimal point ends no sentence: "4.7 kΩ")
        if _EACH_ACROSS.search(sent.group()):
            for m in _STACKED.finditer(sent.group()):
                a, b = sent.start() + m.start(), sent.start() + m.end()
                if not any(x < b and a < y for x, y, _ in out):
                    out.append((a, b, ","))
            for m in _BESIDE.finditer(sent.group()):
                a, b = sent.start() + m.start(), sent.start() + m.end()
                if not any(x < b and a < y for x, y, _ in out):
                    out.append((a, b, " and "))
    return sorted(out)
