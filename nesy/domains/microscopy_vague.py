"""Vague and proportional counts, and positions at no named side, of micrograph requests (``nesy.microscopy.v1``).

People count nuclei without a number and often without the noun: "40 nuclei, a few close to the image border",
"100 nuclei, many of them touching", "most are round", "half of them elongated", "lots touching". The noun left
out is the nuclei named before (the reader's partitive); the count is read by the table ``vague_counts`` of
``grammars/microscopy/grammar.yaml`` (each reading and its source are documented there) and stated in the scene
(``imaging.assumed``), so the figure says what it assumed instead of refusing or guessing silently.

The microscopy reader (``parse_microscopy``) asks this module:

* ``Vague``: the value of a count item whose number depends on the total (``Vague.of(total)``);
* ``touching_split(n, vague)``: how n touching nuclei of a vague count are drawn (pairs, not one long chain);
* ``split_border(groups, …)``: a group placed "near the border" with no side named → one side per nucleus in
  turn (left, right, top, bottom edge), each side an ordinary position box the verifier checks.

It hands the reader integers, items and groups; the scene it builds is unchanged in form.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

from ..errors import InputError

__all__ = ["Vague", "touching_split", "split_border", "BORDER_SIDES", "fraction_items"]

# the sides a "near the border" group is spread over, in turn (the figure lists the side of each nucleus)
BORDER_SIDES = ("left_edge", "right_edge", "top_edge", "bottom_edge")


@dataclass(frozen=True)
class Vague:
    """A count read from a vague or proportional word ("a few", "many", "most", "half of"): ``spec`` is its
    ``vague_counts`` entry; ``text``/``start``/``end`` the words."""

    spec: tuple[tuple[str, Any], ...]
    text: str
    start: int
    end: int

    @classmethod
    def make(cls, spec: dict[str, Any], text: str, start: int, end: int) -> "Vague":
        return cls(tuple(sorted((str(k), v) for k, v in spec.items())), text, start, end)

    @property
    def rule(self) -> dict[str, Any]:
        return dict(self.spec)

    @property
    def fixed(self) -> int | None:
        """The count whatever the total ("a few": 3), else None."""
        v = self.rule.get("fixed")
        return None if v is None else int(v)

    def alone(self) -> int | None:
        """The count with no total named before: fixed counts, and -1 (the fitted density's count) for a share
        ("many nuclei"); ``most``/``exact`` need a total and raise ``InputError`` naming the words."""
        r = self.rule
        if "fixed" in r:
            return int(r["fixed"])
        if "share" in r:
            return -1
        raise InputError(f"'{self.text}' at {self.start}-{self.end}: {self.text} of which nuclei? name them first "
                         f"(e.g. '20 nuclei, {self.text} of them round')")

    def of(self, total: int) -> int:
        """The count this word gives out of ``total`` nuclei (≥ 1)."""
        r = self.rule
        if total <= 0:
            return self.alone() or 0
        if "fixed" in r:
            n = int(r["fixed"])
        elif "most" in r:
            n = total // 2 + 1                          # more than half
        elif "exact" in r:
            f = Fraction(r["exact"]).limit_denominator(1000)   # "⅓", "35 %", "three eighths" (fraction_items)
            q = f * total
            if q.denominator != 1:
                raise InputError(f"'{self.text}' at {self.start}-{self.end}: {f} of {total} nuclei is not a whole "
                                 "number of nuclei; give the count")
            n = int(q)
        else:
            n = max(int(r.get("least", 2)), math.ceil(float(r["share"]) * total))
            n = min(n, total - 1) if total > 1 else total   # "many of them": not all of them
        if n > total:
            raise InputError(f"'{self.text}' at {self.start}-{self.end} is read as {n} nuclei, more than the {total} "
                             "named; give the count")
        return max(1, n)


_DEN = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
        "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
_NUMW = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9}
_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"
# a share written as a fraction or a percentage before "of": "⅓ of", "1/3 of", "two-thirds of", "three eighths of",
# "25 % of", "40 percent of" (the words' fractions are those of the vague_counts table, generalised to any
# numerator and denominator: a fraction of a count, exact, refused when it is no whole number)
_FRACTION_RX = re.compile(
    r"(?i)(?<![\w/.,-])(?:(?P<vul>[" + _VULGAR + r"])|(?P<n>\d{1,2})\s*/\s*(?P<d>\d{1,3})|"
    r"(?P<pc>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)|"
    r"(?P<nw>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?P<dw>" + "|".join(_DEN) + r"))"
    r"(?P<of>\s+of)(?=\s)")


def fraction_items(text: str) -> list[tuple[int, int, str, Any]]:
    """(start, end, "QUANT", {"exact": "p/q"}) for each share written as a fraction or percentage before "of"
    (over the fraction and its "of", as the ``vague_counts`` phrases "a third of" are read)."""
    import unicodedata
    out = []
    for m in _FRACTION_RX.finditer(text):
        if m.group("vul"):
            f = Fraction(unicodedata.numeric(m.group("vul"))).limit_denominator(12)
        elif m.group("n"):
            if int(m.group("d")) == 0:
                continue
            f = Fraction(int(m.group("n")), int(m.group("d")))
        elif m.group("pc"):
            f = Fraction(m.group("pc")) / 100
        else:
            f = Fraction(_NUMW[m.group("nw").lower()], _DEN[m.group("dw").lower()])
        if not 0 < f <= 1:
            continue
        out.append((m.start(), m.end(), "QUANT", {"exact": f"{f.numerator}/{f.denominator}"}))
    return out


def touching_split(n: int, vague: bool) -> tuple[int, int]:
    """(clusters, nuclei per cluster) for n nuclei said to touch. A vague count of four or more ("many of them
    touching") is drawn as touching pairs (⌈n/2⌉ pairs: at least the count read), never as one long chain; an
    explicit count ("five of them touching") stays one cluster, as it always was."""
    if vague and n >= 4:
        return (n + 1) // 2, 2
    return 1, n


def split_border(groups: list[Any], make_pos) -> list[str]:
    """Spread every group placed "near the border" (region ``border``) over the four edges, one nucleus (or one
    cluster, one cell) per side in turn; a group other groups are drawn from keeps one side (its children stay
    inside it). Appends the new groups at the end (indexes of the others unchanged) and returns, per group
    split, a sentence of what was assumed."""
    said: list[str] = []
    has_kids = {g.parent for g in groups if g.parent is not None}
    for k in range(len(groups)):
        gr = groups[k]
        if gr.position is None or gr.position.get("region") != "border":
            continue
        units_split = gr.kind in ("cluster", "cell") and gr.units > 1
        count = gr.units if units_split else (gr.n if gr.kind == "nuclei" else 1)
        if k in has_kids or count <= 1:
            gr.position = make_pos(gr.position, BORDER_SIDES[0])
            said.append(f"'{gr.position['span']['text']}': drawn near the {BORDER_SIDES[0].replace('_', ' ')}")
            continue
        share = [count // 4 + (1 if s < count % 4 else 0) for s in range(4)]
        share = [c for c in share if c]
        first = True
        for s, c in enumerate(share):
            pos = make_pos(gr.position, BORDER_SIDES[s])
            if first:
                base_pos = pos
                first = False
                continue
            extra = replace(gr, gid=f"g{len(groups) + 1}", position=pos, claims=list(gr.claims))
            if units_split:
                extra.units = c
            else:
                extra.n = c
            extra.partitive = True if gr.parent is not None or gr.partitive else extra.partitive
            groups.append(extra)
        if units_split:
            gr.units = share[0]
        else:
            gr.n = share[0]
        gr.position = base_pos
        sides = ", ".join(f"{c} near the {BORDER_SIDES[s].replace('_', ' ')}" for s, c in enumerate(share))
        said.append(f"'{gr.position['span']['text']}': no side named, drawn {sides}")
    return said
