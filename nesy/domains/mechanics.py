"""Mechanics (``nesy.mechanics.v1``): a text describing bodies and forces — or a physics word problem —
→ an exact free-body diagram of its situation.

parse: the text is normalised (``nesy.parse.markup``: ``{eq}…{/eq}``, LaTeX); its quantities (``5 kg``,
``20 N``, ``30°``, ``2 m/s²``, ``200 N/m``, ``stretched by 5 cm``) come from the shared pint reader
(``nesy.parse.quantities``, sorted by dimension in ``mechanics_words``), μ ("μ = 0.3", "coefficient of
kinetic friction is 0.2") from a pattern here, the words around them from
``grammars/mechanics/grammar.yaml``: the scene (a block on a horizontal surface or an incline, a mass
hanging from a rope or spring, two masses over a pulley, a body riding an accelerating elevator or a
vehicle's floor — ``mechanics_agents``, which also reads who pushes and the verbs of a force's direction),
the forces present (a closed list — "nothing else touches it", "(no rope, no push)" — and negated force
words are read by ``mechanics_closed``), the state (at rest, in
equilibrium, constant velocity, sliding, accelerating, frictionless, "neglect friction"). Question
sentences ("Calculate its acceleration.", "What is the tension in the rope?") give the ``asked``
quantities; quantities named by a symbol ("mass M", "angle θ") stay symbols; question, figure and
function words are the scene's ``ignored`` spans; anything else is reported with its position.

solve: Z3 over the reals (a fresh ``z3.Context`` per solve) holds the stated quantities and the laws
of ``solvers/mechanics.yaml`` (W = m·g with standard gravity, Newton's first and second laws in the
surface frame, the normal force perpendicular to the surface, Amontons–Coulomb friction, Hooke's law,
one tension over a pulley) as tracked assertions: an impossible text raises ``UnsatisfiableError``
naming the user's phrases and the laws with their sources. Defaults (a mass, μ) only pick one drawing;
whether the stated values alone fix every magnitude is asked of Z3 (``_fixed``): then the arrows are
drawn to a scale with a bar in newtons, else in the proportions of one consistent solution, with no
bar. The diagram is a ``Layout``: the support, the body, one arrow (line + polygon head, its own exact
colour) per force from the point of application, an acceleration arrow when a is given or asked, and
the labels of ``mechanics_labels``: given values as written, asked ones "= ?", the rest as symbols.

draw: ``mechanics_draw`` (the textbook free-body diagram of Halliday–Resnick–Walker and Knight, ch. 5–6:
arrows from the body's centre on a white halo, hatched supports, the incline's angle arc; no legend), in
the palette variant in force (``nesy.render.style``: colour-blind-safe colour, or grey).

verify: nesy's own figure is recognised by its point-of-application dots where its re-solved layout
puts them (``_own_figure``, any palette variant, any degradation); another tool's figure is read by
shape (``verify_other_tool``). From the PNG pixels alone: each force arrow by its colour, its direction and length against
the law; the surface angle; the normal perpendicular and the friction parallel to the surface; the
drawn vectors summing to zero (equilibrium) or to m·a; the acceleration arrow's direction; and the
labels read back from the text ink (each given value, each unknown marked, nothing else written).
"""
from __future__ import annotations

import functools
import math
import re
import time
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np

from ..errors import InputError, UnknownWordsError, UnsupportedError, NothingToDrawError
from ..registry import register
from ..resources import load_yaml
from .kit import DomainFiles, ExactRender
from ..parse.words import common_words as _common_words, norm as _norm, number_rx, read_quantity
from ..types import (Check, Entity, Label, Layout, Relation, SceneGraph, Shape, Span,
                     Verdict, _freeze)

__all__ = ["MechanicsDomain", "parse_mechanics", "solve_mechanics", "mechanics_solution", "verify_mechanics",
           "verify_other_tool", "Solution"]

_files = DomainFiles("mechanics")
_grammar, _data, _style, _law = _files.grammar, _files.data, _files.style, _files.law

MAX_TEXT_CHARS = 20_000


def _phrase_rx(p: str) -> str:
    return r"[\s\-]+".join(re.escape(x) for x in re.split(r"[\s\-]+", p.strip()) if x)


@functools.lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern, dict[str, tuple[str, Any]], frozenset[str]]:
    g = _grammar()
    table: dict[str, tuple[str, Any]] = {}

    def add(p: str, tag: str, val: Any) -> None:
        table.setdefault(_norm(p), (tag, val))
    for key, ps in g["scenes"].items():
        for p in ps:
            add(p, "SCENE", key)
    for key, ps in g["states"].items():
        for p in ps:
            add(p, "STATE", key)
    for key, ps in g["forces"].items():
        for p in ps:
            add(p, "FORCE", key)
    for p in g["frictionless"]:
        add(p, "FRICTIONLESS", None)
    for p in g["rough"]:
        add(p, "ROUGH", None)
    for p in g["up"]:
        add(p, "UP", None)
    for p in g["down"]:
        add(p, "DOWN", None)
    for p in g["only"]:
        add(p, "ONLY", None)
    for p in list(g["bodies"]) + list(g.get("everyday_bodies", [])):
        add(p, "BODY", None)
    for p in g.get("everyday_surfaces", []):
        add(p, "SCENE", "horizontal")
    for key, ps in g["carriers"].items():
        for p in ps:
            add(p, "CARRIER", key)
    keys = sorted(table, key=lambda k: (-len(k), k))
    rx = re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(_phrase_rx(k) for k in keys) + r")(?![A-Za-z0-9])",
                    re.IGNORECASE)
    single = {w for k in table for w in k.split()} | {str(w).lower() for w in g["neutral"]}
    return rx, table, frozenset(single)


_NUM = r"(?P<neg>[-−–](?=\d|\.\d))?(?P<num>" + number_rx() + r")"   # one whole number, read by parse/words.py
# μ has no unit, so the quantity reader leaves it: "μ = 0.3", "μk = 0.2", "coefficient of kinetic friction
# (between the block and the plane) is 0.2", "static friction coefficient 0.2"
# "μ between tyre and grass 0.5": the surfaces may be named after the symbol as after the words
_MU = re.compile(rf"(?:(?<![A-Za-z])(?:μ|mu)\s*_?\s*(?P<kind>[sk])?(?![A-Za-z])(?:\s+(?:between|for|on|of)\s+[^.;?\d=]{{0,60}}?)?|coefficient\s+of\s+(?P<kind2>static|kinetic)?"
                 rf"\s*friction(?:\s+(?:between|for|on|of)\s+[^.;?\d=]{{0,60}}?)?|(?P<kind3>static|kinetic)?\s*friction\s+"
                 rf"coefficient)\s*(?:=|of|is|:|equals?)?\s*{_NUM}(?!\w|\.\d)", re.IGNORECASE)
_MU_PAIR = re.compile(r"(?i)coefficients?\s+of\s+(?P<k1>static|kinetic)\s+and\s+(?P<k2>static|kinetic)\s+friction"
                      r"(?:\s+(?:between|for|on|of)\s+[^.;?\d=]{0,60}?)?\s*(?:are|=|of|:)?\s*"
                      r"(?P<n1>\d+(?:\.\d+)?|\.\d+)\s*(?:and|,)\s*(?P<n2>\d+(?:\.\d+)?|\.\d+)(?:\s*,?\s*respectively)?")
_HORIZ_REF = re.compile(r"^\s*(?P<dir>above|below|to|with|from)\s+(?:the\s+)?horizontal", re.IGNORECASE)
_WORD_RE = re.compile(r"[A-Za-zÀ-ÿμ]+")
# the words that make an angle the slope's ("inclined at 30°", "a ramp of 30°", "30° incline")
_INCLINE_WORD = re.compile(r"(?i)\b(?:incline[sd]?|inclination|ramp|slope[sd]?|sloping|hill|elevation|tilted|"
                           r"plane)\b")
_FORCE_WORD = re.compile(r"(?i)\b(?:force|forces|pull(?:s|ed|ing)?|push(?:es|ed|ing)?|rope|string|cable|cord|"
                         r"tension|applied|handle)\b")


# "mass m", "an angle θ", "elevation angle q", "a length L": a quantity named by its symbol (one letter,
# optionally with a subscript; not the article "a")
_SYMBOL = re.compile(r"(?i:\b(?P<what>angle\s+of\s+inclination|elevation\s+angle|angle\s+of\s+elevation|"
                     r"inclination|angle|mass|length|height|distance|speed|velocity|time|acceleration|force|"
                     r"tension|weight)\s+(?:of\s+|is\s+)?)(?P<sym>(?![aAI]\b)[A-Za-zθφαβγ](?:_\{?[A-Za-z0-9]{1,3}\}?|\d)?)"
                     r"(?![\w'’])")
_SYMBOL_KEY = {"angle of inclination": "angle", "elevation angle": "angle", "angle of elevation": "angle",
               "inclination": "angle", "angle": "angle", "mass": "mass", "acceleration": "accel",
               "force": "applied", "tension": "tension", "weight": "weight", "length": "length"}


@dataclass
class _Claim:
    tag: str
    value: Any
    start: int
    end: int
    text: str
    sym: str | None = None
    written: str = ""


def _claims(norm, *, strict: bool) -> tuple[list[_Claim], np.ndarray, list[tuple[str, int, int]]]:
    """The claims of the normalised text ``norm.text`` (positions there): its quantities (the shared
    pint reader, ``mechanics_words.quantity_claims``), μ, and the grammar's phrases; the mask of the
    characters they use; and the quantities of a dimension a free-body diagram does not draw."""
    from .mechanics_words import quantity_claims
    t = norm.text
    claims: list[_Claim] = []
    used = np.zeros(len(t) + 1, dtype=bool)
    qs, other = quantity_claims(norm, strict)
    for q in qs:
        if used[q["start"]:q["end"]].any():
            continue
        claims.append(_Claim(q["tag"], q["value"], q["start"], q["end"], q["text"], q["sym"], q["written"]))
        used[q["start"]:q["end"]] = True
    for _p, s, e in other:
        used[s:e] = True
    # "the coefficients of static and kinetic friction are 0.5 and 0.3": two coefficients, in order
    for m in _MU_PAIR.finditer(t):
        if used[m.start():m.end()].any():
            continue
        for k_, n_ in (("k1", "n1"), ("k2", "n2")):
            try:
                val_ = read_quantity(m.group(n_), m.start(n_), what="friction coefficient", min_abs=Fraction(1, 10 ** 9))
            except InputError:
                if strict:
                    raise
                continue
            claims.append(_Claim("MU", {"mu": val_, "kind": m.group(k_).lower()}, m.start(), m.end(), m.group(0),
                                 None, m.group(n_)))
        used[m.start():m.end()] = True
    for m in _MU.finditer(t):
        if used[m.start():m.end()].any():
            continue
        if m.group("neg"):
            if strict:
                a, b = norm.span(m.start(), m.end())
                raise InputError(f"'{norm.original[a:b]}' at {a}-{b} must not be negative: a coefficient of "
                                 "friction is a magnitude")
            continue
        try:
            val: Any = read_quantity(m.group("num"), m.start("num"), what="friction coefficient",
                                     min_abs=Fraction(1, 10 ** 9))
        except InputError:
            if strict:
                raise
            continue
        kind = (m.group("kind") or m.group("kind2") or m.group("kind3") or "").lower()
        num = m.group("num")
        claims.append(_Claim("MU", {"mu": val, "kind": {"s": "static", "k": "kinetic"}.get(kind, kind) or None},
                             m.start(), m.end(), m.group(0), None, num))
        used[m.start():m.end()] = True
    rx, table, single = _vocab()
    for m in rx.finditer(t):
        if not used[m.start():m.end()].any():
            tag, val = table[_norm(m.group(0))]
            claims.append(_Claim(tag, val, m.start(), m.end(), m.group(0)))
            used[m.start():m.end()] = True
    claims.sort(key=lambda c: (c.start, c.end))
    return claims, used, other


def _words(t: str, used: np.ndarray) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """(unknown, no-content): the words of ``t`` no claim uses, split into those nesy does not understand
    and those that carry nothing to draw (the no-content lexicon: function, figure and question words;
    the grammar's ``no_content`` phrases)."""
    from .mechanics_words import no_content_class
    _rx, _table, single = _vocab()
    common = _common_words()
    unknown, ignored = [], []
    nc = _no_content_rx()
    for m in nc.finditer(t):
        if not used[m.start():m.end()].any():
            ignored.append((m.group(0), m.start(), m.end()))
            used[m.start():m.end()] = True
    # multi-word phrases of the no-content lexicon ("how large", "in terms of", "significant figures")
    from ..parse.lexicon import no_content
    lex = no_content()
    ws = [m for m in _WORD_RE.finditer(t)]
    lowers = [m.group(0).lower() for m in ws]
    i = 0
    while i < len(ws):
        hit = lex.phrase_at(lowers, i)
        if hit and not any(used[w.start():w.end()].any() for w in ws[i:i + hit[1]]):
            a, b = ws[i].start(), ws[i + hit[1] - 1].end()
            ignored.append((t[a:b], a, b))
            used[a:b] = True
            i += hit[1]
            continue
        i += 1
    # a number no claim reads ("0.5" with no unit or role) is a stated fact nesy did not understand
    for m in re.finditer(r"(?<![\w.^_])\d+(?:[.,]\d+)*(?![\w])", t):
        if not used[m.start():m.end()].any():
            unknown.append((m.group(0), m.start(), m.end()))
    for m in _WORD_RE.finditer(t):
        if used[m.start():m.end()].any():
            continue
        w = m.group(0).lower()
        if w in common or w in single or (w.endswith("s") and w[:-1] in single):
            continue
        if _lemma_of(w) in _single_lemmas():
            continue                       # another inflection of an accepted word ("connects" of "connected")
        if re.fullmatch(r"[A-Z]\d?", m.group(0)):
            continue
        if no_content_class(m.group(0)):
            ignored.append((m.group(0), m.start(), m.end()))
            continue
        unknown.append((m.group(0), m.start(), m.end()))
    return unknown, ignored


def _lemma_of(w: str) -> str:
    from ..parse.lemmas import lemma_table
    return lemma_table().get(w, w)


@functools.lru_cache(maxsize=1)
def _single_lemmas() -> frozenset[str]:
    """The lemmas of the grammar's neutral words (spaCy's English lookup lemmas, nesy.parse.lemmas): a word
    that carries nothing to draw in one form carries nothing in its others ("connected" → "connects",
    "tied" → "ties"). Only the neutral list: another form of a force or scene word that its phrase list
    lacks stays unknown and is reported, never taken silently."""
    return frozenset(_lemma_of(str(w).lower()) for w in _grammar()["neutral"] if len(str(w)) > 2)


@functools.lru_cache(maxsize=1)
def _no_content_rx() -> re.Pattern:
    ps = sorted({_norm(p) for p in _grammar().get("no_content", [])}, key=lambda k: (-len(k), k))
    return re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(_phrase_rx(k) for k in ps) + r")(?![A-Za-z0-9])",
                      re.IGNORECASE)


def _score(text: str) -> float:
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT_CHARS:
        return 0.0
    words = [w.lower() for w in _WORD_RE.findall(text)]
    strong = {str(w) for w in _grammar()["strong"]}
    hits = sum(1 for w in words if w in strong)
    hits += len(re.findall(r"(?<![\w.])\d+(?:\.\d+)?\s*(?:kg|N)(?![A-Za-z/])", text))
    # a mass in grams on a body that hangs, rests or is pushed ("a 250 g bird feeder hangs from a string")
    hits += len(re.findall(r"(?<![\w.])\d+(?:\.\d+)?\s*(?:g|grams?)\b(?![/·^])(?=[^.;?!]*\b(?:hang(?:s|ing)?|hung|"
                           r"suspended|rests?|resting|sits?|pushed|pulled|string|rope|cord|cable)\b)", text))
    hits += len(re.findall(r"(?i)normal\s+(?:force|reaction)|free[\s\-]+body|μ\s*=", text))
    # "Draw the forces on him": a free-body diagram asked for in words; "seventy kilos": a mass
    hits += len(re.findall(r"(?i)\b(?:draw|drawing|sketch|show)\s+(?:all\s+)?(?:of\s+)?the\s+forces\s+(?:acting\s+)?on\b"
                           r"|\bkilos?\b", text))
    if not hits:
        return 0.0
    content = [w for w in words if w not in _common_words()] or words
    return min(1.0, hits / max(len(content), 1))


def _raw(c: _Claim) -> str:
    """The claim's exact value as a string ``Fraction`` reads: as written for a plain decimal ("1.5",
    not "3/2"), else the exact rational ("1,000" → "1000", "6/4" → "3/2")."""
    m = re.search(r"(?<![\w.,/])(?:\d+(?:\.\d+)?|\.\d+)(?![\w.,/^*×])", c.text)
    v = c.value["mu"] if isinstance(c.value, dict) else c.value
    if m is not None and m.group(0).isascii() and Fraction(m.group(0)) == v:
        return m.group(0)
    return str(v)


def _angle_is_incline(t: str, c: _Claim, scene: str, have_incline: bool) -> bool:
    """Whether the angle claim ``c`` is the slope's (else an applied force's direction): "a 30° incline",
    "inclined at 30° to the horizontal", "a ramp of 30°" are the slope's; "pulled at 30° above the
    horizontal", "a force at 30°" are the force's — the nearer of an incline word and a force word
    before the angle in its sentence decides, an incline noun right after it wins."""
    if c.sym == "θ":
        return scene == "incline" and not have_incline
    after = t[c.end:c.end + 25]
    if re.match(r"(?i)\s*(?:inclined\s+plane|incline|ramp|slope|hill)\b", after):
        return True
    # "a 20° frictionless slope", "a 25° rough, wooden incline": the slope's noun after its adjectives (a word of
    # relation between them makes the angle a force's: "at 20° to the hill", "30° above the incline")
    adj = re.match(r"(?i)(?:[\s,]*(?!(?:to|the|a|an|with|from|above|below|of|relative|along|up|down|on|onto|into|and|"
                   r"by|over|under|at|horizontal|vertical|surface|ground|floor)\b)[a-z-]+){1,2}[\s,]+"
                   r"(?:inclined\s+plane|incline|ramp|slope|hill)\b", t[c.end:c.end + 50])
    if adj:
        return not have_incline
    start = max(0, t.rfind(".", 0, c.start) + 1, c.start - 60)
    before = t[start:c.start]
    inc = [m.end() for m in _INCLINE_WORD.finditer(before)]
    frc = [m.end() for m in _FORCE_WORD.finditer(before)]
    if inc and (not frc or inc[-1] > frc[-1]):
        return not have_incline
    if frc:
        return False
    if _HORIZ_REF.match(after) and re.search(r"(?i)\b(?:above|below)\b", after[:12]):
        return False
    return scene == "incline" and not have_incline


# any word of motion or of a changing support: a body that may move is not read as hanging at rest
_HANG_MOTION = re.compile(r"(?i)\b(?:spring|springs|elevator|lift|lifts|lifted|lifting|lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)|"
                          r"pull(?:s|ed|ing)?\s+up|hoist\w*|winch\w*|crane|accelerat\w*|decelerat\w*|swing\w*|"
                          r"oscillat\w*|bounc\w*|pendulum|mov(?:e|es|ed|ing)|fall\w*|dropp?\w*|slid\w*|speed\w*|"
                          r"velocity|rising|rises|descend\w*|ascend\w*|jerk\w*|yank\w*|m/s)\b")

