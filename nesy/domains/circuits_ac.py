"""An alternating (AC) source, for ``nesy.circuits.v1``: read, and listed as not drawn.

Word problems about RL, RC and RLC circuits drive them with an alternating source: "an ac source", "a generator
producing a voltage of E(t) = 12 sin(5t)", "an alternating electromotive force with ε_rms = 168 V at a frequency of
7.70 Hz", "the amplitude of the voltage supplied by the ac source is 170 V". nesy's circuit scene has no AC source
kind (``configs/spec/circuits.schema.json``: a ``vsource`` is drawn as a DC cell, long and short plates): drawn as
one, the figure would show a battery where the text has a generator (IEC 60617-6 draws an AC source as a circle
holding one sine period, a battery as plates). So the source — its noun phrase and the values the description after
it in its clause states (its amplitude, rms value, frequency, waveform) — is left out and listed as not drawn; the
parts it drives are drawn as the text connects them.

``ac_sources`` hands ``circuits.parse_circuit`` the spans, each with why "ac".
"""
from __future__ import annotations

import re

__all__ = ["ac_sources"]

_DET = r"(?:(?:an|a|the|this|that|its)\s+)?"
_ALT = r"(?:ac|a\.c\.|alternating(?:[- ]current)?|sinusoidal|sine[- ]wave|ac\s+voltage|ac\s+power)"
_NOUN = (r"(?:voltage\s+source|current\s+source|power\s+source|source|power\s+supply|supply|generator|emf|e\.m\.f\.?|"
         r"electromotive\s+force|voltage|current|signal\s+generator|function\s+generator)")
# "an ac source", "the alternating emf", "a generator", "an ac generator"
_SOURCE = re.compile(rf"(?<![\w.]){_DET}(?:(?:{_ALT})\s+{_NOUN}|(?:{_ALT}\s+)?(?:signal\s+|function\s+)?generators?)"
                     r"(?![\w])", re.IGNORECASE)
# its description after it, within its clause: "with ε_rms = 168 V at a frequency of 7.70 Hz", "producing a voltage
# of E(t) = 12 sin(5t)", "is 170 V", "of 120 V rms"
_TAIL = re.compile(r"\s*(?:,\s*)?(?:with|of|producing|produces|giving|gives|having|has|delivering|delivers|supplying|"
                   r"that\s+(?:produces|gives|delivers|supplies|has)|which\s+(?:produces|gives|delivers|supplies|has)|"
                   r"is|was|rated\s+at|at|operating\s+at|running\s+at)\b(?:[^.;,?!]|\.(?=\d)|,(?=\s*\d))*",
                   re.IGNORECASE)


# a value the description states (its symbol, "ε_rms =", read as usual): "168 V", "7.70 Hz", "E(t) = 12 sin(5t)", "170 V", "120 V rms"
_VALUE = re.compile(r"(?<![\w.])[-+]?\d[\w.()^×*/+-]*(?:\s+(?:sin|cos)\s*\([^)]*\))?"
                    r"(?:\s*[pnuµμmkMG]?(?:V|A|Hz|Ω|ohms?|volts?|amperes?|amps?|hertz|rad/s)\b)?(?:\s*(?:rms|RMS|peak))?")


_CURRENT = re.compile(r"(?i)\bcurrents?\b[^.;?!\d]{0,60}?(?P<v>(?<![\w.])\d[\d.]*\s*[mµu]?A(?:\s*(?:rms|peak))?)(?![\w])")


def ac_sources(text: str) -> list[tuple[int, int, str]]:
    """The spans (start, end, "ac") of the alternating sources ``text`` names and of the values its description
    states (the words between them are read as usual)."""
    out: list[tuple[int, int, str]] = []
    for m in _SOURCE.finditer(text):
        out.append((m.start(), m.end(), "ac"))
        t = _TAIL.match(text, m.end())
        if t:
            out += [(v.start(), v.end(), "ac") for v in _VALUE.finditer(text, t.start(), t.end())
                    if re.search(r"\d", v.group(0))]
    if out:
        # in a circuit an AC source drives, a stated current ("the current in the circuit is I_rms = 0.300 A") is the
        # circuit's alternating current (its rms value or amplitude), no DC current source: not drawn either
        for c in _CURRENT.finditer(text):
            out.append((c.start("v"), c.end("v"), "ac"))
    return sorted(out)
