"""Word problems for ``nesy.mechanics.v1``: what a mechanics text states and what it asks.

A physics word problem states a situation ("A 5 kg block slides down a 30° incline.") and asks for
something ("Calculate its acceleration."). This module reads the second part and the quantities of
the first, over the shared front end:

- quantities (number + unit) come from the one pint-based reader, ``nesy.parse.quantities``, on the
  text normalised by ``nesy.parse.markup`` (``{eq}…{/eq}``, LaTeX), and are sorted by dimension into
  the mechanics roles (mass, force, angle, acceleration, gravity, spring constant, extension);
  quantities of any other dimension (a speed, a time, a length) are not drawn and are reported;
- question sentences end with "?" or have a question word of the no-content lexicon
  (``nesy.parse.lexicon.no_content``: "calculate", "find", "determine", "what", "how") at the start
  of a clause; their target ("acceleration", "tension in the rope", "coefficient of friction") is
  looked up in the ``asked`` table of ``grammars/mechanics/grammar.yaml`` and becomes a marked
  unknown on the figure ("a = ?"); a target a free-body diagram does not draw ("speed", "work") is
  reported, never silently dropped;
- words that carry nothing to draw (function, figure, question words; "give your answer in …") are
  accounted for as no-content spans.

Hands ``parse_mechanics`` lists of claims, asked targets and spans, all in the normalised text.
"""
from __future__ import annotations

import functools
import re
from fractions import Fraction
from typing import Any

from ..errors import InputError
from ..parse.markup import Normalized
from ..parse.words import norm as _norm, phrase_rx as _phrase_rx
from .kit import DomainFiles

__all__ = ["quantity_claims", "question_spans", "asked_targets", "no_content_class", "sentence_bounds",
           "ROLE_OF_SYMBOL"]

_files = DomainFiles("mechanics")

# A quantity written as an assignment "F = 10 N": the symbol names the role (SI / ISO 80000-4 symbols).
ROLE_OF_SYMBOL = {"F": ("FORCEQ", "applied"), "T": ("FORCEQ", "tension"), "N": ("FORCEQ", "normal"),
                  "W": ("FORCEQ", "weight"), "f": ("FORCEQ", "friction"), "m": ("MASS", None),
                  "M": ("MASS", None), "a": ("ACC", None), "g": ("G", None), "k": ("K", None),
                  "x": ("EXT", None), "θ": ("ANGLE", None)}
_SYM_PREFIX = re.compile(r"(?<![A-Za-z0-9_])(?P<sym>[A-Za-zθ])(?:_?[a-z0-9]{0,3})?\s*=\s*$")
_G_PREFIX = re.compile(r"(?i)(?:(?<![A-Za-z])g|acceleration\s+due\s+to\s+gravity|gravitational\s+acceleration|"
                       r"acceleration\s+of\s+gravity|free[\s-]+fall\s+acceleration)\s*(?:=|is|of|as|:|equals?|to\s+be)?\s*$")
_EXT_PREFIX = re.compile(r"(?i)(?:stretched|compressed|extended|extension|compression|stretches|stretch)"
                         r"\s+(?:of\s+|by\s+|is\s+)?$")