def parse_mechanics(text: str, *, allow_unknown: bool = False) -> SceneGraph:
    """Parse a mechanics description or word problem into a ``SceneGraph`` (domain ``"mechanics"``).

    ``attributes``: ``scene`` (horizontal | incline | hanging | pulley | free — nothing supports the body,
    ``mechanics_free`` | wall — pushed against a vertical wall, ``mechanics_wall``), ``masses`` (kg, with spans),
    ``incline`` (degrees), ``forces`` (kind → {value in N or None, span}), ``applied_angle`` (degrees
    above the surface direction), ``mu``, ``state`` (rest | equilibrium | constant | moving | None),
    ``direction`` (+1 up/forward, −1 down, None), ``accel`` (m/s²), ``k`` (N/m), ``extension`` (m),
    ``frictionless``, ``only`` (the force kinds an "only …" clause allows) and every phrase's span;
    and, present only when the text has them: ``asked`` (the quantities its questions ask for: the
    ``quantity`` key of the grammar's ``asked`` table and its ``span``), ``symbols`` (quantities named by a
    symbol: key → {symbol, span}), ``slope_length`` (m), ``ropes`` (two ropes: each one's angle above the
    horizontal, degrees) and ``mu_other`` (the second of a static and a kinetic coefficient). Spans point into ``text``
    (markup such as ``{eq}…{/eq}`` is read through ``nesy.parse.markup``). Words that carry nothing to
    draw (question, figure and function words) are the scene's ``ignored`` spans; words nesy does not
    understand its ``unknown`` spans (``UnknownWordsError`` unless ``allow_unknown``).
    """
    from ..parse.grammar import check_text
    from ..parse.markup import normalize
    from .mechanics_words import ROLE_OF_SYMBOL, asked_targets, question_spans
    check_text(text)
    norm = normalize(text)
    from ..parse.markup import replace_spans
    from .mechanics_spec import unit_key_edits
    norm = replace_spans(norm, unit_key_edits(norm.text))   # {"mass_kg": 5, "mu_k": 0.4}: 5 kg, μk = 0.4
    from .mechanics_spec import kilo_edits
    norm = replace_spans(norm, kilo_edits(norm.text))       # "seventy kilos": seventy kilograms
    t = norm.text

    def sp(s: int, e: int) -> dict[str, Any]:
        a, b = norm.span(s, e)
        return {"text": text[a:b], "start": a, "end": b}

    def span_of(d: dict[str, Any]) -> Span:
        return Span(d["start"], d["end"], d["text"])

    claims, used, other = _claims(norm, strict=True)
    from .mechanics_spec import label_and_instant_spans
    for s_, e_ in label_and_instant_spans(t):   # "Claim #44-1902", "at that moment": nothing to draw
        used[s_:e_] = True
        claims = [c for c in claims if not (s_ <= c.start and c.end <= e_)]
    # who pushes or pulls ("somebody pushes it", "pulled by a worker") is part of that force's phrase, and
    # no body of the diagram
    from .mechanics_agents import agent_spans
    agents = agent_spans(t)
    for s_, e_ in agents:
        used[s_:e_] = True
    claims = [c for c in claims if not (c.tag == "BODY" and any(s_ <= c.start < e_ for s_, e_ in agents))]
    from .mechanics_spec import support_pushes   # "the scale pushing up on his toes": the normal force
    claims = support_pushes(t, claims, _Claim)
    # "nothing else touches it", "(no rope, no push)": a closed list of forces, negated force words dropped
    from .mechanics_closed import read_closed
    claims, negated, closed = read_closed(t, claims, used)
    from .mechanics_dialogue import friction_bounds, superseded_forces
    claims, _superseded = superseded_forces(t, claims)   # "Student: … then I push with 5 N": the later turn's push
    claims, fmax = friction_bounds(t, claims)            # "the maximum static friction is 6 N": a bound, no force
    from .mechanics_still import held_still   # "a rope holds the crate still": the body is at rest
    claims = held_still(t, claims, _Claim)
    by: dict[str, list[_Claim]] = {}
    for c in claims:
        if c.tag == "CARRIER" and re.search(r"(?i)\b(?:to|can|could|will|would|must|should|then|he|she|they|we|i|you|"
                                           r"someone|somebody)\s+$", t[max(0, c.start - 12):c.start]):
            c = _Claim("FORCE", "applied", c.start, c.end, c.text)       # "to lift the box": a verb, a pull up
        by.setdefault(c.tag, []).append(c)
    scenes = {c.value for c in by.get("SCENE", [])}
    masses = by.get("MASS", [])
    if len(masses) == 1:
        # "a 250 g bird feeder", "an apple of mass 0.5 kg": any concrete noun in the body's place names the body
        # (WordNet's physical objects, mechanics_objects); a later "the feeder" is the same body
        from .mechanics_objects import body_phrases
        for s_, e_ in body_phrases(t, masses, used):
            used[s_:e_] = True
            by.setdefault("BODY", []).append(_Claim("BODY", None, s_, e_, t[s_:e_]))
        by.get("BODY", []).sort(key=lambda c: c.start)
    # an elevator: the car itself on its cable, or a body riding it — standing on its floor (the floor's
    # normal force carries it: a level surface that accelerates) or hanging from its ceiling
    car = None
    if by.get("CARRIER"):
        from .mechanics_agents import carrier as _carrier
        hangs = "hanging" in scenes or any(c.value == "spring" for c in by.get("FORCE", []))
        car = _carrier(t, by["CARRIER"], by.get("BODY", []), masses, hangs)
    if "pulley" in scenes:
        scene = "pulley"
    elif "incline" in scenes:
        scene = "incline"
    elif car and car["floor"]:
        scene = "horizontal"
    elif car:
        scene = "hanging"
    elif "hanging" in scenes or (any(c.value == "spring" for c in by.get("FORCE", [])) and "horizontal" not in scenes):
        scene = "hanging"
    else:
        scene = "horizontal"
    wall_span = None
    if scene in ("horizontal", "incline"):
        # "pressed against a vertical wall": the wall's normal is horizontal, its friction holds the weight —
        # not a body on a floor (mechanics_wall)
        from .mechanics_wall import against_wall
        aw = against_wall(t)
        fv = {c.value for c in by.get("FORCE", [])}
        surfaces = [c for c in by.get("SCENE", []) if not re.fullmatch(r"(?i)horizontal(?:ly)?", c.text)]
        if aw and scene == "horizontal" and not car and not surfaces and "applied" in fv \
                and not fv & {"tension", "spring"}:
            # "a book held against a vertical wall by a horizontal push of 30 N": the wall's normal balances the
            # push and its friction holds the weight (mechanics_wall)
            scene = "wall"
            wall_span = aw
            used[aw[0]:aw[1]] = True
        elif aw:
            x = sp(*aw)
            raise UnsupportedError(f"'{x['text']}' at {x['start']}-{x['end']}: a body held against a wall is not "
                                   "drawn (the wall's normal force is horizontal and its friction holds the weight); "
                                   "nesy draws a body on a floor or an incline, hanging, or on a pulley")
    free_span = None
    lifted = None
    if scene == "horizontal" and not scenes and not car:
        # "a ball in free fall", "a stone is dropped", "she leaves the plane; nothing else touches her": nothing
        # supports the body, so its weight is the only force on it (mechanics_free)
        from .mechanics_free import free_fall, rope_held, rope_lifted
        lifted = rope_lifted(t, by.get("FORCE", []))
        ff = None if lifted else free_fall(t, closed, by.get("FORCE", []), [c.value for c in by.get("STATE", [])])
        held = None if lifted or ff else rope_held(t, by.get("FORCE", []))
        if lifted:
            scene = "hanging"          # "a bucket lifted by a rope": the rope holds it, nothing under it
            used[lifted[0]:lifted[1]] = True
        elif held:
            scene = "hanging"          # "supported by one vertical string": the rope holds it, nothing under it
            used[held[0]:held[1]] = True
        elif ff:
            free_span = ff
            scene = "free"
            from .mechanics_free import FREE_FALL_RX
            for m_ in FREE_FALL_RX.finditer(t):      # every verb of falling or flight: read, the scene's
                used[m_.start():m_.end()] = True
    if not (masses or by.get("BODY") or by.get("FORCE") or scenes):
        raise NothingToDrawError("the text names no body or force: describe one, e.g. 'a 5 kg block on a 30° incline'")
    table_pulley = None
    if scene == "pulley":
        # "block A rests on a frictionless table, tied over a pulley at its edge to a hanging block B": one body
        # on a surface, one hanging (mechanics_table) — no Atwood machine, whose tension for these masses is
        # twice this system's (Halliday, Resnick & Walker, Fundamentals of Physics, ch. 5)
        from .mechanics_table import on_support, split_masses
        on = on_support(t, by.get("SCENE", []))
        if on:
            x = sp(on[0], on[1])
            if len(masses) != 2:
                raise UnsupportedError(f"'{x['text']}' at {x['start']}-{x['end']}: a body on a table or slope pulled "
                                       "over a pulley by a hanging body is drawn from both bodies' masses; the text "
                                       f"gives {len(masses)} mass{'es' if len(masses) != 1 else ''}")
            hangs = [(c.start, c.end) for c in by.get("SCENE", []) if c.value == "hanging"]
            i_on, i_hang = split_masses(t, masses, (on[0], on[1]), hangs)
            masses = [masses[i_on], masses[i_hang]]
            scene = on[2] if on[2] == "incline" or "incline" not in scenes else "incline"
            table_pulley = {"span": x}
    if scene == "pulley" and len(masses) != 2:
        raise UnsupportedError(f"a pulley is drawn with two hanging masses (an Atwood machine); the text gives "
                               f"{len(masses)} mass{'es' if len(masses) != 1 else ''}")
    if scene != "pulley" and len(masses) > 1 and not table_pulley:
        raise UnsupportedError("one body per diagram (or two masses over a pulley): the text gives " +
                               ", ".join(f"'{sp(c.start, c.end)['text']}'" for c in masses))
    # a body hanging from two ropes at given angles (a classic statics problem)
    ropes = None
    from .mechanics_ropes import ROPE_ADJ
    many = re.search(r"(?i)\b(?:three|four|five|[3-9])\s+" + ROPE_ADJ + r"(?:ropes|strings|cables|cords|wires)\b", t)
    if many:
        x = sp(many.start(), many.end())
        raise UnsupportedError(f"'{x['text']}' at {x['start']}-{x['end']}: a body is drawn hanging from one rope, one "
                               "spring or two ropes")
    two = re.search(r"(?i)\b(?:two|2|both|each\s+of\s+the\s+two)\s+" + ROPE_ADJ +
                    r"(?:ropes|strings|cables|cords|wires|chains)\b", t)
    if two and scene == "incline":
        # "two strings inclined at 60° to the horizontal": the ropes lean, no slope (mechanics_ropes)
        from .mechanics_ropes import ropes_inclined
        if ropes_inclined(t, two, [(c.start, c.end) for c in by.get("SCENE", []) if c.value == "incline"]):
            scene = "hanging"
    if two and scene not in ("pulley",):
        x = sp(two.start(), two.end())
        angles = by.get("ANGLE", [])
        shared = None
        if len(angles) == 1 and scene in ("hanging", "horizontal"):
            # "two cables, each making 45° with the horizontal", "… symmetric": one angle, both ropes' (mechanics_ropes)
            from .mechanics_ropes import shared_angle
            shared = shared_angle(t, two, angles[0].start, angles[0].end)
            for s_, e_ in shared:
                used[s_:e_] = True
            if shared:
                angles = [angles[0], angles[0]]
        if scene not in ("hanging", "horizontal") or len(angles) != 2:
            raise UnsupportedError(f"'{x['text']}' at {x['start']}-{x['end']}: a body hanging from two ropes is drawn "
                                   f"from the two ropes' angles (e.g. 'at 30° and 60° to the ceiling'); the text gives "
                                   f"{len(angles)} angle{'' if len(angles) == 1 else 's'}")
        scene = "hanging"
        used[two.start():two.end()] = True       # "two identical cables": the ropes' words, read here
        ropes = []
        for c in angles:
            if not 0 < c.value < 90:
                a_, b_ = sp(c.start, c.end)["start"], sp(c.start, c.end)["end"]
                raise InputError(f"a rope's angle must be between 0° and 90°, got '{text[a_:b_]}' at {a_}-{b_}")
            # measured from the ceiling/horizontal unless the text says from the vertical
            ref = re.search(r"(?i)\b(?:with|to|from)\s+the\s+(horizontal|ceiling|vertical|roof|beam)\b",
                            t[c.end:t.find(".", c.end) if t.find(".", c.end) > 0 else len(t)])
            vertical = bool(ref and ref.group(1).lower() == "vertical")
            above = (90 - c.value) if vertical else c.value
            end = c.end
            if ref:
                used[c.end + ref.start():c.end + ref.end()] = True
                if ref.start() <= 1:                 # "50° from the vertical": the reference is the angle's
                    end = c.end + ref.end()
            ropes.append({"value": str(above), "span": sp(c.start, end)})
        by["ANGLE"] = []
    # angles: the incline's, or an applied force's ("at 30° above the horizontal")
    incline = None
    applied_angle = None
    from_horizontal = False
    for c in by.get("ANGLE", []):
        if _angle_is_incline(t, c, scene, incline is not None):
            if c.value >= 90 and scene == "incline":
                x = sp(c.start, c.end)
                raise InputError(f"an incline angle must be below 90°, got '{x['text']}' at {x['start']}-{x['end']}")
            incline = {"value": str(c.value), "span": sp(c.start, c.end)}
        else:
            href = _HORIZ_REF.match(t[c.end:c.end + 30])
            sign = -1 if href and href.group("dir").lower() == "below" else 1
            end = c.end + (href.end() if href else 0)
            # "directed 30° above …", "applied at an angle of 20° below …": the verb is the angle's phrase
            from .mechanics_agents import direction_lead
            lead = direction_lead(t, c.start)
            if applied_angle is not None:
                raise UnsupportedError(f"the text gives two directions for the applied force ('{applied_angle['span']['text']}', "
                                       f"'{sp(lead, end)['text']}'); one is drawn")
            applied_angle = {"value": str(sign * c.value), "span": sp(lead, end)}
            used[lead:end] = True
            from_horizontal = bool(href and "horizontal" in href.group(0).lower())
    if scene == "incline" and incline is not None:
        # on a slope the applied angle is kept relative to the slope: "30° above the horizontal" is 30° − θ
        # above it, and a "horizontal force" is −θ
        th_ = Fraction(incline["value"])
        if applied_angle is not None and from_horizontal:
            applied_angle = {"value": str(Fraction(applied_angle["value"]) - th_), "span": applied_angle["span"]}
        hf = re.search(r"(?i)\bhorizontal(?:ly)?\s+(?:applied\s+|pushing\s+|pulling\s+)?(?:force|push|pull)\b|"
                       r"\b(?:pushed|pulled|pushes|pulls)\s+horizontally\b", t)
        if hf and applied_angle is None:
            applied_angle = {"value": str(-th_), "span": sp(hf.start(), hf.end())}
            used[hf.start():hf.end()] = True
    # "pushes straight down on it", "pulls vertically upward": a vertical push or pull on a level surface
    if scene == "horizontal" and applied_angle is None:
        vm = re.search(r"(?i)\b(?:push|pushes|pushed|pushing|press|presses|pressed|pressing|pull|pulls|pulled|"
                       r"pulling|lift|lifts|lifted)\s+(?:it\s+|the\s+\w+\s+)?(?:straight\s+|vertically\s+)?"
                       r"(?P<dir>down|downward|downwards|up|upward|upwards|on\s+(?:it\s+)?from\s+above)\b", t)
        # "tries to lift the box with 50 N", "raises it": lifting is a pull straight up, whatever follows
        nouns = [(c.start, c.end) for c in by.get("CARRIER", [])]        # "in a lift" is the elevator
        vm = vm or next((m_ for m_ in re.finditer(r"(?i)\b(?:lift|lifts|lifted|lifting|raise|raises|raised|raising)\b", t)
                         if not any(a_ <= m_.start() < b_ for a_, b_ in nouns)), None)
        if vm and any(c.value == "normal" and c.start <= vm.start() < c.end for c in by.get("FORCE", [])):
            vm = None        # "the scale pushing up on his toes": the support's normal force (mechanics_spec)
        if vm:
            up_ = "dir" not in (vm.re.groupindex or {}) or not re.match(r"(?i)down|on", vm.group("dir"))
            applied_angle = {"value": "90" if up_ else "-90",
                             "span": sp(vm.start(), vm.end())}
            used[vm.start():vm.end()] = True
    if scene == "horizontal":
        # "pushes it horizontally" on the level: along the floor, the direction every push is drawn in there
        for hm in re.finditer(r"(?i)\bhorizontally\b", t):
            used[hm.start():hm.end()] = True
    # quantities named by a symbol instead of a value ("a block of mass m", "an incline of angle θ",
    # "elevation angle q"): drawn as that symbol; a symbol of something a free-body diagram does not
    # draw ("a length L", "speed v") is reported, not dropped
    symbols: dict[str, dict[str, Any]] = {}
    sym_other: list[tuple[str, int, int]] = []
    for m in _SYMBOL.finditer(t):
        if used[m.start("sym"):m.end("sym")].any() or re.match(r"\s*=", t[m.end():]):
            continue
        what = _norm(m.group("what"))
        key = _SYMBOL_KEY.get(what)
        if key == "angle" and not (scene == "incline" and incline is None):
            key = None
        if key == "mass" and (masses or scene == "pulley"):
            key = None
        if key == "length" and scene != "incline":
            key = None                     # only the slope's length is drawn
        if key is None or key in symbols:
            sym_other.append((m.group(0), m.start(), m.end()))
        else:
            symbols[key] = {"symbol": m.group("sym"), "span": sp(m.start(), m.end())}
        used[m.start():m.end()] = True
    # a length is drawn only as the slope's ("an incline 5 m long", "a ramp of length L"); any other
    # length ("pulled 10 m") is reported
    slope_length = None
    for c in by.get("LENGTH", []):
        ctx = t[max(0, c.start - 20):c.start] + "|" + t[c.end:c.end + 8]
        if scene == "incline" and slope_length is None and re.search(r"(?i)\blength\b[^|]*\||\|\s*long\b", ctx):
            lg = re.match(r"\s*long\b", t[c.end:])
            end = c.end + (lg.end() if lg else 0)
            slope_length = {"value": _raw(c), "span": sp(c.start, end)}
            used[c.start:end] = True
        else:
            other.append((c.text, c.start, c.end))
    if scene == "wall":
        for hm in re.finditer(r"(?i)\bhorizontal(?:ly)?\b", t):     # the push is horizontal, into the wall
            used[hm.start():hm.end()] = True
        if applied_angle is not None:
            x = applied_angle["span"]
            raise UnsupportedError(f"'{x['text']}' at {x['start']}-{x['end']}: a body against a wall is drawn with a "
                                   "horizontal push into the wall; a push at an angle is not drawn")
    if applied_angle is not None and scene in ("hanging", "pulley"):
        x = applied_angle["span"]
        raise UnsupportedError(f"'{x['text']}' at {x['start']}-{x['end']}: a body on one rope or spring hangs straight "
                               "down; an angle is drawn for two ropes ('two ropes at 30° and 60° to the ceiling') or "
                               "for a push or pull on a surface")
    if scene == "horizontal" and incline is not None and not car:
        # "a rough plank tilted at 25°", "a board raised to 15°": the surface's own angle makes it a slope
        scene = "incline"
    if scene == "incline" and incline is not None:
        # "pulled down the ramp", "a rope parallel to the ground", "a horizontal rope": the pull's direction
        # along the slope in words (mechanics_along); an explicit angle is measured from it
        from .mechanics_along import along_slope
        said = along_slope(t, Fraction(incline["value"]))
        if said is not None:
            if applied_angle is None:
                applied_angle = {"value": str(said[0]), "span": sp(said[1], said[2])}
            elif said[0] == 180 and not from_horizontal:
                # "pulled down the slope by a rope at 20° above the slope": 20° above the way down
                applied_angle = {"value": str(180 - Fraction(applied_angle["value"])), "span": applied_angle["span"]}
            elif said[0] != 0 and Fraction(applied_angle["value"]) != said[0]:
                x = applied_angle["span"]
                raise UnsupportedError(f"the text gives two directions for the applied force ('{x['text']}', "
                                       f"'{t[said[1]:said[2]]}'); one is drawn")
            used[said[1]:said[2]] = True
    if scene == "incline" and incline is None and "angle" not in symbols:
        raise InputError("an incline needs its angle, e.g. 'a 30° incline' or 'an incline of angle θ'")
    # forces: a quantity in N takes the kind its symbol names ("T = 20 N"), else the kind of the nearest
    # force word before it (or just after it)
    # a force word inside a question's target names no force of its own ("the net force", "its mass")
    blocked = np.zeros(len(t) + 1, dtype=bool)
    for c in claims:
        if c.tag not in ("FORCE", "BODY", "SCENE", "UP", "DOWN", "ONLY", "ROUGH"):
            blocked[c.start:c.end] = True
    questions = question_spans(t)
    targets, _nd = asked_targets(t, questions, set(), blocked)
    inert = [(s_, e_) for k, s_, e_ in targets if k in ("net", "mass", "accel", "k", "extension", "mu", "weight")]
    fwords = [c for c in by.get("FORCE", []) if not any(s_ <= c.start and c.end <= e_ for s_, e_ in inert)]
    forces: dict[str, dict[str, Any]] = {}
    for c in fwords:
        forces.setdefault(c.value, {"value": None, "span": sp(c.start, c.end)})
    for q in by.get("FORCEQ", []):
        before = [f for f in fwords if f.end <= q.start and q.start - f.end <= 40
                  and not re.search(r"[.;]", t[f.end:q.start])]
        after = [f for f in fwords if f.start >= q.end and f.start - q.end <= 3]
        # "a 10 N lamp", "a 49-N crate": a force in N that names a body is the body's weight
        body_after = [b for b in by.get("BODY", []) if b.start >= q.end and b.start - q.end <= 2
                      and re.fullmatch(r"[\s-]*", t[q.end:b.start])]
        if q.sym:
            kind, span = ROLE_OF_SYMBOL[q.sym][1], sp(q.start, q.end)
        elif body_after and not after:
            kind, span = "weight", sp(q.start, body_after[0].end)
        elif before:
            f = before[-1]
            kind, span = f.value, sp(f.start, q.end)
        elif after:
            f = after[0]
            kind, span = f.value, sp(q.start, f.end)
        else:
            kind, span = "applied", sp(q.start, q.end)
        if kind in forces and forces[kind]["value"] is not None and _same_magnitude(forces[kind]["value"], _raw(q)):
            # "pulled by a rope with 20 N … Summary: … tension 20 N": the same force said again (a summary, a
            # restatement), one force — its value agrees to the digits written
            continue
        if kind in forces and forces[kind]["value"] is not None:
            raise UnsupportedError(f"the text gives two {kind} forces ('{forces[kind]['span']['text']}', "
                                   f"'{span['text']}'); one of each kind is drawn")
        forces[kind] = {"value": _raw(q), "span": span}
    if "applied" in forces and forces["applied"]["value"] is None and \
            all(_norm(c.text) in ("force", "forces") for c in fwords if c.value == "applied"):
        # the bare noun ("label all the forces acting on it") names no push or pull: an applied force needs
        # its value, or a verb of pushing or pulling
        forces.pop("applied")
    if "tension" in forces and scene == "hanging" and "spring" in forces and forces["tension"]["value"] is None:
        forces.pop("tension")
    if "tension" in forces and "applied" in forces and scene in ("horizontal", "incline"):
        # "pulled … by a rope": the pull is the rope's tension, one force
        if forces["applied"]["value"] is None:
            forces.pop("applied")
        elif forces["tension"]["value"] is None:
            forces["tension"] = forces.pop("applied")
    if scene in ("hanging", "pulley", "free"):
        forces.pop("applied", None) if (forces.get("applied") or {}).get("value") is None else None
    from .mechanics_closed import negated_motion
    # "rests without moving", "is not sliding": a negated verb of motion says the body is at rest
    states = []
    for c in by.get("STATE", []):
        neg = negated_motion(t, c.start) if c.value == "moving" else None
        if neg is not None:
            used[neg:c.end] = True
            c = _Claim("STATE", "rest", neg, c.end, t[neg:c.end])
        states.append(c)
    state = None
    state_span = None
    for pref in ("rest", "equilibrium", "constant", "moving"):
        cs = [c for c in states if c.value == pref]
        if cs:
            state, state_span = pref, sp(cs[0].start, cs[0].end)
            break
    placed = [c for c in states if c.value == "placed"]
    if state is None and placed and not by.get("FRICTIONLESS") and not by.get("ACC") and not by.get("MU") \
            and not any(k in forces for k in ("applied", "tension", "spring")) \
            and not any(k in ("net", "accel") for k, _s, _e in targets):
        # "a block rests on a ramp": a stance verb says where the body is and that it stays (Newton's first
        # law then needs the static friction a slope asks); with a push, a pull, an acceleration, a
        # frictionless surface, a coefficient of friction (whether it holds is then the question) or a
        # question for the net force or the acceleration it only says where the body was put
        state, state_span = "rest", sp(placed[0].start, placed[0].end)
    ups, downs = by.get("UP", []), by.get("DOWN", [])
    direction = None
    dir_span = None
    if state in ("constant", "moving") or by.get("ACC"):
        if downs and not ups:
            direction, dir_span = -1, sp(downs[0].start, downs[0].end)
        elif ups and not downs:
            direction, dir_span = 1, sp(ups[0].start, ups[0].end)
    acc = by.get("ACC", [])
    if lifted and (state in ("constant", "moving") or acc):
        # "lifted by a rope, accelerating at 2 m/s²": the verb gives the motion (up for lift, hoist, raise; down
        # for lower); "slowing down" turns the acceleration against it (mechanics_free.rope_lifted)
        if direction is None:
            direction, dir_span = lifted[2], sp(lifted[0], lifted[1])
        if lifted[3] is not None:
            used[lifted[3][0]:lifted[3][1]] = True
            direction, dir_span = -lifted[2], sp(*lifted[3])
    if len(acc) > 1:
        raise UnsupportedError("one acceleration per diagram")
    carried = None
    if car and scene == "horizontal":
        # the rider shares the carrier's acceleration (an elevator's vertical one, a vehicle's along its floor)
        from .mechanics_agents import carrier_direction
        cs_, ce_ = car["span"]
        if car["slowing"]:
            # "moving up and slowing down": the "down" of "slows down" is no direction of motion
            ss_, se_ = car["slowing"]
            ups_ = [c for c in ups if not ss_ <= c.start < se_]
            downs_ = [c for c in downs if not ss_ <= c.start < se_]
            direction = -1 if downs_ and not ups_ else 1 if ups_ and not downs_ else None
        acc_attr = {"value": str(acc[0].value), "span": sp(acc[0].start, acc[0].end)} if acc else None
        sign = carrier_direction(car, direction, acc_attr, t[cs_:ce_], t)
        carried = {"text": sp(cs_, ce_)["text"], "span": sp(cs_, ce_), "sign": sign, "axis": car["axis"],
                   "slowing": sp(*car["slowing"]) if car["slowing"] else None}
        if car["slowing"]:
            used[car["slowing"][0]:car["slowing"][1]] = True
        direction, dir_span = None, None
        if state == "moving":
            state, state_span = None, None
    mu = by.get("MU", [])
    ks = by.get("K", [])
    ext = by.get("EXT", [])
    fl = by.get("FRICTIONLESS", [])
    if carried and carried["axis"] == "vertical" and "tension" in forces:
        # a rope or cable named beside the elevator holds the car, not the rider standing on its floor
        tf = forces["tension"]
        if tf["value"] is not None:
            x = tf["span"]
            raise UnsupportedError(f"'{x['text']}' at {x['start']}-{x['end']}: the cable pulls the "
                                   f"{carried['text']}, not the body standing in it; one body is drawn per "
                                   "diagram — ask for the forces on the rider, or on the car alone")
        forces.pop("tension")
        # reported as not drawn (never dropped silently)
        other.extend((c.text, c.start, c.end) for c in fwords if c.value == "tension")
    if mu and not fl and "friction" not in forces:
        # "static friction coefficient 0.2", "coefficient of kinetic friction 0.3": the coefficient's phrase
        # holds the word "friction", so it names the friction force too (as "friction μ = 0.3" does)
        forces["friction"] = {"value": None, "span": sp(mu[0].start, mu[0].end)}
    if len(mu) > 1:
        # static and kinetic coefficients both given: the solver takes the one the motion calls for (kinetic
        # for a moving body, static otherwise); the other is kept and written too
        kinds = [c.value["kind"] for c in mu]
        if len(mu) > 2 or len(set(kinds)) != 2 or None in kinds:
            raise UnsupportedError("one static and one kinetic coefficient of friction at most; the text gives " +
                                   ", ".join(f"'{sp(c.start, c.end)['text']}'" for c in mu))
        want_kind = "kinetic" if state in ("moving", "constant") or by.get("ACC") else "static"
        mu = sorted(mu, key=lambda c: c.value["kind"] != want_kind)
    # the questions: what they ask for becomes a marked unknown; what the text gives is no question
    given = {"accel"} if acc else set()
    given |= {"mass"} if masses else set()
    given |= {"mu"} if mu else set()
    given |= {k for k, v in forces.items() if v["value"] is not None}
    given |= {"k"} if by.get("K") else set()
    given |= {"extension"} if by.get("EXT") else set()
    asked_raw, not_drawn = asked_targets(t, questions, given, blocked)
    asked = []
    for key, s_, e_ in asked_raw:
        if key in ("friction", "mu") and fl:
            continue                       # "neglect friction … find the friction": nothing to ask
        if key in ("tension",) and scene == "hanging" and "spring" in forces:
            continue
        if key == "applied" and scene in ("hanging", "pulley"):
            continue
        if key == "tension" and carried and carried["axis"] == "vertical":
            x = sp(s_, e_)
            raise UnsupportedError(f"'{x['text']}' at {x['start']}-{x['end']}: the cable's tension acts on the "
                                   f"{carried['text']}, not on the body standing in it; one body is drawn per "
                                   "diagram — ask for the forces on the rider, or describe the car alone")
        if key in ("extension", "k") and not (scene == "hanging" and ("spring" in forces or ks or ext)):
            continue                       # a spring's quantities are drawn for a body hanging from one
        asked.append({"quantity": key, "span": sp(s_, e_)})
        used[s_:e_] = True
        if key in ("tension", "normal", "friction", "applied") and key not in forces:
            if key == "normal" and scene not in ("horizontal", "incline"):
                continue
            forces[key] = {"value": None, "span": sp(s_, e_)}
        if key == "mu" and "friction" not in forces:
            forces["friction"] = {"value": None, "span": sp(s_, e_)}
    for _p, s_, e_ in not_drawn:
        used[s_:e_] = True
    if scene == "free":
        # nothing touches a body in free fall: a rope, a push, a surface's force or a stated drag is a force the
        # diagram of a support-free body does not draw — refused naming it, never dropped
        for k_, f_ in forces.items():
            if k_ != "weight":
                x = f_["span"]
                raise UnsupportedError(f"'{x['text']}' at {x['start']}-{x['end']}: a body in free fall "
                                       f"('{sp(*free_span)['text']}') has only its weight on it; nesy draws no "
                                       f"{k_} force on it")
    only = None
    # "is only about 6 N", "just 5 N": an adverb of amount before a number, no closed list of forces
    onlys = [o for o in by.get("ONLY", []) if not re.match(r"(?i)\s*(?:(?:about|around|approximately|roughly|some|"
                                                           r"a\s+little\s+over|over|under)\s+|~\s*|≈\s*)?\d", t[o.end:])]
    if onlys:
        # "only gravity and the normal force", "the weight and the normal force only": the kinds it names, after
        # it or (none after) right before it in its clause; the bare noun "force(s)" names no kind. With none,
        # "Forces on the car only", "just the forces on the crate" restrict the body, not its forces: no closed
        # list (requests-15 mechanics-10 read it as "no force at all" and called the tow rope's tension impossible)
        o = onlys[0]
        kinded = [c for c in fwords if _norm(c.text) not in ("force", "forces")]
        near = [c for c in kinded if c.start > o.start and c.start - o.end <= 60]
        if not near:
            near = [c for c in kinded if c.end <= o.start and o.start - c.end <= 40
                    and not re.search(r"[.;:!?]", t[c.end:o.start])]
        if near:
            only = {"kinds": sorted({c.value for c in near}),
                    "span": sp(min([o.start] + [c.start for c in near]), max([o.end] + [c.end for c in near]))}
    if only is None and closed:
        # the forces are exactly these: the weight, the surface's normal force, the forces named and not negated
        kinds = {c.value for c in fwords} | set(forces) | {"weight"} | ({"normal"} if scene in ("horizontal", "incline")
                                                                       else set())
        only = {"kinds": sorted(kinds), "span": sp(*closed)}
    gs = by.get("G", [])
    if scene == "hanging" and state is None and not acc and (
            re.search(r"(?i)\b(?:ceiling|hook|beam|rafter|nail)\b", t) or not _HANG_MOTION.search(t)):
        # "a lamp hanging from a cord from the ceiling": a cord from a fixed support holds the body still (an
        # inextensible cord, a support that does not move); a lift, lowering or pulling would be said. "Hangs
        # from a cord" is itself stative (Huddleston & Pullum 2002, ch. 3 §4.2: a stance verb states a position
        # held), so with no word of motion anywhere in the text ("a 3.5 kg lamp hanging from one cord") the body
        # hangs at rest and the cord holds its weight (T = mg, Newton's first law)
        mh = re.search(r"(?i)\b(?:hang(?:s|ing)?|hung|suspended)\b", t)
        if mh:
            state, state_span = "rest", sp(mh.start(), mh.end())
    if wall_span and state is None:
        # "pinned to the wall", "held against the wall", "stuck to a wall": the verb itself says the body does not
        # move (static friction holds the weight); "pressed"/"pushed" say only what the push does
        mv = re.match(r"(?i)(pinned|held|stuck)\b", t[wall_span[0]:wall_span[1]])
        if mv is None:
            mv = re.search(r"(?i)\b(pinned|held|stuck)\s+$", t[max(0, wall_span[0] - 12):wall_span[0]])
            at = (wall_span[0] - len(mv.group(0)) if mv else 0)
        else:
            at = wall_span[0]
        if mv:
            state, state_span = "rest", sp(at, at + len(mv.group(1)))
    applied_dir = None
    if scene == "hanging" and "applied" in forces:
        # "a hand presses down on it with 10 N", "a 10 N force pulls it down", "pushed up with 5 N": a push or
        # pull along the line of the rope, up or down (drawn with the weight and the tension; never dropped)
        fx = forces["applied"]["span"]
        # (the direction word nearest the applied force's value is its own: "The rope's tension is the only upward
        # force. … a hand pulling the block straight down with 10 N" pulls down — read first, "upward force" had
        # drawn the hand's pull up, the tension 39 N for 59 N, verified)
        vm = min(re.finditer(r"(?i)\b(?:push|pushes|pushed|pushing|press|presses|pressed|pressing|pull|pulls|pulled|"
                             r"pulling|tug|tugs|tugged|tugging|lift|lifts|lifted|lifting)\s+(?:it\s+|on\s+it\s+|the\s+\w+\s+)?"
                             r"(?:straight\s+|vertically\s+)?(?P<dir>down|downward|downwards|up|upward|upwards)\b|"
                             r"\b(?P<adj>down|up)wards?\s+(?:force|push|pull)\b|\b(?P<lift>lifts?|lifted|lifting|raises?|raised)\b",
                             t),
                 key=lambda x: max(0, fx["start"] - x.end(), x.start() - fx["end"]), default=None)
        sup = re.search(r"(?i)\b(?:cord|rope|string|cable|wire|chain|thread|line|spring)\s+(?:\w+\s+)?$",
                        t[max(0, vm.start() - 30):vm.start()]) if vm is not None else None
        if sup and (forces.get("tension") or forces.get("spring") or {}).get("value") is None:
            # "the cord pulls up with about 23 N": the support's own pull, its tension (or the spring's force)
            key = "spring" if "spring" in forces else "tension"
            forces[key] = {"value": forces["applied"]["value"], "span": forces["applied"]["span"]}
            del forces["applied"]
            used[vm.start():vm.end()] = True
            vm = None
    if scene == "hanging" and "applied" in forces:
        fx = forces["applied"]["span"]
        if vm is None:
            raise UnsupportedError(f"'{fx['text']}' at {fx['start']}-{fx['end']}: a push or pull on a hanging body "
                                   "is drawn along the rope; say whether it acts up or down (e.g. 'presses down on "
                                   "it with 10 N')")
        up_ = bool(vm.group("lift")) or re.match(r"(?i)up", vm.group("dir") or vm.group("adj") or "") is not None
        applied_dir = {"value": 1 if up_ else -1, "span": sp(vm.start(), vm.end())}
        used[vm.start():vm.end()] = True
    attrs = {
        "scene": scene,
        "masses": [{"value": _raw(c), "span": sp(c.start, c.end)} for c in masses],
        "incline": incline, "applied_angle": applied_angle, "applied_dir": applied_dir, "forces": forces,
        "mu": ({"value": str(mu[0].value["mu"]), "kind": mu[0].value["kind"], "span": sp(mu[0].start, mu[0].end)}
               if mu else None),
        "frictionless": sp(fl[0].start, fl[0].end) if fl else None,
        "rough": bool(by.get("ROUGH")),
        "state": state, "state_span": state_span, "direction": direction, "direction_span": dir_span,
        "accel": {"value": str(acc[0].value), "span": sp(acc[0].start, acc[0].end)} if acc else None,
        "k": {"value": str(ks[0].value), "span": sp(ks[0].start, ks[0].end)} if ks else None,
        "extension": {"value": str(ext[0].value), "span": sp(ext[0].start, ext[0].end)} if ext else None,
        "g": {"value": str(gs[0].value), "span": sp(gs[0].start, gs[0].end)} if gs else None,
        "only": only,
    }
    if fmax:
        # the friction's bound: a body at rest under a push along the surface needs friction = push ≤ the bound
        b_ = fmax[0]
        attrs["friction_max"] = {"value": _raw(b_), "span": sp(b_.start, b_.end)}
        push_ = (forces.get("applied") or {}).get("value")
        if state == "rest" and scene == "horizontal" and push_ is not None and applied_angle is None \
                and Fraction(push_) > Fraction(_raw(b_)):
            x_, y_ = forces["applied"]["span"], attrs["friction_max"]["span"]
            raise InputError(f"'{x_['text']}' at {x_['start']}-{x_['end']} and '{y_['text']}' at {y_['start']}-{y_['end']}: "
                             "a body at rest needs static friction equal to the push, more than the maximum the text "
                             "gives (f_s ≤ f_s,max: Halliday, Resnick & Walker §6-1)")
    if negated:   # "no rope, no push": read, and no force of the diagram
        attrs["absent"] = [{"kind": x["kind"], "span": sp(x["start"], x["end"])} for x in negated]
    if len(mu) > 1:
        attrs["mu_other"] = {"value": str(mu[1].value["mu"]), "kind": mu[1].value["kind"],
                             "span": sp(mu[1].start, mu[1].end)}
    if symbols:
        attrs["symbols"] = symbols
    if wall_span:
        attrs["wall"] = sp(*wall_span)      # the phrase that puts the body against the wall
        forces.setdefault("normal", {"value": None, "span": sp(*wall_span)})
    if free_span:
        attrs["free"] = sp(*free_span)      # the phrase that leaves the body unsupported (free fall)
    if carried:
        attrs["carrier"] = carried          # the rider's support accelerates: sign of a along the vertical
    if agents:
        attrs["agents"] = [sp(s_, e_) for s_, e_ in agents]     # who pushes or pulls: part of the force's phrase
    if ropes:
        attrs["ropes"] = ropes              # two ropes: each one's angle above the horizontal (degrees)
        forces.setdefault("tension", {"value": None, "span": sp(two.start(), two.end())})
        if forces["tension"]["value"] is not None:
            raise UnsupportedError(f"'{forces['tension']['span']['text']}': with two ropes, say which rope's tension "
                                   "is meant; nesy draws both tensions from the mass and the angles")
    if slope_length:
        attrs["slope_length"] = slope_length
    if table_pulley:
        # the string over the pulley pulls the table's body (its tension named or not) and holds the hanging one
        attrs["table_pulley"] = table_pulley
        forces.setdefault("tension", {"value": None, "span": table_pulley["span"]})
        ap = forces.get("applied")
        if ap is not None and ap["value"] is None:
            # "pulled over a pulley by a 1 kg hanging mass": the pull is the string's tension (mechanics_pulled)
            from .mechanics_pulled import pull_is_the_string
            if pull_is_the_string(t, ap["span"]["start"], ap["span"]["end"]):
                forces.pop("applied")
        if "applied" in forces or "spring" in forces:
            x = forces.get("applied", forces.get("spring"))["span"]
            raise UnsupportedError(f"'{x['text']}' at {x['start']}-{x['end']}: a body on a table or slope pulled over "
                                   "a pulley is drawn with its weight, the normal force, friction and the string's "
                                   "tension; another push or pull on it is not drawn")
    if asked:
        attrs["asked"] = asked
    if attrs["k"] or attrs["extension"]:
        forces.setdefault("spring", {"value": None, "span": (attrs["k"] or attrs["extension"])["span"]})
    unknown_w, ignored_w = _words(t, used)
    unknown = []
    # a force a later dialogue turn replaced ("I push it with 8 N … then I push with 5 N"): read, and not drawn
    replaced = [(t[s_:e_], s_, e_) for s_, e_ in _superseded]
    for u in sorted(other + not_drawn + sym_other + unknown_w + replaced, key=lambda x: (x[1], -x[2])):
        if not unknown or u[1] >= unknown[-1][2]:       # one report per phrase ("time" inside "time t")
            unknown.append(u)
    unknown_o = []
    for _w, s_, e_ in unknown:
        x = sp(s_, e_)
        unknown_o.append((x["text"], x["start"], x["end"]))
    if unknown_o and not allow_unknown:
        raise UnknownWordsError(unknown_o, text)
    ignored = tuple(span_of(sp(s_, e_)) for _w, s_, e_ in sorted(ignored_w, key=lambda x: x[1]))
    ent = masses[0] if masses else (by.get("BODY") or [None])[0]
    entities = [Entity("body1", "body", None, _freeze({"mass": attrs["masses"][0]["value"] if masses else None}),
                       span_of(sp(ent.start, ent.end)) if ent else None)]
    if scene == "pulley":
        c = masses[1]
        entities.append(Entity("body2", "body", None, _freeze({"mass": attrs["masses"][1]["value"]}),
                               span_of(sp(c.start, c.end))))
        entities.append(Entity("pulley", "pulley", None, (), None))
    elif scene == "free":
        pass                               # nothing supports the body: no support entity, none drawn
    else:
        entities.append(Entity("support", scene, None, (), None))
    if table_pulley:
        c = masses[1]
        entities.append(Entity("body2", "body", None, _freeze({"mass": attrs["masses"][1]["value"]}),
                               span_of(sp(c.start, c.end))))
        entities.append(Entity("pulley", "pulley", None, (), span_of(table_pulley["span"])))
    relations = [Relation("acts_on", f"force_{k}", "body1", span_of(v["span"])) for k, v in forces.items()]
    for k, v in forces.items():
        entities.append(Entity(f"force_{k}", "force", k, _freeze({"value": v["value"]}), span_of(v["span"])))
    return SceneGraph("mechanics", text, tuple(entities), tuple(relations), _freeze(attrs), ignored,
                      tuple(Span(s_, e_, w) for w, s_, e_ in unknown_o))


