"""The scene of an automaton built from a described language, and what ``automaton.json`` says beyond the
diagram: parse (``automata.parse_automaton``) hands a language phrase here, ``automata_lang.build`` compiles it,
and the states, marks and transitions of the result become a ``SceneGraph`` whose every part carries the
language phrase as its source; solve, draw and verify then treat it as any stated automaton, and the verifier
adds the language checks (``automata_lang_check``).
"""
from __future__ import annotations

import re

from ..errors import UnknownWordsError
from ..types import Entity, Relation, SceneGraph, Span, _freeze

__all__ = ["from_language", "automaton_notes"]


def from_language(text: str, ph: dict, facts: dict, unknown: list, allow_unknown: bool) -> SceneGraph | None:
    """The scene of the automaton of the language ``ph`` describes (``automata_lang.build``): the minimal
    complete DFA, or for an NFA asked of a k-th-symbol-from-the-end language its (k + 1)-state NFA; states
    named q0, q1, … breadth-first; every state, transition, start and accepting mark carries the language
    phrase as its source. None when the description is not understood (the caller refuses it)."""
    from .automata import _common, _names, _patterns, _sp, _symbol
    from .automata_lang import build
    alpha = facts["alphabet"][0][0] if facts["alphabet"] else None
    if alpha is None:
        # "strings over {a, b} that …": the alphabet inside the language phrase, read as _scan reads one
        P = _patterns(())
        m = P["alphabet"].search(ph["text"])
        alpha = [_symbol(x) for x, _, _ in _names(m.group("syms"), P["sym"], 0)] if m else None
    m = re.match(r":\s*[^.;:]+", text[ph["end"]:])
    if m:   # "accepting exactly one string: ab" — the string after the colon is the description's
        ph = _sp(ph["start"], ph["end"] + m.end(), text)
    head = re.search(r"(?i)(?<![A-Za-z])(?:an?|the|each|every)\s+(?:valid\s+|legal\s+)?[A-Za-z][A-Za-z-]{2,}\s+(?:is|are)\s+$",
                     text[max(0, ph["start"] - 60):ph["start"]])
    if head and re.match(r"(?i)(?:any|an?|every|all|the)\s+(?:(?:binary|bit|input)\s+)?(?:strings?|words?|sequences?)\b", ph["text"]):
        # "A code is any string over {0,1} without …": the definition head names the strings (automata_lang_seq)
        ph = _sp(max(0, ph["start"] - 60) + head.start(), ph["end"], text)
    kinds = facts["kind"]
    kind = kinds[0][0] if kinds else "dfa"
    why: list[str] = []
    lang = build(text, ph, list(alpha) if alpha else None, kind, why)
    if lang is None:
        # "a DFA with just one state that accepts a but rejects aa": examples and a count, decided (automata_examples)
        from .automata_examples import check_examples
        check_examples(text, ph, kind)
        facts["language_why"] = why
        return None
    again, unread = _said_again(text, ph, facts, lang, alpha, kind)
    from .automata_lang_read import remarks
    # "The empty PIN is allowed.", "All others are rejected.": a sentence that only agrees with the language
    said = [r for r in remarks(text, ph, lang.dfa.accepts("")) if not any(
        p["start"] < r["end"] and r["start"] < p["end"] for p in again + unread)]
    from .automata_lang_count import fit, stated_counts
    counts = stated_counts(text)     # "with only two states", "a 3-state DFA": read, and checked below
    unknown = [u for u in unknown if not any(p["start"] <= u[1] and u[2] <= p["end"] for p in again + unread + said)]
    unknown = sorted(unknown + [(p["text"], p["start"], p["end"]) for p in unread], key=lambda u: u[1])
    rest = [u for u in unknown if not (ph["start"] <= u[1] and u[2] <= ph["end"])
            and not any(g["start"] <= u[1] and u[2] <= g["end"] for g in facts["goal"])
            and not any(c.phrase["start"] <= u[1] and u[2] <= c.phrase["end"] for c in counts)]
    if rest and not allow_unknown:
        raise UnknownWordsError(rest, text)
    minimal = lang.minimal or any(re.search(r"(?i)fewest|least|minim|smallest|few\s+states", g["text"])
                                  for g in facts["goal"])
    dfa = lang.dfa
    sp = Span(ph["start"], ph["end"], ph["text"])
    if lang.nfa is not None:
        nfa = lang.nfa
        n_states, start, accepting = len(nfa.delta), nfa.start, nfa.accepting
        moves = [(q, c, r) for q, row in enumerate(nfa.delta) for c in nfa.alphabet for r in sorted(row.get(c, ()))]
        if lang.nfa_construction:
            construction = lang.nfa_construction
        elif any(len(v) > 1 for row in nfa.delta for v in row.values()):
            construction = (f"NFA of {n_states} states (HMU Example 2.9, the k-th symbol from the end: k + 1 states, "
                            "the fewest an NFA can have, by the fooling set of the splits of one string of the "
                            f"language; its minimal DFA has {len(dfa.delta)})")
        else:
            construction = (f"minimal DFA of {len(dfa.delta)} states less its dead state: {n_states} states drawn, "
                            "a partial DFA")
    else:
        n_states, start, accepting = len(dfa.delta), dfa.start, dfa.accepting
        moves = [(q, c, r) for q, row in enumerate(dfa.delta) for c, r in row.items()]
        construction = f"minimal complete DFA of {n_states} states (Moore's partition refinement, HMU §4.4)"
    fitted = fit(counts, lang, kind, minimal, ph)
    if fitted is not None:
        n_states, start, accepting, moves, construction = fitted
    notes = list(lang.notes) + [f"the language is said again in '{p['text']}' at {p['start']}-{p['end']}: the same "
                                "language (equal minimal DFAs), read once" for p in again] + \
        [f"the remark '{p['text']}' at {p['start']}-{p['end']} agrees with the language (read; it adds nothing)"
         for p in said]
    if kind == "nfa" and lang.nfa is None and minimal:
        notes.append(f"drawn as its minimal DFA ({n_states} states), which is also an NFA; nesy does not search for "
                     "a smaller NFA")
    names = [f"q{k}" for k in range(n_states)]
    trans = [{"source": names[q], "target": names[r], "symbol": c, "phrase": ph} for q, c, r in moves]
    entities = tuple(Entity(n, "state", n, _freeze({"start": k == start, "accepting": k in accepting}), sp)
                     for k, n in enumerate(names))
    relations = tuple(Relation("transition", t["source"], t["target"], sp) for t in trans)
    attrs = {"kind": kind, "kind_phrase": kinds[0][1] if kinds else None, "transitions": trans,
             "starts": [{"state": names[start], "phrase": ph}],
             "accepts": [{"state": names[k], "phrase": ph} for k in sorted(accepting)],
             "declared": None, "listed_phrase": None, "listed": [], "implicit_states": True, "count": None,
             "alphabet": ({"symbols": list(alpha), "phrase": facts["alphabet"][0][1]} if facts["alphabet"] else
                          {"symbols": list(dfa.alphabet), "phrase": ph}),
             "duplicates": [], "language": {"phrase": ph, "construction": construction, "states": n_states,
                                            "minimal_asked": minimal, "notes": notes,
                                            "states_asked": [{"n": c.n, "bound": c.bound, "phrase": c.phrase}
                                                             for c in counts],
                                            "goal": [g["text"] for g in facts["goal"]],
                                            # the words as read (a corrected typo "strngs" → "strings" is mapped
                                            # back to the user's text in the phrase, not here): the verifier reads these
                                            "read_as": ph["text"], "read_text": text}}
    common, _ = _common()
    ignored = tuple(Span(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\W\d_]+", text)
                    if m.group(0).lower() in common and not (ph["start"] <= m.start() < ph["end"]))
    return SceneGraph("automata", text, entities, relations, _freeze(attrs), ignored,
                      tuple(Span(s, e, w) for w, s, e in rest))


