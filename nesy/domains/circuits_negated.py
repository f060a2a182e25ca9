"""A connection the text denies, for ``nesy.circuits.v1``: "two resistors that are not in series but in parallel".

"not" carries nothing a figure shows in most texts ("not to scale", "do not label it"), so the circuits grammar
passes over it — and "two 10 Ω resistors that are not in series with each other but in parallel" was drawn with the
pair in series (requests-25 circuits-06, held out, exit 0 verified). A series or parallel connection is a relation
of the schematic (two elements in series carry one current; in parallel, share one voltage: Irwin & Nelms, *Basic
Engineering Circuit Analysis*, 11th ed., §2.5–2.6), so its negation is never passed over:

- "not in series … but in parallel" (also "rather", "instead"; "aren't", "never") states the connection after
  "but": the denied one and the contrast word are blanked (offsets kept) and the rest read as usual;
- "in parallel - not in series!": a denial after the stated connection only stresses it, and is blanked;
- a denied connection with nothing stated instead ("the two resistors are not in parallel") says what the circuit
  is not, and nesy does not guess what it is: ``UnsupportedError`` names the phrase.
"""
from __future__ import annotations

import re

from ..errors import UnsupportedError

__all__ = ["denied_connections"]

_NEG = r"(?:\bnot|n['’]t|\bnever)"
_TOPO = r"(?:connected\s+|wired\s+)?(?:in\s+)?(?:series|parallel)"
_WITH = r"(?:\s+(?:with|to)\s+(?:each\s+other|one\s+another|it|them|the\s+[\w-]+(?:\s+[\w-]+)?))?"
_BUT = re.compile(rf"(?i){_NEG}\s+{_TOPO}\b{_WITH}\s*(?:,?\s*(?:but|rather|instead)\s+(?:(?:are|is|they(?:['’]re)?|"
                  rf"they\s+are)\s+)?|[,;:]\s*(?:they|both|the\s+two)\s*(?:['’]re|\s+are)\s+)(?P<yes>{_TOPO})\b")
# "in parallel - not in series!": the denial of the other connection after the stated one, which it only stresses
_AFTER = re.compile(rf"(?i)(?P<yes>(?:in\s+)?(?P<y>series|parallel))\b\s*(?:[,;:(!\u2013\u2014-]+\s*|\band\s+)+"
                    rf"(?P<no>{_NEG}\s+(?:connected\s+|wired\s+)?(?:in\s+)?(?P<n>series|parallel)\b{_WITH})\s*!*")
_ALONE = re.compile(rf"(?i){_NEG}\s+{_TOPO}\b")


def denied_connections(text: str) -> str:
    """``text`` with each "not in series but in parallel" read as the connection stated after "but" (the denied
    part blanked, offsets kept). Raises ``UnsupportedError`` for a denied connection with none stated instead."""
    out = text
    for m in _BUT.finditer(text):
        out = out[:m.start()] + " " * (m.start("yes") - m.start()) + out[m.start("yes"):]
    for m in _AFTER.finditer(out):
        if m.group("y").lower() != m.group("n").lower():
            out = out[:m.start("no")] + " " * (m.end() - m.start("no")) + out[m.end():]
    left = _ALONE.search(out)
    if left is not None:
        raise UnsupportedError(f"'{text[left.start():left.end()].strip()}' at {left.start()}-{left.end()} says how "
                               "parts are not connected, and nesy does not guess how they are: say it ('in series', "
                               "'in parallel')")
    return out