# ---------------------------------------------------------------------------------------------
# solve


@dataclass(frozen=True)
class Solution:
    """The solved diagram: per body its forces as (kind, magnitude N, direction degrees, counter-
    clockwise from +x, y up), its mass (kg) and acceleration vector (m/s²); the surface angle."""

    scene: str
    incline: float                                          # degrees (0 for a horizontal surface)
    bodies: tuple[tuple[str, float, tuple[float, float], tuple[tuple[str, float, float], ...]], ...]
    g: float
    solve_s: float
    # whether the stated values and the laws alone fix every drawn magnitude: then the arrows are drawn
    # to a scale with a scale bar in newtons; otherwise in the proportions of one consistent solution,
    # with no bar and no number the text does not give
    to_scale: bool = True
    # the forces (kinds) whose size neither the text nor the laws fix: drawn in proportion only (a rope of no
    # stated size on a moving body pulls with one consistent choice); forces.json marks them schematic
    schematic: tuple[str, ...] = ()


def _Problem(timeout_s: float):
    """The tracked Z3 problem of a mechanics solve (see nesy/solve/tracked.py)."""
    from ..solve.tracked import TrackedProblem
    return TrackedProblem(timeout_s, stage="mechanics solve", law_of=_law,
                          trig_tolerance=str(_data().get("trig_tolerance", "1e-9")))


def _f(scene: SceneGraph, key: str) -> dict | None:
    return (scene.attr("forces") or {}).get(key)


def _present(scene: SceneGraph, kind: str) -> bool:
    only = scene.attr("only")
    if only and kind not in only["kinds"] and not (kind == "weight"):
        return False
    return _f(scene, kind) is not None


