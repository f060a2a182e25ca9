"""Resistor values written as colour bands, for ``nesy.circuits.v1``'s tokenizer.

"a resistor with bands brown-black-red", "a yellow-violet-orange resistor", "coded red red brown gold":
the IEC 60062:2016 colour code (``grammars/circuits/colour_code.yaml``, with its source): three bands are two
significant figures and a multiplier, four add a tolerance, five carry three figures, a multiplier and a
tolerance. The phrase (with its lead-in, "with bands") is one value in ohms, so the resistor it follows or
precedes carries it. A run of three to five colour words that is no valid code (gold as a figure, a
figure-only colour as tolerance, six bands) is refused naming the run — never read some other way.

A tolerance (a fourth or fifth band, or "gold tolerance" stated apart) is a fact the schematic does not
show: it is handed back as a span to list as not drawn.
"""
from __future__ import annotations

import functools
import re
from typing import Any

from ..errors import InputError
from ..resources import load_yaml

__all__ = ["colour_values", "decode_bands"]


@functools.lru_cache(maxsize=1)
def _code() -> dict[str, Any]:
    return load_yaml("grammars", "circuits/colour_code.yaml")


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    d = _code()
    names = sorted(list(d["colours"]) + list(d.get("aliases", {})), key=len, reverse=True)
    colour = "(?:" + "|".join(names) + ")"
    sep = r"(?:\s*[-–/,]\s*|\s+)"
    lead = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(d["lead_ins"], key=len, reverse=True))
    run = re.compile(r"(?<![A-Za-z])(?:(?P<lead>" + lead + r")[\s:=(]*)?(?P<run>" + colour + r"(?:" + sep + colour
                     + r")+)(?:\s+bands?)?(?![A-Za-z])", re.IGNORECASE)
    tol = re.compile(r"(?<![A-Za-z])(?P<c>" + colour + r")\s+(?:" + "|".join(map(re.escape, d["tolerance_words"]))
                     + r")(?![A-Za-z])", re.IGNORECASE)
    return run, tol


_BAND_COUNTS = {"3": 3, "4": 4, "5": 5, "three": 3, "four": 4, "five": 5}
_N_BAND = re.compile(r"(?<![\w.])(3|4|5|three|four|five)[- ]band(?:ed)?(?![A-Za-z])", re.IGNORECASE)


def _name(c: str) -> str:
    c = c.lower()
    return _code().get("aliases", {}).get(c, c)


def decode_bands(colours: list[str], phrase: str = "", start: int = 0) -> tuple[float, float | None]:
    """``["brown", "black", "red"]`` → ``(1000.0, None)``: the resistance in Ω and the tolerance in ± %
    (None for a three-band code, ±20 % by the standard but not written). Raises ``InputError`` naming
    ``phrase`` for a sequence that is no valid code."""
    d = _code()
    cols = [_name(c) for c in colours]
    where = f"'{phrase}' at {start}-{start + len(phrase)}" if phrase else repr("-".join(colours))
    layout = d["layouts"].get(len(cols))
    if layout is None:
        raise InputError(f"{where} gives {len(cols)} colour bands; the resistor colour code ({d['source']}) has "
                         "3, 4 or 5 (nesy does not read the temperature-coefficient band of 6-band codes)")
    figures, mult, tol = "", None, None
    for k, (c, role) in enumerate(zip(cols, layout)):
        entry = d["colours"][c]
        if role not in entry or (k == 0 and entry.get("digit") == 0):
            what = {"digit": "a significant figure", "multiplier": "a multiplier",
                    "tolerance": "a tolerance"}[role]
            if k == 0 and entry.get("digit") == 0:
                what = "a first significant figure (a code never starts with black)"
            raise InputError(f"{where} is no resistor colour code: band {k + 1} '{colours[k]}' cannot be {what} "
                             f"({d['source']}); give the bands in order from the first figure, or the value in ohms")
        if role == "digit":
            figures += str(entry["digit"])
        elif role == "multiplier":
            mult = float(entry["multiplier"])
        else:
            tol = float(entry["tolerance"])
    return round(int(figures) * mult, 12), tol


def colour_values(text: str, used: list[bool]) -> tuple[list[tuple[int, int, float, str]], list[tuple[str, int, int]]]:
    """Colour-band values in ``text`` at characters not yet ``used``: ``[(start, end, ohms, "ohm")]``, and the
    tolerance phrases to list as not drawn ``[(text, start, end)]``. ``used`` is updated; raises
    ``InputError`` for a run of colours that is no valid code."""
    run_rx, tol_rx = _patterns()
    vals: list[tuple[int, int, float, str]] = []
    shown: list[tuple[str, int, int]] = []
    for m in run_rx.finditer(text):
        if any(used[m.start():m.end()]):
            continue
        colours = re.findall(r"[A-Za-z]+", m.group("run"))
        if len(colours) < 3 and not m.group("lead"):
            continue   # "red and black wires": two colours are no code
        ohms, tol = decode_bands(colours, m.group("run"), m.start("run"))
        vals.append((m.start(), m.end(), ohms, "ohm"))
        for i in range(m.start(), m.end()):
            used[i] = True
        if tol is not None:   # the last band: a tolerance, which the schematic does not show
            last = list(re.finditer(r"[A-Za-z]+", m.group("run")))[-1]
            shown.append((last.group(0), m.start("run") + last.start(), m.start("run") + last.end()))
    # "a 4-band resistor brown black orange gold": how many bands the code has, said of the resistor — checked
    # against the run of colours its sentence gives (no count of parts), then read as part of the value phrase
    for m in _N_BAND.finditer(text):
        if any(used[m.start():m.end()]):
            continue
        n = _BAND_COUNTS[m.group(1).lower()]
        z = re.compile(r"[.;!?](?:\s|$)").search(text, m.end())
        runs = [v for v in vals if m.end() <= v[0] < (z.start() if z else len(text))]
        if runs:
            names = set(_code()["colours"]) | set(_code().get("aliases", {}))
            got = sum(w.lower() in names for w in re.findall(r"[A-Za-z]+", text[runs[0][0]:runs[0][1]]))
            if got != n:
                raise InputError(f"'{m.group(0)}' at {m.start()}-{m.end()} says {n} bands, but "
                                 f"'{text[runs[0][0]:runs[0][1]]}' gives {got}: make them agree")
            shown.append((m.group(0), m.start(), m.end()))
            for i in range(m.start(), m.end()):
                used[i] = True
    for m in tol_rx.finditer(text):
        if not any(used[m.start():m.end()]):
            if _code()["colours"][_name(m.group("c"))].get("tolerance") is None:
                raise InputError(f"'{m.group(0)}' at {m.start()}-{m.end()}: {m.group('c')} is no tolerance colour "
                                 f"({_code()['source']})")
            shown.append((m.group(0), m.start(), m.end()))
            for i in range(m.start(), m.end()):
                used[i] = True
    return vals, shown
