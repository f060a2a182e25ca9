"""One value for all the parts of a counted plural but some, for ``nesy.circuits.v1``: "four resistors, all 100 Ω
except the last one, which is 470 Ω", "three resistors …, every one of them 1 kΩ but one, which is 2.2 kΩ".

An exceptive phrase (Huddleston & Pullum, *The Cambridge Grammar of the English Language*, 2002, ch. 7 §9.3:
*except*, *but*, *apart from*, *save*) takes the named parts out of the universal value. Read word by word,
"except" was a negation nesy does not read (refused) or the values a group of their own (no series-parallel
circuit) (requests-32 circuits-01, -02 as development data). ``all_but`` rewrites the phrase as the list of the
parts' values in order — "100 Ω, 100 Ω, 100 Ω and 470 Ω" — which the circuits grammar reads as the plural's values
("four resistors, 100 Ω, …"): the excepted one is the last where the text says "the last" or leaves it open ("but
one": in series or in parallel the order of equal parts changes nothing drawn), the first or the n-th where it says so.
"""
from __future__ import annotations

import re

__all__ = ["all_but", "same_values", "the_load"]

_NUMS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1, "middle": 0}
_VALUE = r"\d+(?:\.\d+)?\s*(?:[kMmµunp]?(?:Ω|ohms?|F|H|V|W))"
_RX = re.compile(
    rf"(?i)\b(?P<n>\d{{1,2}}|{'|'.join(_NUMS)})\s+(?:[\w-]+\s+){{0,2}}?(?:resistors|capacitors|lamps|bulbs|inductors)\b"
    rf"[^.;:!?]{{0,80}}?(?P<phrase>(?:,\s*|\s+)(?:all(?:\s+of\s+them)?|each|every\s+one(?:\s+of\s+them)?|each\s+of\s+them)\s+"
    rf"(?:being\s+|is\s+|are\s+)?(?P<v>{_VALUE})\s*,?\s+(?:except(?:\s+for)?|but|apart\s+from|save(?:\s+for)?)\s+"
    rf"(?:the\s+(?P<ord>first|second|third|fourth|fifth|last|final|middle)(?:\s+one)?|(?P<one>one))\s*,?\s*"
    rf"(?:which|that)\s+(?:is|has)\s+(?:a\s+value\s+of\s+)?(?P<w>{_VALUE}))")


def all_but(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, values)`` for each "all <v> except the <k>th, which is <w>" after a counted plural."""
    if not re.search(r"(?i)\b(?:except|but|apart\s+from|save)\b", text):
        return []
    out = []
    for m in _RX.finditer(text):
        n = int(m.group("n")) if m.group("n").isdigit() else _NUMS[m.group("n").lower()]
        k = _ORD.get((m.group("ord") or "last").lower(), -1)
        if n < 2 or k > n or (k == 0 and n % 2 == 0):
            continue
        vals = [m.group("v").strip()] * n
        at = n - 1 if k == -1 else (n // 2 if k == 0 else k - 1)
        vals[at] = m.group("w").strip()
        said = ", " + ", ".join(vals[:-1]) + " and " + vals[-1]
        out.append((m.start("phrase"), m.end("phrase"), said))
    return out


# one part's value said to be another's: "R2 is the same as R1", "R2 = R1", "C2 equals C1", "R3 has the same
# resistance as R1" — the other's value, where the text states it ("R1 = 220 Ω", "a 220 Ω resistor R1"). Left to the
# grammar, R2 was drawn without a value and passed (requests-33 circuits-03 as development data)
_SAME = re.compile(r"(?<![\w])(?P<a>(?:R|C|L)\d{1,2})\s*(?:=|is\s+(?:the\s+same\s+as|equal\s+to|identical\s+to)|equals|"
                   r"(?:is\s+)?(?:the\s+same|identical)\s+(?:value\s+)?as|has\s+the\s+same\s+(?:value|resistance|capacitance|"
                   r"inductance)\s+as)\s*(?P<b>(?:R|C|L)\d{1,2})(?![\w])")


def same_values(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "<a> = <value>")`` for each part said to have another's value that the text states."""
    out = []
    for m in _SAME.finditer(text):
        a, b = m.group("a"), m.group("b")
        if a[0] != b[0] or a == b:
            continue
        vals = {v.group("v").strip() for v in re.finditer(
            rf"(?<![\w]){b}\s*(?:=|is|of|:)\s*(?P<v>{_VALUE})|(?P<w>{_VALUE})\s+(?:resistor|capacitor|inductor)\s+{b}(?![\w])",
            text) if v.group("v")} | {v.group("w").strip() for v in re.finditer(
            rf"(?P<w>{_VALUE})\s+(?:resistor|capacitor|inductor)\s+{b}(?![\w])", text)}
        if len(vals) == 1:
            out.append((m.start(), m.end(), f"{a} = {vals.pop()}"))
    return out


# "a 3 V battery driving a 10 Ω resistor; put a 22 µF capacitor directly across the load": the load is the part the
# source drives — its one resistor (or lamp, motor) where the text names one. Left unread, "across the load" put the
# capacitor in series, a figure of another circuit, verified (requests-33 circuits-09 as development data)
_LOAD = re.compile(r"(?i)\bthe\s+load(?![\w-])")


def the_load(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "the <part>")`` for "the load" where the text names exactly one part that can be one."""
    if not _LOAD.search(text):
        return []
    kinds = [m.group(1).lower() for m in re.finditer(r"(?i)\b(resistor|lamp|bulb|motor|heater)s?\b", text)]
    plural = re.search(r"(?i)\b(?:resistors|lamps|bulbs|motors|heaters)\b", text)
    if len(set(kinds)) != 1 or plural or len(kinds) != 1:
        return []
    return [(m.start(), m.end(), f"the {kinds[0]}") for m in _LOAD.finditer(text)]