def _surface(P: _Problem, scene: SceneGraph) -> dict[str, float]:
    """A block on a surface (horizontal or inclined), in the surface frame: x up the slope (or along
    the push), y along the outward normal."""
    z3 = P.z3
    g = _gravity(P, scene)
    inc = scene.attr("incline")
    # a slope whose angle is a symbol is drawn at the schematic angle, labelled with the symbol
    th = float(Fraction(inc["value"])) if inc else \
        (float(_data()["schematic_incline"]) if scene.attr("scene") == "incline" else 0.0)
    sn, cs = P.trig(math.sin(math.radians(th)), "sin_t"), P.trig(math.cos(math.radians(th)), "cos_t")
    m, W, N, fs, T, F, a, mu = (P.real(k) for k in ("m", "W", "N", "fs", "T", "F", "a", "mu"))
    v = P.real("v")          # sign of the velocity along x: -1, 0 or 1
    P.s.add(z3.Or(v == -1, v == 0, v == 1))
    masses = scene.attr("masses") or []
    mspan = masses[0]["span"] if masses else None
    P.add("law:positive", z3.And(m > 0, W >= 0, T >= 0, F >= 0, mu >= 0), laws=["positive"])
    P.add("law:weight", W == m * g, [scene.attr("g")["span"]] if scene.attr("g") else [], ["weight"])
    if masses:
        P.add("phrase:mass", m == P.val(Fraction(masses[0]["value"])), [mspan])
    aa = scene.attr("applied_angle")
    phi = float(Fraction(aa["value"])) if aa else 0.0
    ca, sa = P.trig(math.cos(math.radians(phi)), "cos_p"), P.trig(math.sin(math.radians(phi)), "sin_p")
    inc_span = inc["span"] if inc else None
    has_t, has_f = _present(scene, "tension"), _present(scene, "applied")
    only = scene.attr("only")
    if not has_t:
        P.add("phrase:no_tension", T == 0, [only["span"]] if only else [])
    if not has_f:
        P.add("phrase:no_applied", F == 0, [only["span"]] if only else [])
    # the stated direction belongs to the applied force, or — with none — to the rope's pull ("pulled by a
    # rope at 30° above the horizontal")
    tphi = phi if (aa and has_t and not has_f) else 0.0
    ct, stp = P.trig(math.cos(math.radians(tphi)), "cos_t2"), P.trig(math.sin(math.radians(tphi)), "sin_t2")
    # Newton's laws in the surface frame; the normal balances the perpendicular components — or, on the floor
    # of an accelerating elevator, gives the rider the car's acceleration ay (N − W = m·ay, the apparent weight)
    ay = P.real("ay")
    carried = scene.attr("carrier")
    along_car = bool(carried) and carried.get("axis") == "along"
    if carried and not along_car:
        P.add("law:carried", z3.And(N >= 0, N + F * sa + T * stp - W * cs == m * ay), [carried["span"]],
              ["normal", "newton_second"])
    else:
        P.s.add(ay == 0)
        P.add("law:normal", z3.And(N >= 0, N + F * sa + T * stp - W * cs == 0), [inc_span], ["normal"])
    along = T * ct + F * ca + fs - W * sn
    st = scene.attr("state")
    sspan = scene.attr("state_span")
    accel = scene.attr("accel")
    if along_car:
        # on a truck's bed the rider shares the vehicle's acceleration along the floor: static friction (or the
        # stated pulls) give it m·a (Newton's second law; it does not slide: v = 0 relative to the bed)
        P.add("law:carried", along == m * a, [carried["span"]], ["newton_second", "friction_static"])
        P.s.add(v == 0)
        if accel:
            P.add("phrase:accel", a == P.val(Fraction(accel["value"])) * carried["sign"],
                  [accel["span"], carried["span"]] + ([carried["slowing"]] if carried.get("slowing") else []))
        elif st in ("rest", "equilibrium", "constant"):
            P.add("phrase:steady", a == 0, [sspan], ["newton_first"])
    elif carried:
        # the rider moves with the floor: no acceleration or sliding along it
        P.add("law:newton_first", along == 0, [carried["span"]], ["newton_first"])
        P.s.add(v == 0, a == 0)
        if accel:
            P.add("phrase:accel", ay == P.val(Fraction(accel["value"])) * carried["sign"],
                  [accel["span"], carried["span"]] + ([carried["slowing"]] if carried.get("slowing") else []))
        elif st in ("rest", "equilibrium", "constant"):
            P.add("phrase:steady", ay == 0, [sspan], ["newton_first"])
    elif st in ("rest", "equilibrium", "constant"):
        P.add("law:newton_first", along == 0, [sspan, inc_span], ["newton_first"])
        if st == "rest":
            P.add("phrase:rest", v == 0, [sspan])
        elif st == "constant":
            P.add("phrase:moving", v != 0, [sspan])
        if accel and Fraction(accel["value"]) != 0:
            # "rests … accelerates at 2 m/s²" with nothing that carries it: a stated acceleration is never
            # dropped — the two phrases conflict (Newton's first law: a = 0)
            P.add("phrase:accel", z3.And(a == 0, z3.Or(a == P.val(Fraction(accel["value"])),
                                                       a == -P.val(Fraction(accel["value"])))),
                  [accel["span"], sspan], ["newton_first"])
    else:
        P.add("law:newton_second", along == m * a, [inc_span], ["newton_second"])
        if accel:
            aval = P.val(Fraction(accel["value"]))
            P.add("phrase:accel", z3.Or(a == aval, a == -aval) if scene.attr("direction") is None
                  else a == aval * scene.attr("direction"), [accel["span"]])
        if st == "moving":
            P.add("phrase:moving", v != 0, [sspan])
    if scene.attr("direction") is not None:
        P.add("phrase:direction", v == scene.attr("direction"),
              [scene.attr("direction_span"), sspan])
    if not along_car:
        P.s.add(z3.Implies(v == 0, a == 0))
    if scene.attr("direction") is None and st is None and not along_car:
        # no direction of motion in the text: the body starts from rest, so it moves along its acceleration
        P.add("law:from_rest", z3.And(z3.Implies(a > 0, v >= 0), z3.Implies(a < 0, v <= 0)), [], ["from_rest"])
    # friction
    fr = _f(scene, "friction")
    fl = scene.attr("frictionless")
    mu_a = scene.attr("mu")
    # on an incline friction acts unless the surface is frictionless; on the level only when named
    # friction acts where the text names it (friction, μ, rough) or where a law needs it: a body at rest or
    # at constant velocity on an incline; a sliding body on a surface the text says nothing of has none
    # (drawing one would invent a force)
    # — and a body at rest or at constant velocity on the level that a rope or push pulls along the surface:
    # only friction can balance that pull (Newton's first law; f = μN with μ unknown, so its size comes
    # from the balance); a surface the text calls frictionless makes that text impossible instead
    pulled = (has_t or has_f) and not (aa and abs(abs(phi) - 90.0) < 1e-9)
    friction_on = (fr is not None or mu_a is not None or scene.attr("rough") or
                   (st in ("rest", "equilibrium", "constant") and (scene.attr("scene") == "incline" or pulled)) or
                   along_car) \
        and _present_friction(scene) and not fl
    if fl:
        P.add("phrase:frictionless", z3.And(fs == 0, mu == 0), [fl], ["frictionless"])
    if not friction_on:
        P.add("phrase:no_friction", fs == 0, [only["span"]] if only and fr is not None else [], ["frictionless"])
    if mu_a:
        P.add("phrase:mu", mu == P.val(Fraction(mu_a["value"])), [mu_a["span"]])
    if fr and fr["value"] is not None:
        P.add("phrase:friction", z3.Or(_stated(P, fs, fr["value"], fr["span"]), _stated(P, -fs, fr["value"], fr["span"])), [fr["span"]])
    P.add("law:friction_static", z3.Implies(v == 0, z3.And(fs <= mu * N, -fs <= mu * N)), [], ["friction_static"])
    P.add("law:friction_kinetic", z3.Implies(v != 0, fs == -v * mu * N), [], ["friction_kinetic"])
    for kind, var in (("normal", N), ("tension", T), ("applied", F), ("weight", W)):
        f = _f(scene, kind)
        if f and f["value"] is not None:
            P.add(f"phrase:{kind}", _stated(P, var, f["value"], f["span"]), [f["span"]])
    xs = {"m": m, "W": W, "N": N, "fs": fs, "T": T, "F": F, "a": a, "mu": mu, "v": v, "ay": ay}
    if scene.attr("table_pulley"):
        # the hanging body at the string's other end: one tension, one acceleration (mechanics_table)
        from .mechanics_table import add_hanging_body
        xs.update(add_hanging_body(P, scene, T, a, g))
    P.check()
    d = _data()["defaults"]
    P.s.push()                      # the defaults pick one drawing; _fixed asks what the text alone fixes
    _as_written(P)
    P.try_default(m == P.val(Fraction(str(d["mass"]))))
    if st == "moving" and friction_on and not mu_a:
        P.try_default(mu == P.val(Fraction(str(d["mu"]))))   # a sliding body: kinetic friction, not a = 0
    # a vertical pull or push of no stated size ("a string pulls straight up on it"): drawn a third of the weight,
    # so that the normal force (the rest of the weight) is not drawn on top of it at the same length
    t_part, f_part = (3 if abs(tphi) == 90 else 2), (3 if abs(phi) == 90 else 2)
    if st not in ("rest", "equilibrium", "constant"):
        # a rope or push the text names without its size pulls: drawn (in proportion, labelled by its symbol),
        # not left at zero by the a = 0 default below
        if has_t and not (_f(scene, "tension") or {}).get("value"):
            P.try_default(t_part * T == W)
        elif has_f and not (_f(scene, "applied") or {}).get("value"):
            P.try_default(f_part * F == W)
    else:
        if has_t and not (_f(scene, "tension") or {}).get("value") and t_part == 3:
            P.try_default(3 * T == W)
        if has_f and not (_f(scene, "applied") or {}).get("value") and f_part == 3:
            P.try_default(3 * F == W)
    P.try_default(a == 0)
    P.try_default(ay == 0)
    P.try_default(v == 0)
    P.try_default(v == 1)            # moving, no direction given: forward (up the slope, along the push)
    if friction_on and not mu_a:
        # a rope or push there: it holds the body before an unstated friction does (two unknown forces
        # along one line would otherwise split at random and be drawn on top of each other)
        # — unless the text names friction on a moving body: kinetic friction μN then, with the default μ
        named_sliding = fr is not None and st in ("constant", "moving")
        P.try_default(fs == 0) if (has_t or has_f) and not (fr and fr["value"] is not None) and not named_sliding \
            else None
        P.try_default(mu == P.val(Fraction(str(d["mu"]))))
    P.try_default(mu == P.val(Fraction(str(d["mu"]))))
    if has_t and has_f:
        P.try_default(T == F)
    vals = P.values(xs)
    P.s.pop()
    vals["fixed"] = _fixed(P, {k: xs[k] for k in ("W", "N", "fs", "T", "F", "a", "W2") if k in xs}, vals)
    vals["theta"], vals["phi"], vals["tphi"] = th, phi, tphi
    return vals


def _as_written(P: _Problem) -> None:
    """Prefer each stated force at its value as written ("50 N" drawn as 50 N, not anywhere in 49.5–50.5),
    where the laws allow it."""
    z3 = P.z3
    for x, v in getattr(P, "exact", []):
        P.try_default(z3.Or(x == v, x == -v))


def _fixed(P: _Problem, xs: dict[str, Any], vals: dict[str, float]) -> dict[str, bool]:
    """Per term, whether the stated phrases and the laws alone fix its value (no default chose it): no
    model of the tracked assertions puts it more than 10⁻⁶ (relative) away from the drawn value. Each
    check takes milliseconds; one Z3 cannot decide within the solve's time limit raises
    ``SolverTimeoutError`` (never a different figure for the same text)."""
    from ..errors import SolverTimeoutError
    z3 = P.z3
    out = {}
    # each stated value as written ("40 N" is 40, not 39.5–40.5); friction's sign is free (z3.Or)
    exact = [z3.Or(x == v, x == -v) for x, v in getattr(P, "exact", [])]
    for k, x in xs.items():
        v = Fraction(vals[k]).limit_denominator(10 ** 12)
        eps = Fraction(1, 10 ** 6) * max(Fraction(1), abs(v))
        away = z3.Or(x < P.val(v - eps), x > P.val(v + eps))
        if k in ("fs", "f"):
            # friction is drawn by its size, its way along the surface apart: the size is fixed when every
            # model gives ±v ("sliding" with μk stated fixes μk·N whichever way the body slides)
            away = z3.And(away, z3.Or(x < P.val(-v - eps), x > P.val(-v + eps)))
        res = P.s.check(*P.flags.values(), *exact, away)
        if res == z3.unknown:
            raise SolverTimeoutError(P.stage, P.timeout_s)
        out[k] = res == z3.unsat
    return out


def _present_friction(scene: SceneGraph) -> bool:
    only = scene.attr("only")
    return not (only and "friction" not in only["kinds"])


def _hanging(P: _Problem, scene: SceneGraph) -> dict[str, float]:
    z3 = P.z3
    g = _gravity(P, scene)
    m, W, T, a = P.real("m"), P.real("W"), P.real("T"), P.real("a")
    masses = scene.attr("masses") or []
    P.add("law:positive", z3.And(m > 0, W >= 0, T >= 0), laws=["positive"])
    P.add("law:weight", W == m * g, [], ["weight"])
    if masses:
        P.add("phrase:mass", m == P.val(Fraction(masses[0]["value"])), [masses[0]["span"]])
    spring = _f(scene, "spring") is not None
    kind = "spring" if spring else "tension"
    f = _f(scene, kind)
    if f and f["value"] is not None:
        P.add(f"phrase:{kind}", _stated(P, T, f["value"], f["span"]), [f["span"]])
    w = _f(scene, "weight")
    if w and w["value"] is not None:
        P.add("phrase:weight", _stated(P, W, w["value"], w["span"]), [w["span"]])
    if spring:
        k, x = P.real("k"), P.real("x")
        P.s.add(k > 0, x >= 0)
        P.add("law:hooke", T == k * x, [], ["hooke"])
        if scene.attr("k"):
            P.add("phrase:k", k == P.val(Fraction(scene.attr("k")["value"])), [scene.attr("k")["span"]])
        if scene.attr("extension"):
            P.add("phrase:x", x == P.val(Fraction(scene.attr("extension")["value"])), [scene.attr("extension")["span"]])
    # a push or pull along the rope, up (+) or down (−): "a hand presses down on it with 10 N"
    F = P.real("F")
    fa, ad = _f(scene, "applied"), scene.attr("applied_dir")
    sF = F * ad["value"] if fa and ad else P.val(0)
    if fa and ad:
        P.add("law:positive_applied", F >= 0, laws=["positive"])
        if fa["value"] is not None:
            P.add("phrase:applied", _stated(P, F, fa["value"], fa["span"]), [fa["span"], ad["span"]])
    else:
        P.s.add(F == 0)
    st = scene.attr("state")
    if st in ("rest", "equilibrium", "constant"):
        P.add("law:newton_first", T + sF - W == 0, [scene.attr("state_span")], ["newton_first"])
    else:
        P.add("law:newton_second", T + sF - W == m * a, [], ["newton_second"])
        if scene.attr("accel"):
            av = P.val(Fraction(scene.attr("accel")["value"]))
            d = scene.attr("direction")
            P.add("phrase:accel", a == av * (d if d is not None else 1), [scene.attr("accel")["span"]])
    P.check()
    P.s.push()
    # (a body hanging with no motion stated is at rest before a value is drawn exactly as written: "about 23 N"
    # for the cord of a 2.35 kg lamp is its weight, 23.05 N, not 23 N and an acceleration)
    P.try_default(a == 0)
    _as_written(P)
    P.try_default(m == P.val(Fraction(str(_data()["defaults"]["mass"]))))
    if fa and ad and fa["value"] is None:
        P.try_default(2 * F == W)        # a push of no stated size: drawn half the weight, marked schematic
    out = P.values({"m": m, "W": W, "T": T, "a": a, "F": F})
    P.s.pop()
    out["fixed"] = _fixed(P, {"W": W, "T": T, "a": a, "F": F}, out)
    out["kind"] = kind
    out["Fdir"] = ad["value"] if fa and ad else 0
    return out


def _free(P: _Problem, scene: SceneGraph) -> dict[str, Any]:
    """A body nothing supports (mechanics_free): its weight is the only force, so m·a = W straight down —
    a = g (Newton's second law with the weight alone; air resistance neglected, HRW §2-9)."""
    z3 = P.z3
    g = _gravity(P, scene)
    m, W, a = P.real("m"), P.real("W"), P.real("a")          # a: the acceleration's size, downward
    masses = scene.attr("masses") or []
    P.add("law:positive", z3.And(m > 0, W >= 0), laws=["positive"])
    P.add("law:weight", W == m * g, [scene.attr("g")["span"]] if scene.attr("g") else [], ["weight"])
    if masses:
        P.add("phrase:mass", m == P.val(Fraction(masses[0]["value"])), [masses[0]["span"]])
    w = _f(scene, "weight")
    if w and w["value"] is not None:
        P.add("phrase:weight", _stated(P, W, w["value"], w["span"]), [w["span"]])
    P.add("law:free_fall", m * a == W, [scene.attr("free")],
          ["free_fall", "newton_second"])
    st = scene.attr("state")
    if st in ("rest", "equilibrium", "constant"):
        P.add("phrase:state", a == 0, [scene.attr("state_span")], ["newton_first"])
    acc = scene.attr("accel")
    if acc:
        P.add("phrase:accel", _stated(P, a, acc["value"], acc["span"]), [acc["span"]])
    P.check()
    P.s.push()
    _as_written(P)
    P.try_default(m == P.val(Fraction(str(_data()["defaults"]["mass"]))))
    out: dict[str, Any] = P.values({"m": m, "W": W, "a": a})
    P.s.pop()
    out["fixed"] = _fixed(P, {"W": W}, out)
    return out


def _wall(P: _Problem, scene: SceneGraph) -> dict[str, Any]:
    """A body pressed against a vertical wall by a horizontal push F (mechanics_wall): the wall's normal force
    balances the push, N = F (N ≥ 0); friction from the wall acts along it, vertically: f − W = m·a (a up);
    static friction |f| ≤ μs·N where μ is given, kinetic f = μk·N against a slide; no friction without a
    normal force (HRW ch. 6, "block pressed against a wall"). The push points into the wall (+x), the
    normal out of it (−x)."""
    z3 = P.z3
    g = _gravity(P, scene)
    m, W, N, F, f, a, mu = (P.real(k) for k in ("m", "W", "N", "F", "f", "a", "mu"))
    masses = scene.attr("masses") or []
    P.add("law:positive", z3.And(m > 0, W >= 0, F >= 0, mu >= 0), laws=["positive"])
    P.add("law:weight", W == m * g, [scene.attr("g")["span"]] if scene.attr("g") else [], ["weight"])
    if masses:
        P.add("phrase:mass", m == P.val(Fraction(masses[0]["value"])), [masses[0]["span"]])
    for kind, var in (("weight", W), ("applied", F), ("normal", N), ("friction", f)):
        x = _f(scene, kind)
        if x and x["value"] is not None:
            P.add(f"phrase:{kind}", _stated(P, var, x["value"], x["span"]), [x["span"]])
    wspan = scene.attr("wall")
    P.add("law:normal", z3.And(N >= 0, N == F), [wspan], ["normal"])
    P.add("law:newton_second", f - W == m * a, [], ["newton_second"])
    P.add("law:no_grip", z3.Implies(N == 0, f == 0), [wspan], ["friction_static"])
    if scene.attr("frictionless"):
        P.add("phrase:frictionless", f == 0, [scene.attr("frictionless")], ["frictionless"])
    mu_a = scene.attr("mu")
    st = scene.attr("state")
    sliding = st in ("moving", "constant")
    if mu_a:
        P.add("phrase:mu", mu == P.val(Fraction(mu_a["value"])), [mu_a["span"]])
        if sliding:
            # sliding down the wall: kinetic friction up, f = μk·N
            P.add("law:friction_kinetic", z3.And(f == mu * N, a <= 0), [mu_a["span"]], ["friction_kinetic"])
        else:
            P.add("law:friction_static", z3.And(f <= mu * N, -f <= mu * N), [mu_a["span"]], ["friction_static"])
    if st in ("rest", "equilibrium", "constant"):
        P.add("phrase:state", a == 0, [scene.attr("state_span")], ["newton_first"])
    acc = scene.attr("accel")
    if acc:
        P.add("phrase:accel", z3.Or(a == P.val(Fraction(acc["value"])), a == -P.val(Fraction(acc["value"]))),
              [acc["span"]])
    P.check()
    P.s.push()
    _as_written(P)
    P.try_default(m == P.val(Fraction(str(_data()["defaults"]["mass"]))))
    P.try_default(a == 0)
    out: dict[str, Any] = P.values({"m": m, "W": W, "N": N, "F": F, "f": f, "a": a})
    P.s.pop()
    out["fixed"] = _fixed(P, {"W": W, "N": N, "F": F, "f": f}, out)
    return out


def _two_ropes(P: _Problem, scene: SceneGraph) -> dict[str, Any]:
    """A body hanging at rest from two ropes, the first up to the left at a1, the second up to the right
    at a2 above the horizontal: T1·cos a1 = T2·cos a2 and T1·sin a1 + T2·sin a2 = W (Newton's first law,
    tension along each rope)."""
    z3 = P.z3
    g = _gravity(P, scene)
    m, W, T1, T2 = P.real("m"), P.real("W"), P.real("T1"), P.real("T2")
    masses = scene.attr("masses") or []
    ropes = scene.attr("ropes")
    a1, a2 = (float(Fraction(r["value"])) for r in ropes)
    c1, s1 = P.trig(math.cos(math.radians(a1)), "cos_1"), P.trig(math.sin(math.radians(a1)), "sin_1")
    c2, s2 = P.trig(math.cos(math.radians(a2)), "cos_2"), P.trig(math.sin(math.radians(a2)), "sin_2")
    P.add("law:positive", z3.And(m > 0, W >= 0, T1 >= 0, T2 >= 0), laws=["positive"])
    P.add("law:weight", W == m * g, [scene.attr("g")["span"]] if scene.attr("g") else [], ["weight"])
    if masses:
        P.add("phrase:mass", m == P.val(Fraction(masses[0]["value"])), [masses[0]["span"]])
    w = _f(scene, "weight")
    if w and w["value"] is not None:
        P.add("phrase:weight", _stated(P, W, w["value"], w["span"]), [w["span"]])
    P.add("law:newton_first", z3.And(T2 * c2 - T1 * c1 == 0, T1 * s1 + T2 * s2 - W == 0),
          [ropes[0]["span"], ropes[1]["span"]], ["newton_first", "tension"])
    if scene.attr("accel") or scene.attr("state") in ("moving", "constant"):
        sp_ = (scene.attr("accel") or {}).get("span") or scene.attr("state_span")
        P.add("phrase:moving", z3.BoolVal(False, P.ctx), [sp_], ["newton_first"])
    P.check()
    P.s.push()
    _as_written(P)
    P.try_default(m == P.val(Fraction(str(_data()["defaults"]["mass"]))))
    out: dict[str, Any] = P.values({"m": m, "W": W, "T1": T1, "T2": T2})
    P.s.pop()
    out["fixed"] = _fixed(P, {"W": W, "T1": T1, "T2": T2}, out)
    out["angles"] = (a1, a2)
    return out


def _pulley(P: _Problem, scene: SceneGraph) -> dict[str, float]:
    z3 = P.z3
    g = _gravity(P, scene)
    m1, m2, T, a = P.real("m1"), P.real("m2"), P.real("T"), P.real("a")
    ms = scene.attr("masses")
    P.add("phrase:m1", m1 == P.val(Fraction(ms[0]["value"])), [ms[0]["span"]])
    P.add("phrase:m2", m2 == P.val(Fraction(ms[1]["value"])), [ms[1]["span"]])
    P.add("law:positive", T >= 0, laws=["positive"])
    # a > 0: body 2 descends. One tension on both sides of the pulley.
    P.add("law:newton_second", z3.And(T - m1 * g == m1 * a, m2 * g - T == m2 * a), [],
          ["newton_second", "tension"])
    if scene.attr("state") in ("rest", "equilibrium", "constant"):
        P.add("phrase:equilibrium", a == 0, [scene.attr("state_span")], ["newton_first"])
    f = _f(scene, "tension")
    if f and f["value"] is not None:
        P.add("phrase:tension", _stated(P, T, f["value"], f["span"]), [f["span"]])
    if scene.attr("accel"):
        av = P.val(Fraction(scene.attr("accel")["value"]))
        P.add("phrase:accel", z3.Or(a == av, a == -av), [scene.attr("accel")["span"]])
    P.check()
    _as_written(P)
    out = P.values({"m1": m1, "m2": m2, "T": T, "a": a})
    out["g"] = P.values({"g": g})["g"] if not isinstance(g, Fraction) else float(g)
    return out


_SOL: dict[SceneGraph, Solution] = {}


def mechanics_solution(scene: SceneGraph, timeout_s: float = 10.0) -> Solution:
    """Solve the scene's forces (cached per scene). Raises ``UnsatisfiableError`` naming the phrases."""
    s = _SOL.get(scene)
    if s is None:
        s = _solve(scene, timeout_s)
        if len(_SOL) >= 64:
            _SOL.pop(next(iter(_SOL)))
        _SOL[scene] = s
    return s