# a phrase that names the language already stated by reference, describing none of its own
_BACK_REF = re.compile(r"(?i)\b(?:this|that|the\s+same|the\s+above|the\s+given|such\s+a)\s+language\b")


def _said_again(text: str, ph: dict, facts: dict, lang, alpha, kind: str) -> tuple[list[dict], list[dict]]:
    """The other language phrases of the text ("`// accepts 0*10*` … Binary strings with exactly one 1"): those
    that describe the same language as ``ph`` (equal minimal DFAs over one alphabet: the minimal DFA of a language
    is unique up to naming, HMU §4.4.4, and ``automata_lang`` names its states canonically), and those nesy
    could not read (listed whole, never taken as agreeing). One that describes another language is refused,
    naming both phrases: the text says two things of one automaton and nesy does not choose."""
    from ..errors import UnsupportedError
    from .automata_lang import build
    same, unread = [], []
    for p in facts["language"]:
        if _BACK_REF.search(p["text"]):
            continue   # "a DFA that recognises exactly this language, with …": the language stated, named again
        from .automata_lang_combine import in_definition
        if in_definition(text, p):
            continue   # "L2 = strings with …": one of the languages named, read with them (automata_lang_combine)
        if p["end"] <= ph["start"] or p["start"] >= ph["end"]:
            try:
                other = build(text, p, list(alpha) if alpha else None, kind, [])
            except UnsupportedError:
                other = None
            if other is None:
                unread.append(p)
            elif (other.dfa.alphabet, other.dfa.delta, other.dfa.accepting) == \
                    (lang.dfa.alphabet, lang.dfa.delta, lang.dfa.accepting):
                same.append(p)
            else:
                w = next((w for k in range(7) for w in _words(lang.dfa.alphabet, k)
                          if lang.dfa.accepts(w) != other.dfa.accepts(w)), None)
                raise UnsupportedError(
                    f"the phrases '{ph['text']}' at {ph['start']}-{ph['end']} and '{p['text']}' at {p['start']}-"
                    f"{p['end']} describe two different languages" + (f" (the string '{w}' is in one and not the "
                    "other)" if w is not None else "") + "; nesy draws one automaton: keep the one you mean")
    return same, unread