def sentence_bounds(t: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``t``: a sentence ends at '.', '?', '!' or ';' followed by a space or
    the end (so "9.8" and "e.g." inside a number or word do not end one)."""
    out, s = [], 0
    for i, ch in enumerate(t):
        if ch in ".?!;" and (i + 1 == len(t) or t[i + 1].isspace()):
            out.append((s, i + 1))
            s = i + 1
    if t[s:].strip():
        out.append((s, len(t)))
    return out


@functools.lru_cache(maxsize=4096)
def no_content_class(word: str) -> str | None:
    """The no-content class of a word ("function", "figure", "question") by its lemma, or None."""
    from ..parse.lemmas import lemma_table
    from ..parse.lexicon import no_content
    low = word.lower()
    lem = lemma_table().get(low) or lemma_table().get(word) or low
    return no_content().classify(lem, low)


_CLAUSE_START = re.compile(r"(?:^\s*|[,:]\s*|\bthen\s+|\band\s+)([A-Za-z]+)")


def question_spans(t: str) -> list[tuple[int, int]]:
    """The question sentences of ``t``: ending with '?' or with a question word (no-content lexicon,
    class "question") opening a clause ("Find …", "…, calculate …", "What is …")."""
    out = []
    for s, e in sentence_bounds(t):
        sent = t[s:e]
        if sent.rstrip().endswith("?"):
            out.append((s, e))
            continue
        for m in _CLAUSE_START.finditer(sent):
            if no_content_class(m.group(1)) == "question":
                out.append((s, e))
                break
    return out


@functools.lru_cache(maxsize=1)
def _asked_rx() -> tuple[re.Pattern, dict[str, str]]:
    g = _files.grammar()
    table: dict[str, str] = {}
    for key, ps in g["asked"].items():
        for p in ps:
            table.setdefault(_norm(p), key)
    for p in g["not_drawn"]:
        table.setdefault(_norm(p), "NOT_DRAWN")
    keys = sorted(table, key=lambda k: (-len(k), k))
    rx = re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(_phrase_rx(k) for k in keys) + r")(?![A-Za-z0-9])",
                    re.IGNORECASE)
    return rx, table


def asked_targets(t: str, questions: list[tuple[int, int]], given: set[str], blocked: Any = None
                  ) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """(asked, not drawn): per question sentence the targets it asks for, as (key, start, end) in ``t``
    (keys of the grammar's ``asked`` table), and the phrases of targets a free-body diagram does not
    draw. A target whose value the text gives (``given``: keys) is a condition, not a question; one inside
    a stated phrase (``blocked``: a boolean mask of ``t``, e.g. "at constant speed") is no target."""
    rx, table = _asked_rx()
    asked: list[tuple[str, int, int]] = []
    not_drawn: list[tuple[str, int, int]] = []
    for s, e in questions:
        for m in rx.finditer(t, s, e):
            if blocked is not None and blocked[m.start():m.end()].any():
                continue
            key = table[_norm(m.group(0))]
            if key == "NOT_DRAWN":
                not_drawn.append((m.group(0), m.start(), m.end()))
            elif key not in given and key not in {k for k, _, _ in asked}:
                asked.append((key, m.start(), m.end()))
    # a generic "force" asked together with a named one is that one ("the force of tension")
    if any(k != "applied" for k, _, _ in asked):
        asked = [a for a in asked if not (a[0] == "applied" and _norm(t[a[1]:a[2]]) == "force")]
    return asked, not_drawn


def _kind_of(q: Any) -> str | None:
    dim = q.dimensionality
    if q.unit in ("degree", "radian", "arcminute", "arcsecond"):
        return "ANGLE"
    return {"[mass]": "MASS", "[length] * [mass] / [time] ** 2": "FORCEQ", "[mass] * [length] / [time] ** 2": "FORCEQ",
            "[length] / [time] ** 2": "ACC", "[mass] / [time] ** 2": "K", "[length]": "LENGTH"}.get(dim)


_SI = {"MASS": "kilogram", "FORCEQ": "newton", "ACC": "meter / second ** 2", "G": "meter / second ** 2",
       "K": "newton / meter", "EXT": "meter", "ANGLE": "degree", "LENGTH": "meter"}


def quantity_claims(norm: Normalized, strict: bool) -> tuple[list[dict[str, Any]], list[tuple[str, int, int]]]:
    """The quantities of the normalised text as mechanics claims: dicts with ``tag`` (MASS, FORCEQ,
    ANGLE, ACC, G, K, EXT, LENGTH), ``value`` (exact, in kg, N, degrees, m/s², N/m, m), ``start``/``end`` in
    ``norm.text`` (an assignment "F = 10 N" included), ``text``, ``sym`` ("F" or None) and
    ``written`` (number and unit as the user wrote them, for the label). Quantities of other
    dimensions are returned second, as not drawn (phrase, start, end)."""
    from ..parse.quantities import locate_quantities
    t = norm.text
    out: list[dict[str, Any]] = []
    other: list[tuple[str, int, int]] = []
    for q, (s, e) in locate_quantities(norm):
        if q.value is None:
            if strict:
                raise InputError(f"the quantity '{q.text}' at {q.start}-{q.end} {q.problem}")
            continue
        tag = _kind_of(q)
        written_unit = q.unit_text
        squared = False
        if q.dimensionality == "[length] / [time]" and t[e:e + 1] == "2" and not t[e + 1:e + 2].isdigit():
            # "9.8 m/s2": the reader takes "m/s" and leaves the 2; in mechanics it is the square
            tag, e, squared = "ACC", e + 1, True
            written_unit = written_unit + "²"
        symm = _SYM_PREFIX.search(t[max(0, s - 8):s])
        if tag == "LENGTH" and q.value < 0:
            other.append((t[s:e], s, e))      # a position ("x = -14 m"): not drawn, reported, no error
            continue
        if tag == "LENGTH":
            pm = _EXT_PREFIX.search(t[max(0, s - 30):s])
            if pm:
                tag, s = "EXT", max(0, s - 30) + pm.start()
            elif symm and symm.group("sym") == "x":
                tag = "EXT"
        if tag is None:
            other.append((t[s:e], s, e))
            continue
        if q.value < 0:
            if strict:
                a, b = norm.span(s, e)
                raise InputError(f"'{norm.original[a:b]}' at {a}-{b} must not be negative: give the magnitude and "
                                 "say the direction in words")
            continue
        if q.value == 0 and tag in ("MASS", "K"):
            if strict:
                a, b = norm.span(s, e)
                raise InputError(f"a {'mass' if tag == 'MASS' else 'spring constant'} must be positive, got "
                                 f"'{norm.original[a:b]}' at {a}-{b}")
            continue
        if tag == "ACC" and _G_PREFIX.search(t[max(0, s - 40):s]):
            tag = "G"
        sym = None
        if symm and symm.group("sym") in ROLE_OF_SYMBOL and ROLE_OF_SYMBOL[symm.group("sym")][0] == tag:
            sym = symm.group("sym")
            s = max(0, s - 8) + symm.start()
        elif tag == "G":
            gm = _G_PREFIX.search(t[max(0, s - 40):s])
            s = max(0, s - 40) + gm.start()
        if squared:
            value = q.to("meter / second")          # "m/s2": the m/s value is the m/s² value
        elif q.unit == "degree" or tag not in _SI:
            value = q.value
        else:
            value = q.to(_SI[tag])
        written = re.sub(r"\s+", " ", norm.original[q.number_span[0]:q.number_span[1]].strip())
        written = (written + " " + written_unit.strip()) if written_unit.strip() not in ("°", "º") else written + "°"
        out.append({"tag": tag, "value": Fraction(value), "start": s, "end": e, "text": t[s:e], "sym": sym,
                    "written": written})
    return out, other