def _solve(scene: SceneGraph, timeout_s: float) -> Solution:
    t0 = time.perf_counter()
    if scene.domain != "mechanics":
        raise InputError(f"scene.domain must be 'mechanics', got {scene.domain!r}")
    P = _Problem(timeout_s)
    kind = scene.attr("scene")
    gval = float(Fraction(scene.attr("g")["value"])) if scene.attr("g") else float(_data()["g"])
    if kind in ("horizontal", "incline"):
        v = _surface(P, scene)
        th = v["theta"]
        e = (math.cos(math.radians(th)), math.sin(math.radians(th)))
        forces = [("weight", v["W"], -90.0), ("normal", v["N"], th + 90.0)]
        if abs(v["fs"]) > 1e-9:
            forces.append(("friction", abs(v["fs"]), th if v["fs"] > 0 else th + 180.0))
        if v["T"] > 1e-9:
            forces.append(("tension", v["T"], th + v["tphi"]))
        if v["F"] > 1e-9:
            forces.append(("applied", v["F"], th + v["phi"]))
        # along the surface, plus across it where the support accelerates (a rider on an elevator's floor)
        acc = (v["a"] * e[0] - v["ay"] * e[1], v["a"] * e[1] + v["ay"] * e[0])
        bodies = (("body1", v["m"], acc, tuple(forces)),)
        if scene.attr("table_pulley"):
            # the hanging body: its weight down, the string's one tension up; it descends as body 1 moves on
            bodies += (("body2", v["m2"], (0.0, -v["a"]), (("weight2", v["W2"], -90.0), ("tension2", v["T"], 90.0))),)
        incline = th
        var = {"weight": "W", "normal": "N", "friction": "fs", "tension": "T", "applied": "F"}
        # a symbolic slope angle is drawn at a schematic angle: nothing is to scale then
        schematic = tuple(k for k, mag, _ in forces if mag > 1e-9 and not v["fixed"][var[k]])
        to_scale = all(v["fixed"][var[k]] for k, mag, _ in forces if mag > 1e-9) and \
            not (scene.attr("symbols") or {}).get("angle") and v["fixed"].get("W2", True)
    elif kind == "free":
        v = _free(P, scene)
        bodies = (("body1", v["m"], (0.0, -v["a"]), (("weight", v["W"], -90.0),)),)
        incline = 0.0
        to_scale = v["fixed"]["W"]
    elif kind == "wall":
        v = _wall(P, scene)
        forces = [("weight", v["W"], -90.0), ("applied", v["F"], 0.0), ("normal", v["N"], 180.0)]
        if abs(v["f"]) > 1e-9:
            forces.append(("friction", abs(v["f"]), 90.0 if v["f"] > 0 else -90.0))
        bodies = (("body1", v["m"], (0.0, v["a"]), tuple(forces)),)
        incline = 0.0
        var = {"weight": "W", "normal": "N", "friction": "f", "applied": "F"}
        schematic = tuple(k for k, mag, _ in forces if mag > 1e-9 and not v["fixed"][var[k]])
        to_scale = not schematic
    elif kind == "hanging" and scene.attr("ropes"):
        if scene.attr("applied_dir"):
            x = scene.attr("applied_dir")["span"]
            raise UnsupportedError(f"'{x['text']}' at {x['start']}-{x['end']}: a push or pull on a body hanging from "
                                   "two ropes is not drawn (one rope or spring: drawn along it)")
        v = _two_ropes(P, scene)
        a1, a2 = v["angles"]
        bodies = (("body1", v["m"], (0.0, 0.0), (("weight", v["W"], -90.0), ("tension", v["T1"], 180.0 - a1),
                                                 ("tension2", v["T2"], a2))),)
        incline = 0.0
        to_scale = all(v["fixed"].values())
    elif kind == "hanging":
        v = _hanging(P, scene)
        hforces = (("weight", v["W"], -90.0), (v["kind"], v["T"], 90.0))
        if v["Fdir"] and v["F"] > 1e-9:
            hforces += (("applied", v["F"], 90.0 * v["Fdir"]),)
        bodies = (("body1", v["m"], (0.0, v["a"]), hforces),)
        incline = 0.0
        to_scale = v["fixed"]["W"] and v["fixed"]["T"] and (not v["Fdir"] or v["fixed"]["F"])
    else:
        v = _pulley(P, scene)
        g = v["g"]
        bodies = (("body1", v["m1"], (0.0, v["a"]), (("weight", v["m1"] * g, -90.0), ("tension", v["T"], 90.0))),
                  ("body2", v["m2"], (0.0, -v["a"]), (("weight2", v["m2"] * g, -90.0), ("tension2", v["T"], 90.0))))
        incline = 0.0
        to_scale = True                 # both masses are given: T and a follow (Newton's second law)
    if kind not in ("horizontal", "incline", "wall"):
        schematic = ()
        if kind == "hanging" and not scene.attr("ropes"):
            schematic = tuple(k for k, var_ in (("weight", "W"), (v["kind"], "T"), ("applied", "F"))
                              if not v["fixed"][var_] and (k != "applied" or v["Fdir"]))
        elif kind == "hanging":
            schematic = tuple(k for k, var_ in (("weight", "W"), ("tension", "T1"), ("tension2", "T2"))
                              if not v["fixed"][var_])
        elif kind == "free":
            schematic = () if v["fixed"]["W"] else ("weight",)
    if not scene.attr("g") and v.get("m") and v.get("W") and kind != "pulley":
        gval = float(f"{v['W'] / v['m']:.12g}")       # the g a stated weight was computed with (_gravity)
    elif "g" in v:
        gval = float(f"{v['g']:.12g}")
    sol = Solution(kind, incline, bodies, gval, time.perf_counter() - t0, to_scale, schematic)
    mags = [f[1] for b in bodies for f in b[3] if f[1] > 1e-9]
    ratio = float(_data()["max_force_ratio"])
    if mags and min(mags) * ratio < max(mags):
        small = [f[0] for b in bodies for f in b[3] if 0 < f[1] * ratio < max(mags)]
        raise UnsupportedError(f"the {', '.join(small)} force is under 1/{ratio:g} of the largest "
                               f"({min(mags):.3g} N vs {max(mags):.3g} N) and would be unreadable drawn to scale")
    return sol


# ---------------------------------------------------------------------------------------------
# layout


def _nice(x: float) -> float:
    e = math.floor(math.log10(x))
    for mlt in (1, 2, 5, 10):
        if mlt * 10 ** e >= x:
            return mlt * 10 ** e
    return 10 ** (e + 1)


def _text_box(lb: Label):
    from shapely.geometry import box
    cw = float(load_yaml("layout", "style.yaml")["char_width"])
    w = len(lb.text) * lb.size * cw
    x0 = lb.x - (w if lb.anchor == "end" else w / 2 if lb.anchor == "middle" else 0)
    # a vector's arrow accent (N⃗) stands above the capitals
    top = 1.05 if "\u20d7" in lb.text else 0.8
    return box(x0, lb.y - lb.size * top, x0 + w, lb.y + lb.size * 0.25)


_NAMES = {"weight": "W", "normal": "N", "friction": "f", "tension": "T", "applied": "F", "spring": "Fs",
          "weight2": "W₂", "tension2": "T₂"}


def _shift(s: Shape, dx: float, dy: float) -> Shape:
    from dataclasses import replace
    x0, y0, x1, y1 = s.box
    if s.kind in ("polyline", "polygon") and s.points and s.box != (0, 0, 0, 0):
        pts = tuple((x + dx, y + dy) for x, y in s.points)
        return replace(s, box=(x0 + dx, y0 + dy, x1 + dx, y1 + dy), points=pts)
    return replace(s, box=(x0 + dx, y0 + dy, x1 + dx, y1 + dy))


def solve_mechanics(scene: SceneGraph, *, timeout_s: float = 10.0) -> Layout:
    """The free-body diagram in pixels (``mechanics_draw``; the style ``science_style("mechanics")`` of
    the active palette variant): the support as hatched line work, the body, one arrow per force from the
    body's centre (length ∝ magnitude, on a white halo), the incline's angle as an arc with its value,
    labels clear of every arrow, and a scale bar; no legend (every arrow carries its symbol)."""
    from shapely.geometry import LineString, Point
    from ..render.style import science_style
    from .mechanics_draw import angle_arc, arc_label_spot, arrow, hatch
    from . import mechanics_fbd as fbd
    t0 = time.perf_counter()
    sol = mechanics_solution(scene, timeout_s)
    st = science_style("mechanics")
    base = load_yaml("layout", "style.yaml")
    cols = st["force_colors"]
    mags = [f[1] for b in sol.bodies for f in b[3]]
    fmax = max(mags)
    ppn = float(st["max_arrow"]) / fmax
    pad = float(st["pad"])
    shapes: list[Shape] = []
    deco: list[Shape] = []                                  # halo, hatching, the angle arc (no entities)
    obstacles = []
    th = math.radians(sol.incline)
    lw = float(st["line_width"])
    centres: list[tuple[float, float]] = []
    rope_ends: list[tuple[str, float, float]] = []          # two ropes: where each meets the ceiling
    R = float(st["max_arrow"]) + 40
    if sol.scene in ("horizontal", "incline"):
        # the slope rises to the right from the bottom-left corner; the block sits at its middle, high
        # enough that the weight's tip stays above the wedge's base where the slope allows
        s_ = 56.0
        Ls = 2 * R + 120
        # an arrow from the block's centre whose tip lies beyond the surface would cross it: such a figure
        # draws its forces on a free-body diagram of their own (mechanics_fbd), and the slope needs no
        # room for the weight
        n_up = (-math.sin(th), -math.cos(th))
        cross0 = any(-mag * ppn * (math.cos(math.radians(a_)) * n_up[0] - math.sin(math.radians(a_)) * n_up[1])
                     > s_ / 2 + 1.5 for _k, mag, a_ in sol.bodies[0][3])
        if sol.incline > 0 and not fbd.wanted(scene, sol.scene, st, cross0):
            w_len = max((f[1] for f in sol.bodies[0][3] if f[0] == "weight"), default=0.0) * ppn
            need = (w_len + 18 - (s_ / 2 + 1.5) * math.cos(th)) / math.sin(th)
            Ls = min(max(Ls, 2 * need), max(float(st["wedge_max"]), Ls))
        x0 = pad + 20
        y0 = pad + R + Ls * math.sin(th) + 10
        top = (x0 + Ls * math.cos(th), y0 - Ls * math.sin(th))
        if sol.incline > 0:
            # the wedge: its legs as line work, the base hatched underneath (the fixed ground)
            tri = ((x0, y0), (top[0], y0), top)
            shapes.append(Shape("support", "polygon", (x0, top[1], top[0], y0), fill="none",
                                stroke=st["line_color"], stroke_width=lw, z=0, cls="support", points=tri))
            deco += hatch("support", (x0, y0), (top[0], y0), -1, st)
        else:
            # the floor: the surface line, hatched underneath (the hatching is the support: one comb)
            comb = [pt for h_ in hatch("support", (x0, y0 + 1.5), (top[0], y0 + 1.5), -1, st)
                    for pt in ((h_.box[0], h_.box[1]), (h_.box[2], h_.box[3]), (h_.box[0], h_.box[1]))]
            shapes.append(Shape("support", "polyline", (min(p[0] for p in comb), y0 + 1.5, max(p[0] for p in comb),
                                                        max(p[1] for p in comb)),
                                stroke=st["line_color"], stroke_width=float(st["hatch_width"]), z=0, cls="support",
                                points=tuple(comb)))
            obstacles.append(shapes[-1].geometry().buffer(3))
        shapes.append(Shape("surface", "line", (x0, y0, *top), stroke=st["surface_color"], stroke_width=3, z=1,
                            cls="surface"))
        obstacles.append(LineString([(x0, y0), top]).buffer(3))
        if sol.incline > 0:
            obstacles.append(LineString([(x0, y0), (top[0], y0), top]).buffer(2))
        mx, my = x0 + Ls / 2 * math.cos(th), y0 - Ls / 2 * math.sin(th)
        e = np.array([math.cos(th), -math.sin(th)])
        n = np.array([-math.sin(th), -math.cos(th)])
        c = np.array([mx, my]) + n * (s_ / 2 + 1.5)
        corners = [tuple(c + e * sx * s_ / 2 + n * sy * s_ / 2) for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1))]
        shapes.append(Shape("body1", "polygon", tuple(map(float, (min(p[0] for p in corners), min(p[1] for p in corners),
                                                                  max(p[0] for p in corners), max(p[1] for p in corners)))),
                            fill=st["body_color"], stroke=st["body_stroke"], stroke_width=1.5, z=2, cls="body",
                            points=tuple(corners)))
        centres.append((float(c[0]), float(c[1])))
        if len(sol.bodies) == 2:
            # a table or slope with a pulley at its end and a hanging body (mechanics_table): the string from
            # the block's face to the pulley's rim, parallel to the surface, then down to the hanging block
            from .mechanics_table import pulley_at_edge
            w2 = next(f[1] for f in sol.bodies[1][3] if f[0] == "weight2") * ppn
            ps, po, (pcx, pcy), (bx2, by2) = pulley_at_edge(top, th, s_ / 2 + 1.5, st, max(150.0, 0.5 * R))
            face = c + e * s_ / 2
            tang = (pcx + n[0] * 20.0, pcy + n[1] * 20.0)
            shapes.append(Shape("rope1", "line", (float(face[0]), float(face[1]), float(tang[0]), float(tang[1])),
                                stroke=st["rope_color"], stroke_width=2, z=1, cls="rope"))
            obstacles.append(LineString([tuple(face), tang]).buffer(3))
            shapes += ps
            obstacles += po
            centres.append((float(bx2), float(by2)))
            del w2
    elif sol.scene == "wall":
        # a vertical wall right of the body, hatched behind (the fixed side); the body's right face on it
        cx, cy = pad + R + 60, pad + R + 20
        wx = cx + 28 + 1.5
        y_top, y_bot = cy - 110, cy + 110
        shapes.append(Shape("surface", "line", (wx, y_top, wx, y_bot), stroke=st["surface_color"], stroke_width=3, z=1,
                            cls="surface"))
        deco += hatch("support", (wx + 1.5, y_bot), (wx + 1.5, y_top), -1, st)
        # no label on or near the wall and its hatching (ink there is read as line work)
        from shapely.geometry import box as _box
        obstacles.append(_box(wx - 3, y_top - 3, wx + float(st["hatch_length"]) + 3, y_bot + 3).buffer(10))
        shapes.append(Shape("body1", "rect", (cx - 28, cy - 28, cx + 28, cy + 28), fill=st["body_color"],
                            stroke=st["body_stroke"], stroke_width=1.5, z=2, cls="body"))
        centres.append((cx, cy))
    elif sol.scene == "free":
        # nothing supports the body: the body alone, its weight down from its centre (no floor, rope or ceiling)
        cx, cy = pad + R + 60, pad + 60
        shapes.append(Shape("body1", "rect", (cx - 28, cy - 28, cx + 28, cy + 28), fill=st["body_color"],
                            stroke=st["body_stroke"], stroke_width=1.5, z=2, cls="body"))
        centres.append((cx, cy))
    elif sol.scene == "hanging" and scene.attr("ropes"):
        # two ropes from the body up to a ceiling, each along its tension
        cx, cy = pad + R + 60, pad + R
        ceil_y = pad
        dirs = [ang for kind, _mag, ang in sol.bodies[0][3] if kind.startswith("tension")]
        ends = [(cx + (cy - ceil_y) / math.tan(math.radians(d)), ceil_y) if abs(math.sin(math.radians(d))) > 1e-9
                else (cx, ceil_y) for d in dirs]
        xs_ = [e_[0] for e_ in ends] + [cx]
        shapes.append(Shape("support", "line", (min(xs_) - 40, ceil_y, max(xs_) + 40, ceil_y),
                            stroke=st["line_color"], stroke_width=lw, z=0, cls="support"))
        deco += hatch("support", (min(xs_) - 40, ceil_y), (max(xs_) + 40, ceil_y), 1, st)
        for i, (ex, ey) in enumerate(ends):
            seg = (ex, ey, cx, cy) if ex < cx else (cx, cy, ex, ey)     # left end first (the canvas fit reads x0)
            shapes.append(Shape(f"rope{i + 1}", "line", seg, stroke=st["rope_color"], stroke_width=2, z=1, cls="rope"))
            obstacles.append(LineString([(cx, cy), (ex, ey)]).buffer(4))
            rope_ends.append((f"rope:{i + 1}", ex, ey))
        shapes.append(Shape("body1", "rect", (cx - 28, cy - 28, cx + 28, cy + 28), fill=st["body_color"],
                            stroke=st["body_stroke"], stroke_width=1.5, z=2, cls="body"))
        centres.append((cx, cy))
    elif sol.scene == "hanging":
        cx = pad + R + 60
        ceil_y = pad
        cy = ceil_y + 150 + R * 0.3
        shapes.append(Shape("support", "line", (cx - 70, ceil_y, cx + 70, ceil_y), stroke=st["line_color"],
                            stroke_width=lw, z=0, cls="support"))
        deco += hatch("support", (cx - 70, ceil_y), (cx + 70, ceil_y), 1, st)
        kind = sol.bodies[0][3][1][0]
        if kind == "spring":
            pts = [(cx, ceil_y)]
            n_c = 10
            for i in range(n_c):
                yy = ceil_y + 20 + i * (cy - 28 - ceil_y - 40) / n_c
                pts.append((cx + (12 if i % 2 else -12), yy))
            pts.append((cx, cy - 28 - 10))
            pts.append((cx, cy - 28))
            shapes.append(Shape("spring", "polyline", (cx - 12, ceil_y, cx + 12, cy - 28), stroke=st["rope_color"],
                                stroke_width=2, z=1, cls="rope", points=tuple(pts)))
        else:
            shapes.append(Shape("rope", "line", (cx, ceil_y, cx, cy - 28), stroke=st["rope_color"], stroke_width=2,
                                z=1, cls="rope"))
        obstacles.append(LineString([(cx, ceil_y), (cx, cy - 28)]).buffer(14))
        shapes.append(Shape("body1", "rect", (cx - 28, cy - 28, cx + 28, cy + 28), fill=st["body_color"],
                            stroke=st["body_stroke"], stroke_width=1.5, z=2, cls="body"))
        centres.append((cx, cy))
    else:
        cx = pad + R + 140
        py = pad + 90
        pr = 50.0
        # the pulley hangs from a hatched ceiling by a rod to its axle (Halliday, Resnick & Walker, ch. 5,
        # the Atwood machine; Hibbeler's fixed-support hatching): a wheel drawn in mid-air holds nothing up
        ceil_y = py - pr - float(st["pulley_ceiling_gap"])
        shapes.append(Shape("support", "line", (cx - 60, ceil_y, cx + 60, ceil_y), stroke=st["line_color"],
                            stroke_width=lw, z=0, cls="support"))
        deco += hatch("support", (cx - 60, ceil_y), (cx + 60, ceil_y), 1, st)
        shapes.append(Shape("axle_rod", "line", (cx, ceil_y, cx, py), stroke=st["line_color"], stroke_width=lw,
                            z=0, cls="support"))
        shapes.append(Shape("axle", "circle", (cx - 4, py - 4, cx + 4, py + 4), fill=st["line_color"],
                            stroke=st["line_color"], stroke_width=1, z=1, cls="support"))
        obstacles.append(LineString([(cx, ceil_y), (cx, py)]).buffer(6))
        shapes.append(Shape("pulley", "circle", (cx - pr, py - pr, cx + pr, py + pr), fill="none",
                            stroke=st["pulley_color"], stroke_width=3, z=1, cls="pulley"))
        obstacles.append(Point(cx, py).buffer(pr + 3))
        ys = [py + 150 + 40, py + 150 + 40 + 90 * np.sign(sol.bodies[1][1] - sol.bodies[0][1])]
        for i, (xx, yy) in enumerate(((cx - pr, ys[0]), (cx + pr, ys[1]))):
            shapes.append(Shape(f"rope{i + 1}", "line", (xx, py, xx, yy - 28), stroke=st["rope_color"], stroke_width=2,
                                z=1, cls="rope"))
            obstacles.append(LineString([(xx, py), (xx, yy - 28)]).buffer(3))
            shapes.append(Shape(f"body{i + 1}", "rect", (xx - 28, yy - 28, xx + 28, yy + 28), fill=st["body_color"],
                                stroke=st["body_stroke"], stroke_width=1.5, z=2, cls="body"))
            centres.append((float(xx), float(yy)))
    # the free-body diagrams apart, right of the space diagram (mechanics_fbd): the forces start there
    vecs = [[(mag * ppn * math.cos(math.radians(a_)), -mag * ppn * math.sin(math.radians(a_)))
             for _k, mag, a_ in b_[3] if mag > 1e-9] for b_ in sol.bodies]
    separate = fbd.wanted(scene, sol.scene, st, any(fbd.would_cross(centres[i], v_, shapes, b_[0])
                                                    for i, (v_, b_) in enumerate(zip(vecs, sol.bodies))))
    axis_tips: dict[str, tuple[float, float]] = {}
    axis_px: list[float] = []
    if separate:
        for i, (bid_, *_r) in enumerate(sol.bodies):
            # one diagram per body, left to right; the axes along the surface on the body that rests on it
            body_ = next(s_ for s_ in shapes if s_.id == bid_)
            f_sh, f_deco, centres[i], tips_, px_ = fbd.plan(shapes, deco, body_, centres[i], vecs[i], sol.scene,
                                                            sol.incline, st, axes=i == 0)
            axis_tips.update(tips_)
            axis_px = axis_px or px_
            shapes += f_sh
            deco += f_deco
            obstacles += [d.geometry().buffer(8) for d in f_deco]     # the axes: line work a glyph must not touch
    obstacles += [d.geometry().buffer(3) for d in deco]     # no label on the hatching
    from .mechanics_labels import wanted_labels
    size = float(st["label_size"])
    unit_n = _nice(fmax / 4) if sol.to_scale else None
    wants = wanted_labels(scene, sol, size=size, unit_n=unit_n)
    if axis_tips:
        wants += fbd.axis_wants(size)
    want_keys = {w.key for w in wants}
    labels: list[Label] = []
    angle_spot = None
    if sol.scene == "incline":
        # the angle at the foot: an arc from the base to the slope, its value just beyond it inside the
        # wedge (on a slope too shallow for that, left of the foot)
        fx, fy = x0, y0
        w_ = next(w for w in wants if w.key == "angle")
        tw = len(w_.text) * w_.size * float(base["char_width"])
        spot = arc_label_spot(sol.incline, tw, w_.size, float(st["arc_radius"]), 0.35 * Ls)
        if spot is not None:
            rad = math.hypot(*spot) - 6
            lx, lcy = fx + spot[0], fy - spot[1]
        else:
            rad = float(st["arc_radius"])
            lx, lcy = fx - tw - 10, fy - w_.size * 0.6
        deco.append(angle_arc((fx, fy), sol.incline, rad, st))
        obstacles.append(deco[-1].geometry().buffer(3))
        angle_spot = Label(w_.text, float(lx), float(lcy + 0.275 * w_.size), w_.size, "start", math=True)
        obstacles.append(_text_box(angle_spot).buffer(4))
    arrows_geo = []
    drawn: list[tuple[str, float, float]] = [(k, x, y) for k, (x, y) in axis_tips.items()]   # + arrow tips, centres
    body_polys = [s_.geometry() for s_ in shapes if s_.cls == "body"]
    for bi, (bid, _m, _acc, forces) in enumerate(sol.bodies):
        x, y = centres[bi]
        order = sorted(forces, key=lambda f: -f[1])       # longer arrows first, shorter on top
        for z, (kind, mag, ang) in enumerate(order):
            if mag <= 1e-9:
                continue
            L = mag * ppn
            dx, dy = L * math.cos(math.radians(ang)), -L * math.sin(math.radians(ang))
            a_, h_ = arrow(f"{kind}", x, y, dx, dy, cols[kind], st, 3 + 2 * z)
            shapes += a_
            deco += h_
            arrows_geo.append(LineString([(x, y), (x + dx, y + dy)]).buffer(float(st["head_width"]) / 2 + 2))
            drawn.append((f"force:{kind}", x + dx, y + dy))
        rr = float(st["dot_radius"])
        dc = st["dot_colors"][bi]
        shapes.append(Shape(f"dot{bi + 1}", "circle", (x - rr, y - rr, x + rr, y + rr), fill=dc, stroke=dc,
                            stroke_width=1, z=20, cls="dot"))
        drawn.append((f"body:{bid}", x, y))
    drawn += rope_ends
    # the acceleration (given or asked): an arrow of fixed length beside the body, along a — it is no
    # force, so it has no length in newtons
    for bi, (bid, _m, acc, _forces) in enumerate(sol.bodies):
        if f"accel:{bid}" not in want_keys:
            continue
        x, y = centres[bi]
        n_ = math.hypot(*acc)
        u = np.array([acc[0], -acc[1]]) / n_
        pp = np.array([-u[1], u[0]])
        La = float(st["accel_length"])
        spot = None
        side = -1 if bi == 0 else 1              # two bodies: each arrow on its outer side first
        for d in (0, 44 * side, -44 * side, 64 * side, -64 * side, 88 * side, -88 * side):
            for lead in (44, 64, 24, 90):
                p0 = np.array([x, y]) + u * lead + pp * d
                geo = LineString([tuple(p0), tuple(p0 + u * La)]).buffer(float(st["head_width"]) / 2 + 4)
                if any(geo.intersects(o) for o in arrows_geo + body_polys + obstacles):
                    continue
                spot = (p0, geo)
                break
            if spot:
                break
        if spot is None:
            raise UnsupportedError(f"no room for the acceleration arrow of {bid} clear of the force arrows")
        p0, geo = spot
        a_, h_ = arrow(f"accel{bi + 1}", float(p0[0]), float(p0[1]), float(u[0] * La), float(u[1] * La),
                       st["accel_color"], st, 30)
        shapes += a_
        deco += h_
        arrows_geo.append(geo)
        drawn.append((f"accel:{bid}", float(p0[0] + u[0] * La), float(p0[1] + u[1] * La)))
    # fit the canvas to everything drawn: shift so the top-left extent sits at the padding, with a row
    # per given value (the column of givens) above
    n_given = sum(1 for w in wants if w.key.startswith("given:"))
    every = shapes + deco
    if angle_spot is not None:
        from dataclasses import replace as _replace
        every = every + [Shape("_angle_label", "rect", tuple(_text_box(angle_spot).bounds))]
    x_lo = min(s_.box[0] for s_ in every)
    y_lo = min(s_.box[1] for s_ in every)
    x_hi = max(s_.box[2] for s_ in every)
    y_hi = max(s_.box[3] for s_ in every)
    top = 22 * n_given
    ox, oy = pad + 30 - x_lo, pad + top - y_lo
    shapes = [_shift(s_, ox, oy) for s_ in shapes]
    deco = [_shift(s_, ox, oy) for s_ in deco]
    if angle_spot is not None:
        angle_spot = _replace(angle_spot, x=angle_spot.x + ox, y=angle_spot.y + oy)
    from shapely import affinity
    obstacles = [affinity.translate(o, ox, oy) for o in obstacles]
    arrows_geo = [affinity.translate(o, ox, oy) for o in arrows_geo]
    drawn = [(k, x + ox, y + oy) for k, x, y in drawn]
    centres = [(x + ox, y + oy) for x, y in centres]
    fig_w = int(math.ceil(x_hi - x_lo + 2 * pad + 60))
    H = int(math.ceil(y_hi - y_lo + 2 * pad + 30 + top))
    W = fig_w
    placed = []

    def put(text: str, sz: float, x: float, y: float) -> Label:
        lb = Label(text, float(round(x)), float(round(y)), sz, "start", math=True)   # whole pixels: the reader's phase
        labels.append(lb)
        placed.append(_text_box(lb).buffer(12))
        return lb
    by_key = {w.key: w for w in wants}
    if unit_n is not None:
        # scale arrow (a bar of exact colour) at the bottom left
        bar_px = unit_n * ppn
        bx, by = pad, H - 24
        shapes.append(Shape("scale_bar", "line", (bx, by, bx + bar_px, by), stroke=st["scale_color"], stroke_width=3,
                            z=1, cls="scale"))
        put(by_key["scale"].text, by_key["scale"].size, bx + bar_px + 8, by + 5)
    row = 0
    for w in wants:
        if w.key.startswith("given:"):
            put(w.text, w.size, 12, 22 + 22 * row)
            row += 1
    obstacles += arrows_geo
    body_polys = [s_.geometry() for s_ in shapes if s_.cls == "body"]
    obstacles += [b.buffer(5) for b in body_polys]          # a label a few px clear of the body's outline
    # text is read as grey ink on the page: no label over a filled shape (the support, a body)
    supports = [s_.geometry() for s_ in shapes if s_.cls == "support" and s_.fill != "none"]
    at = {k: (x, y) for k, x, y in drawn}
    for w in wants:
        if w.near is None:
            continue
        tx, ty = at[w.near]
        radii = (46, 58, 72, 88, 104, 122) if w.near.startswith("body:") else \
            (24, 36, 50, 66) if w.near.startswith("rope:") else (14, 24, 36, 50, 66, 84)
        lb = None
        # clear of every filled shape first; else over the support on a white card (a steep slope puts
        # the weight's tip inside it)
        for on_card in (False, True):
            # a body's label above or beside it first (below is the support); an arrow's all round its tip
            angs = (270, 300, 240, 330, 210, 0, 180, 30, 150, 60, 120, 90) if w.near.startswith("body:") \
                else tuple(range(0, 360, 30))
            for r_ in radii:
                for ang in angs:
                    cx_, cy_ = tx + r_ * math.cos(math.radians(ang)), ty + r_ * math.sin(math.radians(ang))
                    half = len(w.text) * w.size * float(base["char_width"]) / 2
                    cand = Label(w.text, float(round(cx_ - half)), float(round(cy_ + w.size * 0.3)), w.size, "start",
                                 math=True)
                    bb = _text_box(cand)
                    if bb.bounds[0] < 2 or bb.bounds[2] > fig_w - 2 or bb.bounds[1] < 2 or bb.bounds[3] > H - 2:
                        continue
                    if any(bb.buffer(3 if on_card else 0).intersects(o) for o in obstacles + placed) or \
                            (not on_card and any(bb.intersects(o) for o in supports)):
                        continue
                    lb = cand
                    break
                if lb:
                    break
            if lb:
                break
        if lb is None:
            raise UnsupportedError(f"no room for the label '{w.text}' clear of the arrows")
        if on_card and any(_text_box(lb).intersects(o) for o in supports):
            x0_, y0_, x1_, y1_ = _text_box(lb).buffer(3).bounds
            shapes.append(Shape(f"card_{w.key.replace(':', '_')}", "rect", (x0_, y0_, x1_, y1_), fill="#ffffff",
                                stroke="none", stroke_width=0.0, z=1, cls="card"))
        put(lb.text, lb.size, lb.x, lb.y)
    if angle_spot is not None:   # the angle's value, where the arc was drawn for it
        put(angle_spot.text, angle_spot.size, angle_spot.x, angle_spot.y)
    if "length" in by_key:       # the slope's length, written beside the slope, outside it
        x0_, y0_, x1_, y1_ = next(s_ for s_ in shapes if s_.id == "surface").box
        ln = math.hypot(x1_ - x0_, y1_ - y0_)
        nx_, ny_ = (y1_ - y0_) / ln, -(x1_ - x0_) / ln          # the outward normal (up, left of the slope)
        w = by_key["length"]
        half = len(w.text) * w.size * float(base["char_width"]) / 2
        spot = None
        for frac in (0.8, 0.7, 0.9, 0.6, 0.3, 0.2):
            for off in (18, 28, 40):
                cx_ = x0_ + frac * (x1_ - x0_) + nx_ * off
                cy_ = y0_ + frac * (y1_ - y0_) + ny_ * off
                cand = Label(w.text, float(round(cx_ - half)), float(round(cy_ + w.size * 0.3)), w.size, "start",
                             math=True)
                bb = _text_box(cand)
                if bb.bounds[0] < 2 or bb.bounds[1] < 2 or any(bb.intersects(o) for o in obstacles + supports + placed):
                    continue
                spot = cand
                break
            if spot:
                break
        if spot is None:
            raise UnsupportedError(f"no room for the slope's length '{w.text}' beside the slope")
        put(spot.text, spot.size, spot.x, spot.y)
    extras = {"figure_width": fig_w, "px_per_newton": ppn, "scale_newtons": unit_n,
              "centres": [list(c) for c in centres], "fbd_separate": bool(separate), "fbd_axes": bool(axis_tips),
              "fbd_axis_px": [round(a_, 3) for a_ in axis_px]}
    stats = {"solve_s": round(time.perf_counter() - t0, 4), "z3_s": round(sol.solve_s, 4),
             "forces": sum(1 for b in sol.bodies for f in b[3] if f[1] > 1e-9)}
    # decoration last: layout.json lists the entities first (support, surface, bodies, arrows)
    return Layout("mechanics", W, H, tuple(shapes + deco), tuple(labels), (),
                  tuple(sorted(stats.items())), _freeze(extras))


