"""Sources named by a standard designation, for ``nesy.circuits.v1``'s tokenizer (issue 9: a value the text
fixes by a name is no value the text leaves open).

"An AA cell", "two D batteries", "a 9 V PP3 battery", "a CR2032 coin cell", "a car battery", "a USB supply": the
designation fixes the nominal voltage (the standards cited in ``grammars/circuits/standard_sources.yaml``), so
it is read as that value, a ``VALUE`` token on the designation's words — as "a 1.5 V cell" is. Before this the
designation was a neutral qualifier and the source was drawn with its name only.

A designation counts only right before one of its nouns (with other designations or modifiers such as
"alkaline", "size", "standard" between: "an alkaline AA cell", "a size-D battery"), and never where the source
has a voltage of its own written beside it ("a 1.2 V AA cell", "an AA cell of 1.2 V": the text's value stands).
Of several designations before one noun the most specific wins ("a NiMH AA cell": the chemistry, 1.2 V, over the
size). A designation before a noun it does not name ("a USB cable", "the C terminal") is left as it was.
"""
from __future__ import annotations

import functools
import re
from typing import Any

__all__ = ["standard_values", "standard_table"]

# words that may stand between a designation and its noun, beside other designations
_FILLER = ("size", "sized", "type", "standard", "ordinary", "regular", "new", "fresh", "single", "primary", "dry")
# a voltage written beside the source ("a 1.2 V AA cell", "an AA cell of 1.2 V", "AA cell (1.2 V)")
_VOLTS = r"(?P<v>[-+]?\d+(?:[.,]\d+)?)\s*(?P<u>[mkM]?)(?:V|volts?)\b"
_BEFORE = re.compile(_VOLTS + r"[\s-]*(?:\w[\w-]*[\s-]+){0,3}\Z", re.IGNORECASE)
_AFTER = re.compile(r"\A\s*(?:[,(]\s*|\s(?:of|at|rated(?:\s+at)?|giving|supplying|with)\s+)" + _VOLTS,
                    re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def standard_table() -> list[dict[str, Any]]:
    """The entries of ``standard_sources.yaml`` (names, nouns, volts, rank, source)."""
    from ..resources import load_yaml
    return list(load_yaml("grammars", "circuits/standard_sources.yaml")["sources"])


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """A run of designations (and fillers) ending right before a noun; case-sensitive for the short codes
    ("AA", "C", "D", "USB"), so "a c cell" or "a d battery" typed in lower case is not read."""
    names = sorted({n for e in standard_table() for n in e["names"]}, key=len, reverse=True)
    nouns = sorted({n for e in standard_table() for n in e["nouns"]}, key=len, reverse=True)

    def alt(words, ci: bool) -> str:
        return "|".join((re.escape(w) if not ci or len(w) <= 4 and w.isupper() else f"(?i:{re.escape(w)})")
                        for w in words)
    des = rf"(?:{alt(names, True)}|(?i:{'|'.join(_FILLER)}))"
    return re.compile(rf"(?<![\w-])(?P<run>{des}(?:[\s-]+{des})*)[\s-]+(?P<noun>(?i:{alt(nouns, False)}))(?![\w-])")


def standard_values(text: str, used: list[bool]) -> list[tuple[int, int, float, str]]:
    """(start, end, volts, "V") for each designation run that fixes a source's voltage (module docstring):
    the span is the run's designations (a filler word alone fixes nothing), on characters no other token took.
    volts is None for a designation that agrees with the voltage written beside it (read, no second value)."""
    table = standard_table()
    out = []
    for m in _pattern().finditer(text):
        run, noun = m.group("run"), m.group("noun").lower()
        best = None
        for e in table:
            if noun not in {n.lower() for n in e["nouns"]}:
                continue
            for n in e["names"]:
                ci = not (len(n) <= 4 and n.isupper())
                hit = re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", run, re.IGNORECASE if ci else 0)
                if hit and (best is None or e["rank"] > best[0]["rank"]):
                    best = (e, hit)
        if best is None:
            continue
        s, e_ = m.start("run"), m.end("run")
        if any(used[s:e_]):
            continue
        own = _BEFORE.search(text[max(0, s - 40):s]) or _AFTER.match(text[m.end():m.end() + 40])
        if own:
            # the text gives the source's own voltage: it stands; the designation is read (None) when the two
            # agree ("a 9 V PP3 battery"), and left to be reported when they differ ("a 1.2 V PP3 battery")
            said = float(own.group("v").replace(",", ".")) * {"": 1.0, "m": 1e-3, "k": 1e3, "M": 1e6}[own.group("u")]
            if abs(said - float(best[0]["volts"])) < 1e-9:
                out.append((s, e_, None, "V"))
            continue
        out.append((s, e_, float(best[0]["volts"]), "V"))
    return out