def _words(sigma, k: int):
    import itertools
    return ("".join(t) for t in itertools.product(sigma, repeat=k))


def automaton_notes(scene: SceneGraph) -> dict:
    """What ``automaton.json`` says beyond the diagram: for a built language its phrase, construction, state
    count and assumptions; for a DFA or machine with symbols that leaves some (state, symbol) without a move,
    the moves it lacks — a partial DFA, whose missing moves reject (HMU §2.2.3: the dead state is not drawn)."""
    from .automata import EPS
    out: dict = {}
    lang = scene.attr("language")
    if lang:
        out["language"] = {"phrase": lang["phrase"]["text"], "construction": lang["construction"],
                           "notes": list(lang.get("notes") or [])}
    trans = scene.attr("transitions") or []
    if scene.attr("kind") in ("dfa", "machine") and trans and all(t["symbol"] not in (None, EPS) for t in trans):
        sigma = list((scene.attr("alphabet") or {}).get("symbols") or dict.fromkeys(t["symbol"] for t in trans))
        have = {(t["source"], t["symbol"]) for t in trans}
        missing = [[e.id, c] for e in scene.entities for c in sigma if (e.id, c) not in have]
        if missing:
            from .automata import _NO_OTHER
            said = _NO_OTHER.search(scene.text)
            out["partial"] = {"missing": missing, "note": "no move drawn for these (state, symbol) pairs: the "
                              "automaton rejects there (an undrawn dead state); no dead state is added"
                              + (f" ('{said.group(0)}')" if said else "")}
    return out