# ---------------------------------------------------------------------------------------------
# verify (pixels only)


def _hex(c: str) -> np.ndarray:
    c = c.lstrip("#")
    return np.array([int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)], dtype=np.int16)


def _neutral(colour: str) -> bool:
    r, g, b = (int(colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    return r == g == b


def _mask(img, colour: str, fraction: float = 0.1) -> np.ndarray:
    """Pixels of ``colour`` as the reader sees them (``img``: a ``nesy.see.LabelMap`` of the style's
    colours, named by hex). Only the major pieces (≥ ``fraction`` of the largest) count on a degraded
    copy, and on nesy's exact PNG for a grey of the grey palette (anti-aliased label text leaves pixels
    of every grey): an arrow, the bar or the surface is one piece, and a stray pixel of its colour
    elsewhere would otherwise become the arrow's tip (the farthest pixel from the point of application)."""
    from ..see import keep_major
    m = img.mask(colour.upper())
    return m if img.exact and not _neutral(colour) else keep_major(m, fraction)


def _cored(m: np.ndarray, rgb: np.ndarray, colour: str, delta_e: float = 25.0) -> np.ndarray:
    """``m`` without the pieces that have no pixel within ``delta_e`` ΔE*ab of ``colour``: the reader
    classes faint mixes of a line colour with the page as that line (a blurred stroke's rim), and on a
    resampled copy the grey rims of black line work and text are such mixes too; the real 3-px stroke keeps
    its colour at its centre under blur σ ≤ 1.5, JPEG and resampling."""
    from scipy import ndimage
    from ..see import rgb_to_lab
    if not m.any():
        return m
    lab, n = ndimage.label(m, structure=np.ones((3, 3), bool))
    ys, xs = np.nonzero(m)
    ref = rgb_to_lab(np.array([[int(colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)]], np.uint8))[0]
    de = np.linalg.norm(rgb_to_lab(np.ascontiguousarray(rgb[ys, xs, :3])[None])[0] - ref, axis=-1)
    best = np.full(n + 1, np.inf)
    np.minimum.at(best, lab[ys, xs], de)
    keep = best <= delta_e
    keep[0] = False
    return keep[lab]


def _classes(st: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The style's drawn colours: (filled: arrows, dots, bodies, bar; strokes: surface, rope, outlines)."""
    filled = list(st["force_colors"].values()) + list(st["dot_colors"]) + \
        [st[k] for k in ("body_color", "pulley_color", "scale_color", "accel_color")]
    lines = [st[k] for k in ("surface_color", "rope_color", "body_stroke")]
    return filled, lines


def _read(rgb: np.ndarray, st: dict[str, Any]):
    """The diagram read into the colours of style ``st`` (one palette variant; nesy.see.read_colours):
    arrows (3 px with 10 px heads), dots, bodies and the bar are filled; surface, rope and outlines are
    strokes."""
    from ..see import read_colours
    filled, lines = _classes(st)
    return read_colours(rgb, filled=filled, lines=lines)


#: share of the dark pixels (≤ 0x70) of a grey-palette figure that are exactly one of its greys or black:
#: nesy's PNG 0.89–0.95 (the rest is text anti-aliasing); blurred, JPEG'd, shifted by a fraction of a
#: pixel or halved ≤ 0.83 (measured on the suite's incline, spring and Atwood figures)
GREY_CRISP = 0.86


def _grey_crispness(rgb: np.ndarray, st: dict[str, Any]) -> float:
    """Of the dark pixels (≤ 0x70) of ``rgb``, the share that are exactly black or one of ``st``'s greys."""
    filled, lines = _classes(st)
    vals = [0] + [int(c.lstrip("#")[0:2], 16) for c in filled + lines if _neutral(c)]
    a = rgb[..., :3]
    neutral = (a[..., 0] == a[..., 1]) & (a[..., 1] == a[..., 2])
    dk = neutral & (a[..., 0] <= 0x70)
    if not dk.any():
        return 0.0
    return float(np.isin(a[..., 0][dk], vals).mean())


def _drawn_pieces(classed: np.ndarray, rgb: np.ndarray) -> np.ndarray:
    """What nesy drew in its style's colours, dilated by 2 px (the clearance a label keeps), from the
    exact PNG's ``classed`` pixels: pieces of ≥ 40 px, and smaller pieces whose 1-px ring is ≥ 80 % page
    (a spring's coils cut by an arrow's halo). The other pieces are label text's anti-aliasing that hit
    one of the grey palette's greys exactly: runs of ≤ ~12 px inside a glyph, ringed by other greys."""
    from scipy import ndimage
    lab, n = ndimage.label(classed, structure=np.ones((3, 3), bool))
    if not n:
        return classed
    size = np.bincount(lab.ravel(), minlength=n + 1)
    keep = size >= 40
    white = np.all(rgb[..., :3] == 255, axis=2)
    for i, sl in enumerate(ndimage.find_objects(lab), start=1):
        if sl is None or keep[i] or size[i] < 4:
            continue
        sl2 = tuple(slice(max(a.start - 1, 0), a.stop + 1) for a in sl)
        piece = lab[sl2] == i
        ring = ndimage.binary_dilation(piece, structure=np.ones((3, 3), bool)) & ~piece
        keep[i] = ring.any() and float(white[sl2][ring].mean()) >= 0.8
    keep[0] = False
    return ndimage.binary_dilation(keep[lab], iterations=2)


def _own_figure(full: np.ndarray, scene: SceneGraph) -> tuple[dict[str, Any], Layout] | None:
    """Whether ``full`` is nesy's own diagram of ``scene``, and in which palette variant: the layout nesy
    draws for the scene (re-solved; it does not depend on the variant) has the image's aspect within 3 %,
    and at canvas scale (``nesy.see.scale_from_size``) each body's point-of-application dot is where the
    layout puts it (within ``own_search_px``: a shift of a few px) in one variant's dot colour (within
    ``own_dot_delta_e`` ΔE*ab: blur, JPEG and resampling keep a 4-px disc's core). Returns (that
    variant's style, the layout), or None: another tool's figure, read by shape (``verify_other_tool``).
    A nesy figure with an error injected keeps its dots; another tool's has none of nesy's colours there."""
    from ..render.style import VARIANTS, science_style
    from ..see import rgb_to_lab, scale_from_size, to_canvas
    from ..errors import NesyError
    try:
        lay = solve_mechanics(scene)
    except NesyError:
        return None
    h, w = full.shape[:2]
    if h < 8 or w < 8 or abs((w / h) / (lay.width / lay.height) - 1.0) > 0.03:
        return None
    rgb = to_canvas(full, scale_from_size(w, h, (lay.width, lay.height)))
    centres = [tuple(c) for c in lay.extra("centres")]
    best = None
    for v in VARIANTS["palette"]:
        st = science_style("mechanics", palette=v)
        r = float(st["dot_radius"]) + float(st["own_search_px"])
        found = 0
        for (cx, cy), col in zip(centres, st["dot_colors"]):
            x0, x1 = max(int(cx - r), 0), min(int(cx + r) + 1, rgb.shape[1])
            y0, y1 = max(int(cy - r), 0), min(int(cy + r) + 1, rgb.shape[0])
            if x1 <= x0 or y1 <= y0:
                continue
            win = rgb_to_lab(np.ascontiguousarray(rgb[y0:y1, x0:x1, :3]))
            ref = rgb_to_lab(np.array([[int(col.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)]], np.uint8))[0]
            near = np.linalg.norm(win - ref, axis=-1) <= float(st["own_dot_delta_e"])
            found += int(near.sum()) >= 8
        if found == len(centres) and (best is None or found > best[0]):
            best = (found, st)
    return (best[1], lay) if best else None


def _angdiff(a: float, b: float) -> float:
    return abs((a - b + 180) % 360 - 180)


def _arrow_direction(m: np.ndarray) -> tuple[float, tuple[float, float]] | None:
    """The direction (degrees, counter-clockwise from +x, y up) and tip (x, y px) of the one arrow drawn
    in mask ``m`` with no point of application marked: its principal axis, pointing to the end whose
    last head-length of pixels is the wider (the head)."""
    ys, xs = np.nonzero(m)
    if len(xs) < 10:
        return None
    pts = np.column_stack([xs, -ys]).astype(float)
    c = pts.mean(axis=0)
    _, _, vt = np.linalg.svd(pts - c, full_matrices=False)
    d = vt[0]
    proj = (pts - c) @ d
    lo, hi = proj.min(), proj.max()
    head = float(_style()["head_length"])   # the same in every palette variant
    if (proj > hi - head).sum() < (proj < lo + head).sum():
        d, proj = -d, -proj
    k = int(np.argmax(proj))
    return math.degrees(math.atan2(d[1], d[0])), (float(xs[k]), float(ys[k]))


def _label_phrase(scene: SceneGraph, key: str) -> str:
    """The user's phrase behind a label key ("force:normal", "mass:body1", "given:mu", "angle") — the
    asked phrase when the label marks an unknown."""
    what, _, name = key.partition(":")
    asked = {a["quantity"]: a["span"]["text"] for a in scene.attr("asked") or []}
    if what == "force":
        base = name.rstrip("2")
        if base in asked:
            return asked[base]
        return ((scene.attr("forces") or {}).get(base) or {}).get("span", {}).get("text", "")
    if what == "mass":
        ms = scene.attr("masses") or []
        i = 1 if name == "body2" else 0
        return asked.get("mass", "") if i == 0 and "mass" in asked else (ms[i]["span"]["text"] if i < len(ms) else "")
    if what == "accel" or name == "accel":
        return (scene.attr("accel") or {}).get("span", {}).get("text", "") or asked.get("accel", "")
    if what == "angle":
        return (scene.attr("incline") or {}).get("span", {}).get("text", "")
    if what == "given":
        if name in asked:
            return asked[name]
        a = scene.attr(name)
        if isinstance(a, dict):
            return a.get("span", a).get("text", "")
    return ""


def verify_mechanics(png: bytes, scene: SceneGraph) -> Verdict:
    """Check the diagram's pixels: per force arrow (found by its exact colour) the direction (weight
    straight down, normal perpendicular and friction parallel to the measured surface, the rest as the
    scene says) and the length against the law — ÷ the scale bar's px per N when the stated values fix
    every magnitude, else relative to the longest arrow (and then no scale bar may be drawn); the
    surface angle; the drawn vectors' sum: zero in equilibrium, m·a otherwise (newtons); the
    acceleration arrow (given or asked) along the solved acceleration; and, on nesy's own PNG, the
    labels read back from the text ink (``mechanics_labels.read_labels``): each given value as written,
    each asked quantity marked "= ?", each label next to its arrow or body, and no other text. A degraded
    copy's labels are not read (a changed digit needs OCR); its geometry is.

    nesy's own figure is recognised by its dots where its layout puts them (``_own_figure``), in any
    palette variant (the reader is not told which drew it); anything else is another tool's figure,
    read by shape and text (``verify_other_tool``)."""
    from .regionbase import read_png
    full = read_png(png)
    own = _own_figure(full, scene)
    if own is None:
        # another tool's figure (on a page, a slide: cropped to it)
        from ..see.page import figure_of
        return verify_other_tool(figure_of(full, text=scene.text), scene)
    st, lay = own
    if _neutral(st["dot_colors"][0]) and _grey_crispness(full, st) < GREY_CRISP:
        # the grey palette, degraded: its greys are no longer told apart (blur and JPEG mix them with the
        # text's and each other's), so the figure is read by shape, as another tool's would be
        return verify_other_tool(full, scene)
    fig = full
    from ..see import scale_from_size
    scale = scale_from_size(full.shape[1], full.shape[0], (lay.width, lay.height))   # image px per canvas px
    img = _read(fig, st)
    sol = mechanics_solution(scene)
    checks: list[Check] = []
    fmax = max(f[1] for b in sol.bodies for f in b[3])
    bar = _mask(img, st["scale_color"])
    tol_px_base = float(st["length_tolerance_px"]) + (0.0 if img.exact else 1.0)
    rel = float(st["length_tolerance_rel"])
    atol = float(st["angle_tolerance_deg"])
    forces_attr = scene.attr("forces") or {}
    # the surface angle from its pixels (principal axis)
    surf_ang = None
    if sol.scene in ("horizontal", "incline"):
        sm = _cored(_mask(img, st["surface_color"]), fig, st["surface_color"])
        ys, xs = np.nonzero(sm)
        if len(xs) > 10:
            pts = np.column_stack([xs, -ys]).astype(float)
            pts -= pts.mean(axis=0)
            _, _, vt = np.linalg.svd(pts, full_matrices=False)
            d = vt[0]
            surf_ang = math.degrees(math.atan2(d[1], d[0])) % 180
            if surf_ang > 90:
                surf_ang -= 180
            inc = scene.attr("incline")
            # one straight line: most of its pixels within 2 px of the fitted line (a 3-px stroke plus
            # blur; at canvas scale) — a resampled copy may class the hatching under a floor as surface too
            # (a third of the pixels), but no scatter of strays passes for a line
            near = float((np.abs(pts @ np.array([-d[1], d[0]])) <= 2.0 * max(scale, 1.0) + 1.5).mean())
            checks.append(Check("surface_straight", ("surface", "share of px"), round(near, 3), "≥ 0.5", 0,
                                near >= 0.5, inc["span"]["text"] if inc else ""))
            checks.append(Check("incline_angle", ("surface", "deg"), round(surf_ang, 3), sol.incline, atol,
                                _angdiff(surf_ang, sol.incline) <= atol, inc["span"]["text"] if inc else ""))
            checks.append(_support_drawn(fig, sm, sol.scene, scale, st, inc["span"]["text"] if inc else ""))
        else:
            checks.append(Check("surface_drawn", ("surface",), 0, "> 0 px", 0, False, ""))
    elif sol.scene == "hanging":
        # the rope's (spring's) pieces of at least a quarter of its largest: no stray pixel of its colour
        checks.append(_support_drawn(fig, _mask(img, st["rope_color"], 0.25), sol.scene, scale, st, ""))
    elif sol.scene == "pulley" and not scene.attr("table_pulley"):
        # the ceiling the pulley hangs from: a level line of ink ``pulley_ceiling_gap`` px above the wheel's
        # top, found as a hanging body's ceiling is above its rope's top (one marker pixel there)
        wheel = _mask(img, st["pulley_color"], 0.25)
        ys_, xs_ = np.nonzero(wheel)
        mark = np.zeros_like(wheel)
        hung = 0.0
        if len(xs_):
            gap = float(st["pulley_ceiling_gap"]) * scale
            yc, xc = int(round(ys_.min() - gap)), int(round((xs_.min() + xs_.max()) / 2))
            mark[max(yc, 0), xc] = True
            # the rod from the ceiling to the axle: dark ink (``_dark_ink``) on the wheel's vertical axis
            # (± 2 px) in every row between them
            dark = _dark_ink(fig)
            r0, r1 = max(yc + int(round(4 * scale)), 0), int(ys_.min())
            c0, c1 = max(xc - int(round(2 * max(scale, 1.0))), 0), xc + int(round(2 * max(scale, 1.0))) + 1
            if r1 > r0:
                hung = float(dark[r0:r1, c0:c1].any(axis=1).mean())
        checks.append(_support_drawn(fig, mark, sol.scene, scale, st, ""))
        want = float(st["support_drawn_fraction"])
        checks.append(Check("pulley_hung", ("rod", "share of rows"), round(hung, 3), f"≥ {want:g}", 0, hung >= want,
                            ""))
    elif sol.scene == "wall":
        # the wall: one straight vertical line of the surface colour (its principal axis)
        sm = _cored(_mask(img, st["surface_color"]), fig, st["surface_color"])
        ys, xs = np.nonzero(sm)
        wsp = (scene.attr("wall") or {}).get("text", "")
        if len(xs) > 10:
            pts = np.column_stack([xs, -ys]).astype(float)
            pts -= pts.mean(axis=0)
            d = np.linalg.svd(pts, full_matrices=False)[2][0]
            wang = math.degrees(math.atan2(abs(d[1]), abs(d[0])))           # 90: vertical
            checks.append(Check("wall_vertical", ("surface", "deg"), round(wang, 3), 90.0, atol,
                                abs(wang - 90.0) <= atol, wsp))
        else:
            checks.append(Check("surface_drawn", ("wall",), 0, "> 0 px", 0, False, wsp))
    elif sol.scene == "free":
        # nothing supports the body: no surface, no rope or spring drawn (a support the text denies)
        # (the longest piece of either colour, in px: a surface or a rope is a line ≥ 100 px long; anti-aliased
        # label ink of a grey palette leaves specks of every grey, a few px each)
        from scipy import ndimage
        longest = 0
        for col in (st["surface_color"], st["rope_color"]):
            lab_, n_ = ndimage.label(_mask(img, col), structure=np.ones((3, 3)))
            for sl_ in ndimage.find_objects(lab_) if n_ else []:
                longest = max(longest, sl_[0].stop - sl_[0].start, sl_[1].stop - sl_[1].start)
        ff = scene.attr("free") or {}
        checks.append(Check("no_support", ("support", "px"), int(longest), "< 30", 0, longest < 30 * max(scale, 1.0),
                            ff.get("text", "")))
    # every arrow: from its body's point of application to its farthest pixel
    anchors: dict[str, tuple[float, float]] = {}
    seen: list[tuple[int, str, float, float, float, float, str]] = []   # body, kind, mag, ang, L px, obs ang, phrase
    for bi, (bid, m, acc, forces) in enumerate(sol.bodies):
        dm = _mask(img, st["dot_colors"][bi], 0.5)
        ys, xs = np.nonzero(dm)
        if not len(xs):
            checks.append(Check("point_of_application", (bid,), 0, 1, 0, False, ""))
            continue
        tx, ty = (xs.min() + xs.max()) / 2, (ys.min() + ys.max()) / 2
        anchors[f"body:{bid}"] = (float(tx), float(ty))
        for kind, mag, ang in forces:
            if mag <= 1e-9:
                continue
            phrase = (forces_attr.get(kind.rstrip("2")) or {}).get("span", {}).get("text", "")
            am = _mask(img, st["force_colors"][kind])
            ys, xs = np.nonzero(am)
            if not len(xs):
                checks.append(Check("arrow_drawn", (kind,), 0, "> 0 px", 0, False, phrase))
                continue
            dists = np.hypot(xs - tx, ys - ty)
            k = int(np.argmax(dists))
            anchors[f"force:{kind}"] = (float(xs[k]), float(ys[k]))
            seen.append((bi, kind, mag, ang, float(dists[k]), math.degrees(math.atan2(-(ys[k] - ty), xs[k] - tx)), phrase))
    if scene.attr("ropes") and "body:body1" in anchors:
        # two ropes: each one's end at the ceiling (the rope pixels farthest from the body, left and right)
        rm = _mask(img, st["rope_color"])
        ys, xs = np.nonzero(rm)
        bx, by_ = anchors["body:body1"]
        for i, side in ((1, xs < bx), (2, xs > bx)):
            if side.any():
                d = np.hypot(xs[side] - bx, ys[side] - by_)
                k = int(np.argmax(d))
                anchors[f"rope:{i}"] = (float(xs[side][k]), float(ys[side][k]))
    # px per newton: the scale bar's when the text fixes every magnitude; else the longest arrow's
    if sol.to_scale:
        unit_n = _nice(fmax / 4)
        if not bar.any():
            return Verdict(tuple(checks) + (Check("scale_bar", ("scale",), 0, "a bar", 0, False, ""),), rounds=1)
        ys, xs = np.nonzero(bar)
        ppn = (xs.max() - xs.min() + 1) / unit_n
        if not img.exact:
            # a degraded bar's ends read as the page or a neighbouring hue: measured at half contrast along
            # its middle rows (nesy.see.half_max_run)
            from ..see import half_max_run
            yc, xc = int(round(ys.mean())), int(round(xs.mean()))
            x0_, x1_ = half_max_run(fig, slice(max(yc - 1, 0), yc + 2), xc)
            ppn = (x1_ - x0_ + 1) / unit_n
    else:
        checks.append(Check("no_scale_bar", ("scale",), int(bar.sum()), 0, 0, not bar.any(),
                            "the text does not fix every force's magnitude"))
        longest = max(seen, key=lambda r: r[2], default=None)
        if longest is None or longest[4] <= 0:
            return Verdict(tuple(checks), rounds=1)
        ppn = longest[4] / longest[2]
    # a degraded copy: 1 px more edge uncertainty (blur σ ≤ 1.5, JPEG, resampling); lengths are in units
    # of the drawn bar (or the longest arrow), so the image's scale needs no factor of its own
    tol_px = tol_px_base
    totals = {bi: np.zeros(2) for bi in range(len(sol.bodies))}
    for bi, kind, mag, ang, L, obs_ang, phrase in seen:
        obs_mag = L / ppn
        # a short arrow's direction is known only to about the pixel error over its length
        aw = max(atol, math.degrees(math.atan2(tol_px_base / 2, max(L, 1.0))))
        totals[bi] += obs_mag * np.array([math.cos(math.radians(obs_ang)), math.sin(math.radians(obs_ang))])
        tol = tol_px / ppn + rel * mag
        checks.append(Check("arrow_length", (kind, "N" if sol.to_scale else "N, relative"), round(obs_mag, 3),
                            round(mag, 3), round(tol, 3), abs(obs_mag - mag) <= tol, phrase))
        if kind.startswith("weight"):
            checks.append(Check("weight_vertical", (kind, "deg"), round(obs_ang, 2), -90.0, aw,
                                _angdiff(obs_ang, -90) <= aw, phrase))
        elif kind == "normal" and surf_ang is not None:
            checks.append(Check("normal_perpendicular", ("normal", "surface"), round(obs_ang - surf_ang, 2), 90.0,
                                aw, _angdiff(obs_ang - surf_ang, 90) <= aw, phrase))
        elif kind == "friction" and surf_ang is not None:
            exp_rel = (ang - sol.incline)
            checks.append(Check("friction_along_surface", ("friction", "surface"), round(obs_ang - surf_ang, 2),
                                round(exp_rel, 2), aw, _angdiff(obs_ang - surf_ang, exp_rel) <= aw, phrase))
        else:
            checks.append(Check("arrow_direction", (kind, "deg"), round(obs_ang, 2), round(ang, 2), aw,
                                _angdiff(obs_ang, ang) <= aw, phrase))
    for bi, (bid, m, acc, forces) in enumerate(sol.bodies):
        if f"body:{bid}" not in anchors:
            continue
        n_f = sum(1 for f in forces if f[1] > 1e-9)
        expected = m * np.array(acc)
        err = float(np.linalg.norm(totals[bi] - expected))
        tol = n_f * (tol_px / ppn) + rel * sum(f[1] for f in forces)
        eq = np.allclose(acc, 0)
        sspan = scene.attr("state_span")
        checks.append(Check("equilibrium" if eq else "newton_second", (bid, "N"), round(err, 3), 0.0, round(tol, 3),
                            err <= tol, sspan["text"] if sspan else ""))
    # the acceleration arrow (given or asked): along the solved acceleration
    from .mechanics_labels import read_labels, wanted_labels
    wants = wanted_labels(scene, sol, size=float(st["label_size"]), unit_n=_nice(fmax / 4) if sol.to_scale else None)
    from . import mechanics_fbd as fbd
    plan = {"separate": bool(lay.extra("fbd_separate", False)), "axes": bool(lay.extra("fbd_axes", False)),
            "axis_px": [float(a_) for a_ in lay.extra("fbd_axis_px", ())]}
    if len(sol.bodies) == 1 or plan["separate"]:
        # the free-body diagrams: no arrow across the surface; drawn apart, each body alone, its axes
        for bi_, (bid_, *_r) in enumerate(sol.bodies):
            tips = [(kind, *anchors[f"force:{kind}"], L) for bi, kind, _mg, _a, L, _oa, _p in seen
                    if bi == bi_ and f"force:{kind}" in anchors]
            checks += fbd.checks(img, fig, st, plan, anchors, bid_, tips, surf_ang if bi_ == 0 else None, scale,
                                 sol.scene, sol.scene in ("hanging", "pulley") or len(sol.bodies) > 1)
        if plan["axes"] and surf_ang is not None and "body:body1" in anchors:
            wants += fbd.axis_wants(float(st["label_size"]))
            cx_, cy_ = anchors["body:body1"]
            for name, ang, A in zip(fbd.AXIS_LABELS, (surf_ang, surf_ang + 90.0), plan["axis_px"]):
                anchors[f"axis:{name}"] = (cx_ + A * scale * math.cos(math.radians(ang)),
                                           cy_ - A * scale * math.sin(math.radians(ang)))
    am = _mask(img, st["accel_color"])
    for bi, (bid, _m, acc, _forces) in enumerate(sol.bodies):
        if not any(w.key == f"accel:{bid}" for w in wants):
            continue
        phrase = (scene.attr("accel") or {}).get("span", {}).get("text", "") or \
            next((a["span"]["text"] for a in scene.attr("asked") or [] if a["quantity"] == "accel"), "")
        # the arrow of this body: the accel-coloured piece nearest its point of application
        from scipy import ndimage
        lab, n = ndimage.label(am, structure=np.ones((3, 3)))
        c0 = anchors.get(f"body:{bid}")
        piece = None
        if n and c0 is not None:
            best = None
            for i in range(1, n + 1):
                ys, xs = np.nonzero(lab == i)
                if len(xs) < 10:
                    continue
                dd = float(np.hypot(xs - c0[0], ys - c0[1]).min())
                if best is None or dd < best[0]:
                    best = (dd, lab == i)
            piece = best[1] if best else None
        got = _arrow_direction(piece) if piece is not None else None
        want_ang = math.degrees(math.atan2(acc[1], acc[0]))
        if got is None:
            checks.append(Check("accel_arrow", (bid,), "not drawn", round(want_ang, 2), atol, False, phrase))
            continue
        anchors[f"accel:{bid}"] = got[1]
        checks.append(Check("accel_arrow", (bid, "deg"), round(got[0], 2), round(want_ang, 2), atol,
                            _angdiff(got[0], want_ang) <= atol, phrase))
    phrases = {w.key: _label_phrase(scene, w.key) for w in wants}
    # nesy's own PNG: exact colours at the canvas's own size (a resampled copy can keep exact colours)
    # (a degraded copy's labels are not read: measured on this suite, blurred/JPEG/resampled label ink and
    # OCR cannot tell "30°" from "80°" reliably enough to pass right figures and fail relabelled ones)
    if img.exact and fig.shape[:2] == (lay.height, lay.width):
        # what is drawn in the style's colours (dilated by the 2 px a label keeps clear of it): ink
        # touching it is line work (hatching on the surface, a grey arrow), not text
        drawn = _drawn_pieces(img.labels > 0, fig)
        # the hatching where the layout draws it: an arrow's white halo crossing it at a shallow angle (a
        # push 20° below the horizontal) cuts strokes into glyph-sized pieces touching nothing drawn, and
        # no label is ever placed on it (its strokes are obstacles of the layout)
        drawn |= _hatch_band(lay, drawn.shape)
        checks += read_labels(fig, wants, anchors, phrases, drawn=drawn)
    return Verdict(tuple(checks), rounds=1)


def _hatch_band(lay: Layout, shape: tuple[int, ...]) -> np.ndarray:
    """The pixels (canvas scale) of the layout's hatching — the floor's comb, the wedge's base, a ceiling's
    strokes — grown by 2 px: ink there is line work, never a label."""
    out = np.zeros(shape[:2], bool)
    h, w = out.shape
    for s_ in lay.shapes:
        if s_.id.startswith("_support_hatch") or (s_.id == "support" and s_.kind == "polyline"):
            x0, y0, x1, y1 = s_.box
            xa, xb = max(int(math.floor(min(x0, x1))) - 2, 0), min(int(math.ceil(max(x0, x1))) + 3, w)
            ya, yb = max(int(math.floor(min(y0, y1))) - 2, 0), min(int(math.ceil(max(y0, y1))) + 3, h)
            out[ya:yb, xa:xb] = True
    return out


def _dark_ink(rgb: np.ndarray) -> np.ndarray:
    """Line work's pixels: mean RGB ≤ 200 (a 1-px black line keeps that much ink at its centre under blur
    σ ≤ 1.5, JPEG and halving; the page is 255)."""
    return rgb[..., :3].astype(np.int16).mean(axis=2) <= 200


def _support_drawn(rgb: np.ndarray, line: np.ndarray, scene_kind: str, scale: float, st: dict[str, Any],
                   phrase: str) -> Check:
    """The support under (or above) the body, as dark line work (``_dark_ink``). On an incline the
    wedge's base: a level line of ink near the surface's lower end (pixels of ``line``, the surface),
    from there to below its upper end; for a hanging body the ceiling: a level line of ink within a
    hatch length of the rope's (or spring's) top end (``line``; JPEG may shorten the rope or take the
    hatching for rope) over 50 px either side. The best row must have ink in at least
    ``support_drawn_fraction`` of its columns: an arrow's halo crossing it takes a few, while the 45°
    hatching alone (the line dropped) fills a ninth of a row (under half once halved). On a floor: the hatching in the band under the
    surface line, a column counting when ink is within half a hatching step of it. Pixels at canvas
    scale × ``scale`` (image px per canvas px)."""
    ys, xs = np.nonzero(line)
    if not len(xs):
        return Check("support_drawn", ("support",), "no surface or rope", "line work", 0, False, phrase)
    dark = _dark_ink(rgb)
    h, w = dark.shape
    win = 0      # one row: a 1.5-px line keeps ink in one row at every scale; 45° hatching fills a ninth
    m = int(round(10 * scale))
    if scene_kind == "horizontal":
        from scipy import ndimage
        yb = int(round(np.median(ys)))
        xa, xb = max(int(xs.min()) + m, 0), min(int(xs.max()) - m, w - 1)
        lo = yb + int(round(3 * scale))
        rows = slice(min(lo, h), min(lo + int(round(6 * scale)) + 1, h))
        cols = dark[rows].any(axis=0)
        reach = max(int(round(float(st["hatch_step"]) * scale / 2)), 1)
        cols = ndimage.maximum_filter1d(cols.astype(np.uint8), size=2 * reach + 1).astype(bool)
        frac = float(cols[xa:xb + 1].mean()) if xb > xa else 0.0
    else:
        if scene_kind == "incline":
            # the surface's lower end on its fitted line (a resampled copy takes some hatching for surface)
            pts = np.column_stack([xs, ys]).astype(float)
            c = pts.mean(axis=0)
            d = np.linalg.svd(pts - c, full_matrices=False)[2][0]
            proj = (pts - c) @ d
            ends = [c + d * float(np.quantile(proj, q)) for q in (0.002, 0.998)]
            foot, top = sorted(ends, key=lambda e: -e[1])
            yb, xa, xb = int(round(foot[1])), int(round(foot[0])) + m, int(round(top[0])) - m
            reach = int(round(4 * scale))
        else:
            k = int(np.argmin(ys))
            yb, xc = int(ys[k]), int(xs[k])
            xa, xb = xc - int(round(50 * scale)), xc + int(round(50 * scale))
            reach = int(round((float(st["hatch_length"]) + 3) * scale))
        xa, xb = max(xa, 0), min(xb, w - 1)
        frac = 0.0
        for r in range(max(yb - reach, 0), min(yb + reach, h - 1) + 1):
            if xb > xa:
                frac = max(frac, float(dark[max(r - win, 0):r + win + 1, xa:xb + 1].any(axis=0).mean()))
    want = float(st["support_drawn_fraction"])
    return Check("support_drawn", ("support", scene_kind), round(frac, 3), f"≥ {want:g}", 0, frac >= want, phrase)


# another tool's diagram (no legend panel): measured by nesy.see.forces, whose arrow directions are within
# 0.8° of the drawn ones and slopes within 0.4° on matplotlib figures of 80–150 dpi, clean, blurred (σ 1),
# JPEG 90 and resized ×0.5 (benchmarks/other_tools/mechanics.py): the tolerances are 3–4× that, and an
# arrow's widens to 2 px of end uncertainty over its length for a short one. The errors the benchmark
# injects (a slope 15° off, a weight perpendicular to the slope, a reversed normal) are ≥ 15°.
OTHER_ARROW_TOL = 3.0      # degrees
OTHER_SURFACE_TOL = 1.0    # degrees
_OTHER_MAX_ARROWS = 8


def _on_shaft(seg, arrows) -> bool:
    """Whether straight line ``seg`` is an arrow's shaft (parallel within 3°, its tail and tip within 4 px
    of the line, and the line no longer than 1.5 × the arrow + 12 px): a surface line a friction arrow
    is drawn along, reaching well past it, is still the surface."""
    from ..see.forces import angdiff
    p0, p1 = np.array(seg.p0), np.array(seg.p1)
    d = (p1 - p0) / max(float(np.linalg.norm(p1 - p0)), 1e-9)
    n = np.array([-d[1], d[0]])
    for a in arrows:
        if angdiff(2 * a.angle, 2 * seg.angle) / 2 > 3.0:
            continue
        if all(abs(float((np.array(q) - p0) @ n)) <= 4.0 for q in (a.tail, a.tip)) and \
                seg.length <= 1.5 * math.dist(a.tail, a.tip) + 12.0:
            return True
    return False


# a label saying an arrow shows how the body moves, not a force on it (the "motion" arrow beside a block on a
# ramp, Halliday–Resnick–Walker's sample problems; "v", the velocity)
_MOTION_WORD = re.compile(r"\b(?:motion|moving|movement|moves|velocity|slid(?:es|ing)|direction|travel\w*)\b|^v\s*(?:=|$)",
                          re.I)


def _motion_arrows(arrows, texts) -> set[int]:
    """The arrows a motion label names (``_MOTION_WORD``): the arrow nearest the label, when the label
    lies within 2.5 of its own heights of the arrow's shaft."""
    out: set[int] = set()
    for t, (x0, y0, x1, y1), _s in texts:
        if not _MOTION_WORD.search(t.strip()) or not arrows:
            continue
        c = np.array([(x0 + x1) / 2, (y0 + y1) / 2])

        def dist(a) -> float:
            p, q = np.array(a.tail, float), np.array(a.tip, float)
            u = np.clip(float((c - p) @ (q - p)) / max(float((q - p) @ (q - p)), 1e-9), 0.0, 1.0)
            return float(np.linalg.norm(c - (p + u * (q - p))))
        j = min(range(len(arrows)), key=lambda i: dist(arrows[i]))
        if dist(arrows[j]) <= 2.5 * max(y1 - y0, 1) + (x1 - x0) / 2:
            out.add(j)
    return out


OTHER_SCALE_TOL = 0.15   # an arrow drawn to a scale bar: its length within 15 % of its force (a head's drawn tip,
OTHER_SCALE_PX = 6.0     # a shaft started at the body's edge or centre) and 6 px (the tip's blur and anti-aliasing)
_SCALE_RX = re.compile(r"^\s*\d+(?:[.,]\d+)?\s*(?:k?N|newtons?)\s*$")
# the same value with a scale bar's end tick read into the line ("⊢—⊣ 10 N" read as "T10N", "H 10 N |"):
# a glyph like a tick or a bar before the number or after the unit, never a digit
_SCALE_TICKS_RX = re.compile(r"^\s*[|ITtHhlLF⊢├┤⊣\[\]\-–—_]{1,3}\s*(?P<v>\d+(?:[.,]\d+)?\s*(?:k?N|newtons?))\s*"
                             r"[|ITtHhl⊢├┤⊣\[\]\-–—_]{0,3}\s*$|^\s*(?P<w>\d+(?:[.,]\d+)?\s*(?:k?N|newtons?))\s*"
                             r"[|ITtHhl⊢├┤⊣\[\]\-–—_]{1,3}\s*$")


def _same_magnitude(a: Any, b: Any) -> bool:
    """Whether two stated force values (``_raw``: strings of exact numbers) are one value written twice: equal
    within half a unit of the last digit of the less precise one ("19.6" and "19.60"; "33.9" and "33.94")."""
    try:
        x, y = Fraction(str(a)), Fraction(str(b))
    except (ValueError, ZeroDivisionError):
        return False

    def half(v: Any) -> Fraction:
        s = str(v)
        return Fraction(1, 2 * 10 ** len(s.split(".")[1])) if "." in s and "/" not in s else Fraction(1, 2)
    return abs(x - y) <= max(half(a), half(b))


def _own_length(rgb: np.ndarray, a) -> float:
    """An arrow's length in its own colour: from the tip back along the shaft while the stroke shows the
    head's colour (within 80 in RGB, ±2 px across the shaft; gaps ≤ 4 px bridged, as a dashed or anti-aliased
    shaft has). The reader's shaft may run on into a filled body the arrow starts at (a red pull drawn from a
    brown sled's corner: the trace follows the sled's fill); the drawn force ends where its colour does.
    At most ``a.length``."""
    tip, tail = np.asarray(a.tip, float), np.asarray(a.tail, float)
    L = float(np.linalg.norm(tail - tip))
    if L < 2:
        return float(a.length)
    d = (tail - tip) / L
    nrm = np.array([-d[1], d[0]])
    col = np.asarray(a.colour, float)
    H, W = rgb.shape[:2]
    last, gap = 0.0, 0
    for t in np.arange(0.0, L + 0.5, 1.0):
        hit = False
        for o in (-2, -1, 0, 1, 2):
            x, y = tip + d * t + nrm * o
            xi, yi = int(round(x)), int(round(y))
            if 0 <= xi < W and 0 <= yi < H and np.abs(rgb[yi, xi, :3].astype(float) - col).max() <= 80:
                hit = True
                break
        if hit:
            last, gap = t, 0
        else:
            gap += 1
            if gap > 4:
                break
    return min(float(a.length), last + 1.0) if last > 0 else float(a.length)


def _bar_beside(grey: np.ndarray, page: float, box) -> tuple[float, tuple[int, int]] | None:
    """A level bar written beside a label, on its line (``|—— 10 N``, ``10 N ——|``): rows of the label's
    height band whose dark ink runs level from within 1.5 label heights of its left or right end, 0.6–6 ×
    the label's width long, at most half the label's height thick. Returns (the bar's row, its x span)."""
    x0, y0, x1, y1 = box
    h, w = max(y1 - y0, 1), max(x1 - x0, 1)
    W = grey.shape[1]
    for lo, hi, toward in ((max(0, x0 - int(1.5 * h)), x0, -1), (x1, min(W, x1 + int(1.5 * h)), 1)):
        rows = []
        for y in range(max(0, y0), min(grey.shape[0], y1 + 1)):
            dark = np.abs(grey[y] - page) > 80
            start = next((x for x in (range(hi - 1, lo - 1, -1) if toward < 0 else range(lo, hi)) if dark[x]), None)
            if start is None:
                continue
            a, b = _dark_run(dark, start)
            if 0.6 * w <= b - a + 1 <= 6 * w and (b < x0 if toward < 0 else a > x1):
                rows.append((y, a, b))
        if _thin_band(rows, h):
            return (rows[0][0] + rows[-1][0]) / 2, (min(r[1] for r in rows), max(r[2] for r in rows))
    return None


def _bar_inside(grey: np.ndarray, page: float, box) -> tuple[float, tuple[int, int]] | None:
    """A level bar that the OCR read into its label's line (its box reaches over the bar: ``⊢—⊣ 10 N`` read
    as one line): rows of the box whose dark ink runs level from within 0.4 label heights of the box's left
    end (or to within it of its right end), at least 1.2 label heights long (longer than any stroke of a
    digit or an N) and at most 0.8 of the box (the value is in it too), in one band at most half the
    label's height thick. Returns (the bar's row, its x span)."""
    x0, y0, x1, y1 = box
    h, w = max(y1 - y0, 1), max(x1 - x0, 1)
    lead = max(2, int(0.4 * h))
    for toward in (-1, 1):
        rows = []
        for y in range(max(0, y0), min(grey.shape[0], y1 + 1)):
            dark = np.abs(grey[y] - page) > 80
            cols = range(x0, min(x0 + lead, grey.shape[1])) if toward < 0 else range(x1, max(x1 - lead, -1), -1)
            start = next((x for x in cols if 0 <= x < grey.shape[1] and dark[x]), None)
            if start is None:
                continue
            a, b = _dark_run(dark, start)
            if 1.2 * h <= b - a + 1 <= 0.8 * w:
                rows.append((y, a, b))
        if _thin_band(rows, h):
            return (rows[0][0] + rows[-1][0]) / 2, (min(r[1] for r in rows), max(r[2] for r in rows))
    return None


def _dark_run(dark: np.ndarray, x: int) -> tuple[int, int]:
    """The first and last column of the run of dark pixels through column ``x`` of one row."""
    a = b = x
    while a > 0 and dark[a - 1]:
        a -= 1
    while b < len(dark) - 1 and dark[b + 1]:
        b += 1
    return a, b


def _thin_band(rows: list[tuple[int, int, int]], h: int) -> bool:
    """Whether the rows (y, first, last) found holding a bar are one band of adjacent rows at most half
    a label's height ``h`` thick (a bar's stroke, not a letter or a box)."""
    return bool(rows) and len(rows) <= max(1, h // 2) and rows[-1][0] - rows[0][0] < len(rows) + 1


def _off_scale_bars(rgb: np.ndarray, texts, arrows) -> tuple[list, list[tuple[float, float]]]:
    """``texts`` less the value of a scale bar, and the scale bars found as (value in N, length in px): a bare force ("20 N", no symbol) written right over or under
    a level bar, or beside it on its line (``_bar_beside``), (one row band of dark ink at most half the label's height thick, 0.6–4 × the label's width
    long, under the label's middle) that is no arrow's shaft. A scale bar's value is the figure's scale, not
    a force on the body."""
    grey = rgb[..., :3].astype(np.int16).max(axis=2)
    page = float(np.median(grey))
    out = []
    bars: list[tuple[float, float]] = []
    for t in texts:
        text, (x0, y0, x1, y1), _s = t
        h, w = max(y1 - y0, 1), max(x1 - x0, 1)
        cx = (x0 + x1) // 2
        bar_y = None
        ticks = None if _SCALE_RX.match(text) else _SCALE_TICKS_RX.match(text)
        if ticks is not None:
            # the bar's tick read into the line: the value is the scale's only where the bar is in the box
            inside = _bar_inside(grey, page, (x0, y0, x1, y1))
            if inside is not None:
                bar_y, span = inside
                text = ticks.group("v") or ticks.group("w")
        elif _SCALE_RX.match(text):
            for ys in (range(y1, min(grey.shape[0], y1 + int(1.5 * h))),
                       range(max(0, y0 - int(1.5 * h)), y0)):
                rows = []
                for y in ys:
                    dark = np.abs(grey[y] - page) > 80
                    if not dark[cx]:
                        continue
                    a, b = _dark_run(dark, cx)
                    if 0.6 * w <= b - a + 1 <= 4 * w:
                        rows.append((y, a, b))
                if _thin_band(rows, h):
                    bar_y = (rows[0][0] + rows[-1][0]) / 2
                    span = (rows[0][1], rows[0][2])
                    break
            if bar_y is None:
                side = _bar_beside(grey, page, (x0, y0, x1, y1)) or _bar_inside(grey, page, (x0, y0, x1, y1))
                if side is not None:
                    bar_y, span = side
        if bar_y is not None and not any(
                abs(a.tail[1] - bar_y) <= 4 and abs(a.tip[1] - bar_y) <= 4
                and min(a.tail[0], a.tip[0]) <= span[1] and max(a.tail[0], a.tip[0]) >= span[0] for a in arrows):
            v = float(re.match(r"\s*(\d+(?:[.,]\d+)?)", text).group(1).replace(",", "."))
            bars.append((v * (1000.0 if re.search(r"kN", text) else 1.0), float(span[1] - span[0] + 1)))
            continue
        out.append(t)
    return out, bars


def verify_other_tool(rgb: np.ndarray, scene: SceneGraph) -> Verdict:
    """Check a free-body diagram drawn by another tool (no legend panel, its own colours) from its pixels:
    the surface (the longest straight line that is no arrow's shaft: slanted on an incline, level on a
    floor) at the scene's angle within ``OTHER_SURFACE_TOL``; one arrow per force (``nesy.see.forces``:
    filled heads, any colour), matched to the forces by direction — weight straight down, normal
    perpendicular to the measured surface and away from it, friction along it the way the solution has
    it, the rest as solved — each within ``OTHER_ARROW_TOL``, the figure free to rise to the left
    (mirrored; a floor or a rope may be drawn either way round); no arrow left over (an acceleration
    arrow may be drawn when the text gives or asks it); and every value its labels write (OCR) equal to
    the stated or solved quantity (``mechanics_labels.read_values``). Arrow lengths are checked only where
    the figure draws one force scale bar (a value in N beside, over or under a level bar): it then claims to
    be drawn to that scale (``OTHER_SCALE_TOL``); without one another tool need not draw to scale. An arrow labelled as the motion ("motion", "v") is no force
    (``_motion_arrows``); a scale bar's value is no force's (``_off_scale_bars``). What cannot be seen fails
    with a check saying so."""
    import itertools
    from ..see.forces import angdiff, read_force_diagram
    from .mechanics_labels import read_values
    sol = mechanics_solution(scene)
    fd = read_force_diagram(rgb)
    checks: list[Check] = []
    forces_attr = scene.attr("forces") or {}
    inc = scene.attr("incline")
    alpha = 0.0
    mirrors = (False, True)
    surf = None
    if sol.scene in ("horizontal", "incline"):
        lines = [sg for sg in fd.segments if not _on_shaft(sg, fd.arrows)]
        if sol.scene == "incline":
            lines = [sg for sg in lines if 3.0 <= abs(sg.angle) <= 87.0]
        else:
            lines = [sg for sg in lines if abs(sg.angle) <= 30.0]
        if not lines:
            # a hand-drawn surface (xkcd's wobbly incline) is still a straight line: read at a coarser scale
            # where its wobble is under a pixel (``forces.coarse_segments``), same filters
            from ..see.forces import coarse_segments
            lines = [sg for sg in coarse_segments(rgb, fd.texts) if not _on_shaft(sg, fd.arrows)]
            lines = [sg for sg in lines if (3.0 <= abs(sg.angle) <= 87.0 if sol.scene == "incline"
                                            else abs(sg.angle) <= 30.0)]
        if not lines:
            checks.append(Check("surface_drawn", ("surface",), "no straight surface line seen", "a line", 0, False,
                                inc["span"]["text"] if inc else ""))
            return Verdict(tuple(checks), rounds=1)
        surf = lines[0]
        alpha = float(surf.angle)
        seen = abs(alpha) if sol.scene == "incline" else alpha
        checks.append(Check("incline_angle", ("surface", "deg"), round(seen, 2), sol.incline, OTHER_SURFACE_TOL,
                            abs(seen - sol.incline) <= OTHER_SURFACE_TOL, inc["span"]["text"] if inc else ""))
        if sol.scene == "incline":
            mirrors = (alpha < 0,)
    # the expected arrows: every force of every body (+ an acceleration arrow the figure may draw)
    want: list[tuple[str, float, str]] = []
    mags: list[float] = []
    for _bid, _m, acc, fs in sol.bodies:
        for kind, mag, ang in fs:
            if mag > 1e-9:
                phrase = (forces_attr.get(kind.rstrip("2")) or {}).get("span", {}).get("text", "")
                want.append((kind, float(ang), phrase))
                mags.append(float(mag))
    optional = []
    if (scene.attr("accel") or any(a["quantity"] == "accel" for a in scene.attr("asked") or [])):
        for _bid, _m, acc, _fs in sol.bodies:
            if float(np.hypot(*acc)) > 1e-9:
                optional.append(("accel", math.degrees(math.atan2(acc[1], acc[0])), ""))
    # an arrow labelled as the motion ("motion", "v") is no force: neither matched to one nor left over
    moving = _motion_arrows(list(fd.arrows), fd.texts)
    arrows = [a for j, a in enumerate(fd.arrows) if j not in moving]
    solids = None
    if sol.scene in ("pulley", "hanging") or scene.attr("table_pulley"):
        # the pulley and the bodies hanging from its string (or a rope or spring), read by shape
        # (mechanics_solids); a rod into the pulley's axle is no force
        from ..see.bodies import read_solids
        from .mechanics_solids import hanging_checks, off_axles, pulley_checks
        solids = read_solids(rgb, fd.texts, fd.half_width, fd.arrows)
        arrows = off_axles(arrows, solids)
    if len(arrows) > _OTHER_MAX_ARROWS:
        checks.append(Check("arrows_readable", ("arrows",), len(arrows), f"≤ {_OTHER_MAX_ARROWS}", 0, False,
                            "too many arrow-like shapes to tell the forces apart"))
        return Verdict(tuple(checks), rounds=1)

    def expect(kind: str, ang: float, mirror: bool) -> float:
        if kind.startswith("weight"):
            return -90.0
        rel = ang - sol.incline
        return alpha + rel if not mirror else 180.0 + alpha - rel

    targets = want + optional
    best = None
    for mirror in mirrors:
        exp = [expect(k, a, mirror) for k, a, _p in targets]
        slots = list(range(len(arrows))) + [None] * len(targets)
        for perm in itertools.permutations(slots, len(targets)):
            if any(p is not None and perm.count(p) > 1 for p in perm):
                continue
            errs = [angdiff(arrows[p].angle, e) if p is not None else None for p, e in zip(perm, exp)]
            n_ok = sum(1 for i, e in enumerate(errs) if e is not None and e <= OTHER_ARROW_TOL and i < len(want))
            cost = sum(e if e is not None else 180.0 for e in errs[:len(want)])
            key = (-n_ok, cost)
            if best is None or key < best[0]:
                best = (key, mirror, perm, exp)
    _key, mirror, perm, exp = best
    used = set()
    for i, (kind, _ang, phrase) in enumerate(targets):
        p = perm[i]
        if i >= len(want):
            if p is not None and angdiff(arrows[p].angle, exp[i]) <= OTHER_ARROW_TOL:
                used.add(p)
            continue
        if p is None:
            checks.append(Check("arrow_drawn", (kind,), 0, "an arrow", 0, False, phrase))
            continue
        used.add(p)
        obs = arrows[p].angle
        tol = max(OTHER_ARROW_TOL, math.degrees(math.atan2(2.0, max(arrows[p].length, 1.0))))
        ok = angdiff(obs, exp[i]) <= tol
        if kind.startswith("weight"):
            checks.append(Check("weight_vertical", (kind, "deg"), round(obs, 2), -90.0, round(tol, 2), ok, phrase))
        elif kind == "normal" and sol.scene in ("horizontal", "incline"):
            checks.append(Check("normal_perpendicular", ("normal", "surface"), round(obs - alpha, 2), 90.0,
                                round(tol, 2), ok, phrase))
        elif kind == "friction" and sol.scene in ("horizontal", "incline"):
            checks.append(Check("friction_along_surface", ("friction", "surface"), round(obs - alpha, 2),
                                round(exp[i] - alpha, 2), round(tol, 2), ok, phrase))
        else:
            checks.append(Check("arrow_direction", (kind, "deg"), round(obs, 2), round(exp[i], 2), round(tol, 2),
                                ok, phrase))
    if surf is not None and used:
        # the body sits on the surface: its arrows start (median of their tails) on the surface's outer
        # side, at most a fifth of the surface's length from it, and over its extent
        p0, p1 = np.array(surf.p0), np.array(surf.p1)
        d = (p1 - p0) / max(float(np.linalg.norm(p1 - p0)), 1e-9)
        up = np.array([-d[1], d[0]])
        if up[1] > 0:           # image y grows downwards: the outer side is the one above
            up = -up
        tail = np.median(np.array([arrows[j].tail for j in used]), axis=0)
        h = float((tail - p0) @ up)
        along = float((tail - p0) @ d)
        lim = 0.2 * surf.length
        ok = -6.0 <= h <= lim and -6.0 <= along <= float(np.linalg.norm(p1 - p0)) + 6.0
        checks.append(Check("body_on_surface", ("body1", "surface", "px"), round(h, 1), f"0–{lim:.0f} px above it",
                            6.0, ok, inc["span"]["text"] if inc else ""))
    extra = [a for j, a in enumerate(arrows) if j not in used]
    checks.append(Check("no_extra_arrow", ("arrows",), len(extra), 0, 0, not extra,
                        ", ".join(f"arrow at {a.angle:.0f}° from ({a.tail[0]:.0f}, {a.tail[1]:.0f})" for a in extra[:3])))
    if solids is not None and sol.scene == "hanging":
        checks += hanging_checks(rgb, fd.texts, fd.arrows, fd.half_width, solids, scene, sol)
    elif solids is not None:
        checks += pulley_checks(solids, scene, len(sol.bodies), rgb)
    texts, bars = _off_scale_bars(rgb, fd.texts, fd.arrows)
    if len(bars) == 1:
        # a figure with a force scale bar draws its forces to that scale: each force's arrow is as long as its
        # magnitude at the bar's px per newton (a spring force drawn half the weight is a body not at rest)
        # (forces the same way — two bodies' weights — are told apart by nothing their arrows show here, so
        # within each such group the longest arrow is the largest force, and so on down)
        per_n = bars[0][1] / max(bars[0][0], 1e-9)
        groups: dict[int, list[int]] = {}
        for i in range(len(want)):
            if perm[i] is not None:
                key = next((k for k in groups if angdiff(exp[k], exp[i]) <= OTHER_ARROW_TOL), i)
                groups.setdefault(key, []).append(i)
        for idx in groups.values():
            obs_l = sorted(_own_length(rgb, arrows[perm[i]]) / per_n for i in idx)
            for i, obs in zip(sorted(idx, key=lambda i: mags[i]), obs_l):
                tol = OTHER_SCALE_TOL * mags[i] + OTHER_SCALE_PX / per_n
                checks.append(Check("arrow_to_scale", (want[i][0], "N"), round(obs, 2), round(mags[i], 3),
                                    round(tol, 2), abs(obs - mags[i]) <= tol,
                                    want[i][2] or "forces drawn to the figure's scale bar"))
    checks += read_values(texts, scene, sol)
    return Verdict(tuple(checks), rounds=1)


# ---------------------------------------------------------------------------------------------
# the plug-in


@register("nesy.mechanics.v1")
class MechanicsDomain(ExactRender):
    """Mechanics: free-body diagrams of blocks on surfaces and inclines, hanging masses, pulleys."""

    name = "nesy.mechanics.v1"
    key = "mechanics"
    # the measures this science draws from the text with a value standing in where none is given (an incline's
    # angle, a = 0 or a derived acceleration): an unread one is refused (nesy.parse.quantities.unread_quantities).
    # An unread mass or force is no such measure: it is drawn as a symbol (m, mg; forces.json newtons null)
    drawn_quantities = ("deg", "m/s**2")
    reads_questions = True  # the asked quantity is marked on the figure ("a = ?"): the pipeline keeps questions

    def score(self, text: str) -> float:
        """Fraction (0–1) of content words that are mechanics vocabulary; 0 unless a word only
        mechanics uses (block, incline, friction, tension, kg, N …) occurs."""
        return _score(text)

    def parse(self, text: str, *, allow_unknown: bool = False) -> SceneGraph:
        return parse_mechanics(text, allow_unknown=allow_unknown)

    def solve(self, scene: SceneGraph, *, seed: int = 0, attempt: int = 0, feedback: Verdict | None = None,
              timeout_s: float = 10.0) -> Layout:
        """Deterministic: the forces fix the diagram; ``seed`` and ``attempt`` are unused."""
        return solve_mechanics(scene, timeout_s=timeout_s)

    def verify(self, png: bytes, scene: SceneGraph) -> Verdict:
        return verify_mechanics(png, scene)

    def artifacts(self, layout: Layout, scene: SceneGraph) -> dict[str, bytes]:
        """``forces.json``: per body its mass, acceleration and forces (N, direction in degrees)."""
        import json
        sol = mechanics_solution(scene)

        def body(b: str, m: float, a, fs) -> dict:
            # a size neither the text nor the laws fix is no value: null, with the size it was drawn in
            # proportion to beside it ("drawn_newtons"); so is a mass whose weight is schematic (the body is
            # labelled m, never "5 kg" — the solver's default is one consistent choice, not a stated mass)
            own_w = next((k for k, _f, _a in fs if k.startswith("weight")), None)
            free_m = own_w in sol.schematic
            out = {"id": b, "mass_kg": None if free_m else m, "accel": list(a),
                   "forces": [{"kind": k, "newtons": None if k in sol.schematic else f, "direction_deg": ang,
                               **({"schematic": True, "drawn_newtons": f} if k in sol.schematic else {})}
                              for k, f, ang in fs]}
            if free_m:
                out["drawn_mass_kg"] = m
            return out
        d = {"scene": sol.scene, "incline_deg": sol.incline, "g": sol.g,
             "bodies": [body(*x) for x in sol.bodies]}
        if not sol.to_scale:
            # a magnitude the text does not fix is one consistent choice drawn in proportion, no value it gave
            d["to_scale"] = False
            d["note"] = ("forces marked schematic have no size in the text or the laws: their newtons are null, and "
                         "drawn_newtons the size drawn in proportion to one consistent solution, not a value")
        return {"forces.json": json.dumps(d, indent=1).encode()}


def _gravity(P: Any, scene: SceneGraph) -> Any:
    """g as a Z3 term: as the text states it ("g = 9.8 m/s²"), else any g textbooks compute weights with
    (``g_range``: 9.80–9.81 m/s²), standard g_n preferred where the text allows — so a weight the text
    computed with g = 9.8 or 9.81 ("8 kg … its weight is 78.4 N") is not a conflict, while "29.5 N" for 3 kg
    still is."""
    if scene.attr("g"):
        return P.val(Fraction(scene.attr("g")["value"]))
    lo, hi = (Fraction(str(x)) for x in _data()["g_range"])
    g = P.real("g")
    P.s.add(g >= P.val(lo), g <= P.val(hi))
    if not hasattr(P, "exact"):
        P.exact = []
    P.exact.insert(0, (g, P.val(Fraction(str(_data()["g"])))))     # preferred first (``_as_written``)
    return g


def _stated(P: Any, var: Any, raw: str, span: dict | None = None) -> Any:
    """A force the text states, held to the precision it is stated with: "29.42 N" means
    29.415 ≤ F < 29.425 (half a unit in the last written digit), so rounded values are not conflicts."""
    import z3
    txt = str(raw).strip()
    decimals = len(txt.split(".")[1]) if "." in txt and "e" not in txt.lower() else 0
    half = Fraction(1, 2 * 10 ** decimals)
    v = Fraction(txt)
    # "about 80 N", "≈ 49 N": an approximate value is held more loosely (nesy/solve/precision.py)
    from ..solve.precision import half_width
    half = max(half, half_width(span, v))
    # _fixed asks what the text fixes with each stated value taken as written (not its rounding interval)
    if not hasattr(P, "exact"):
        P.exact = []
    P.exact.append((var, P.val(v)))
    return z3.And(var >= P.val(v - half), var <= P.val(v + half))
