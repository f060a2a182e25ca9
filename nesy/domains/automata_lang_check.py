"""The verifier's language checks for an automaton built from a described language (``automata_lang``).

The pixel verifier (``automata_verify``) checks that every state, mark and transition of the scene is drawn,
and nothing else; these checks then say whether what is drawn accepts exactly the language the text
describes. The description is compiled again from the text (not taken from the scene), and the drawn
automaton — the scene's transitions, an NFA in general, possibly partial — is compared with it:

- ``language_equivalent``: a breadth-first search of the product of the drawn automaton (its subsets of
  states) and the description's minimal DFA finds no string one accepts and the other rejects (HMU §4.4.2);
- ``language_strings``: every string over the alphabet up to a length bound (the two automata's state counts
  together, the bound under which two automata that differ must differ; at most 4096 strings) is accepted
  by the drawn automaton exactly when the description, read as a predicate on the string itself
  ("x.count('0') % 2 == 0", "int(x, 2) % 3 == 0", "x[-2] == 'a'"), holds — a second reading that shares no
  automaton construction with the first;
- ``stated_states``: a number of states the text states ("with only two states", "at most 4 states") is the
  number of states drawn (or a bound on it);
- ``fewest_states``: where the fewest states were asked of a DFA, the drawn DFA has as many states as the
  minimal DFA of its own language (Moore's refinement, HMU §4.4.3).
"""
from __future__ import annotations

import itertools

from ..types import Check, SceneGraph

__all__ = ["language_checks", "given_language"]

MAX_STRINGS = 4096


def _drawn(scene: SceneGraph, sigma: tuple[str, ...]):
    from .automata_lang_ops import NFA
    names = [e.id for e in scene.entities]
    ix = {n: k for k, n in enumerate(names)}
    delta: list[dict[str, set[int]]] = [dict() for _ in names]
    for t in scene.attr("transitions") or []:
        delta[ix[t["source"]]].setdefault(t["symbol"], set()).add(ix[t["target"]])
    start = next(ix[e.id] for e in scene.entities if e.attr("start"))
    acc = frozenset(ix[e.id] for e in scene.entities if e.attr("accepting"))
    return NFA(sigma, tuple({c: frozenset(v) for c, v in row.items()} for row in delta), start, acc)


def language_checks(scene: SceneGraph) -> list[Check]:
    """The checks above for a scene built from a language; [] for any other scene."""
    info = scene.attr("language")
    if not info:
        return []
    from .automata_lang import build
    from .automata_lang_ops import distinguish, subset
    ph = dict(info["phrase"])
    alpha = (scene.attr("alphabet") or {}).get("symbols") or sorted({t["symbol"] for t in scene.attr("transitions") or []
                                                                     if t["symbol"] is not None})
    if info.get("read_as"):
        ph = {**ph, "text": info["read_as"]}
    lang = build(info.get("read_text") or scene.text, ph, list(alpha) if alpha else None, scene.attr("kind") or "dfa")
    if lang is None:
        return [Check("language_equivalent", ("language",), "description not read again", "read", 0, False,
                      ph["text"])]
    sigma = lang.dfa.alphabet
    drawn = _drawn(scene, sigma)
    checks: list[Check] = []
    if any(c not in sigma for row in drawn.delta for c in row):
        checks.append(Check("language_equivalent", ("language",), "a symbol outside the alphabet", "none", 0, False,
                            ph["text"]))
        return checks
    w = distinguish(drawn, lang.dfa)
    checks.append(Check("language_equivalent", ("language",), "equivalent" if w is None else f"differs on '{w}'",
                        "equivalent", 0, w is None, ph["text"]))
    n_bound = len(drawn.delta) + len(lang.dfa.delta)
    bad, count, length = None, 0, 0
    for n in range(n_bound + 1):
        if count + len(sigma) ** n > MAX_STRINGS:
            break
        for x in map("".join, itertools.product(sigma, repeat=n)):
            count += 1
            if drawn.accepts(x) != bool(lang.pred(x)):
                bad = x
                break
        length = n
        if bad is not None:
            break
    checks.append(Check("language_strings", ("language",), "all agree" if bad is None else f"differs on '{bad}'",
                        f"all {count} strings up to length {length}", 0, bad is None, ph["text"]))
    if info.get("minimal_asked") and all(len(v) <= 1 for row in drawn.delta for v in row.values()):
        least = len(subset(drawn).delta)
        # the subset construction adds a dead state a partial DFA leaves out: count the drawn states, less none
        n_drawn = len(drawn.delta)
        checks.append(Check("fewest_states", ("language",), n_drawn, f"{least} (the minimal DFA)", 0,
                            n_drawn <= least, ph["text"]))
    for c in info.get("states_asked") or []:
        # a number of states the text states ("with only two states", "at most 4 states"): counted on the drawing
        n_drawn = len(drawn.delta)
        ok = n_drawn == c["n"] if c["bound"] == "exact" else n_drawn <= c["n"]
        checks.append(Check("stated_states", ("language",), n_drawn,
                            f"{'' if c['bound'] == 'exact' else 'at most '}{c['n']}", 0, ok, c["phrase"]["text"]))
    return checks


def given_language(text: str, ph: dict, states: list[str], starts: list, accepts: list, trans: list[dict],
                   alpha: list[str] | None, kind: str) -> bool:
    """Whether the automaton a text states (its states, start and accepting marks, transitions) accepts exactly
    the language the phrase ``ph`` of the same text describes (``automata_lang.build``; equivalence by
    ``distinguish``). False when the phrase is not read whole, the automaton has ε-moves, unlabelled edges or
    not exactly one start state, or the two differ."""
    from .automata_lang import build
    from .automata_lang_ops import NFA, distinguish
    start_states = {n for n, _p in starts}
    if len(start_states) != 1 or not states or any(t["symbol"] in (None, "ε") for t in trans):
        return False
    sigma = list(alpha) if alpha else sorted({t["symbol"] for t in trans})
    try:
        lang = build(text, ph, sigma, kind)
    except Exception:       # an example the phrase contradicts, an aside refused: not read, reported as before
        return False
    if lang is None or any(t["symbol"] not in lang.dfa.alphabet for t in trans):
        return False
    ix = {n: k for k, n in enumerate(states)}
    if any(t["source"] not in ix or t["target"] not in ix for t in trans) or not start_states <= set(ix):
        return False
    delta: list[dict[str, set[int]]] = [dict() for _ in states]
    for t in trans:
        delta[ix[t["source"]]].setdefault(t["symbol"], set()).add(ix[t["target"]])
    acc = frozenset(ix[n] for n, _p in accepts if n in ix)
    nfa = NFA(lang.dfa.alphabet, tuple({c: frozenset(v) for c, v in row.items()} for row in delta),
              ix[next(iter(start_states))], acc)
    return distinguish(nfa, lang.dfa) is None
