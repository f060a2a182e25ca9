"""A number of states the text states for an automaton built from a described language ("a DFA with only two
states that accepts …", "a 3-state DFA for …", "using at most 4 states", "with no more than three states").

The count is a constraint on the drawn automaton, never dropped: the language's minimal DFA (Moore's
refinement, ``automata_lang``) has the fewest states any DFA of the language can have — by the Myhill–Nerode
theorem every DFA of the language has at least one state per class of its right-invariant equivalence, and
the minimal DFA has exactly one (Hopcroft, Motwani & Ullman, *Introduction to Automata Theory, Languages, and
Computation*, 3rd ed., §4.4.3–4.4.4). So, m being that number:

- "at most n" / "no more than n" / "n or fewer" / "fewer than n + 1": m ≤ n is met by the minimal DFA; m > n is
  impossible (``UnsatisfiableError``, exit 3, naming the count and the language phrase);
- "n states" / "exactly n" / "only n" / "an n-state DFA": m > n is impossible; m = n is the minimal DFA; n > m is
  met by a DFA of the same language with equivalent states split apart (a state copied, one move into it sent
  to the copy: both accept the same strings from there on, so the language is unchanged) — drawn, and said;
  where the minimal DFA has a dead state and n = m − 1, the DFA without its dead state (a partial DFA, HMU
  §2.2.3) is drawn instead, said in the notes;
- with "the fewest states" also asked, an exact count other than m is impossible.

For an NFA nesy knows no smallest NFA in general, so a count below what it draws is refused (``UnsupportedError``)
rather than called impossible. A number before "state(s)" in any other wording is refused naming it: a count
that is not read must not let a figure verify as if it had been.
"""
from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

__all__ = ["StatedCount", "stated_counts", "fit"]

_MOD = (r"(?P<mod>at\s+most|no\s+more\s+than|not\s+more\s+than|up\s+to|a\s+maximum\s+of|at\s+the\s+most|"
        r"fewer\s+than|less\s+than|exactly|precisely|only|just|no\s+more\s+and\s+no\s+less\s+than)")


@dataclass(frozen=True)
class StatedCount:
    """``n`` states, ``bound`` 'max' (at most n) or 'exact'; ``phrase`` a ``{text, start, end}`` span."""
    n: int
    bound: str
    phrase: dict


def _count_rx() -> str:
    from ..parse.words import count_rx
    return count_rx()


def stated_counts(text: str) -> list[StatedCount]:
    """Every number of states the text states; raises ``UnsupportedError`` naming a number before "state(s)"
    that is in none of the wordings read (module docstring)."""
    from ..errors import InputError, UnsupportedError
    from ..parse.words import read_count
    c = _count_rx()
    pats = [
        # "with only two states", "using at most 4 states", "having 3 or fewer states", "with exactly three states"
        re.compile(rf"(?i)(?<![\w-])(?:(?:with|using|having|of|in)\s+)?(?:{_MOD}\s+)?(?P<count>{c})(?:\s+(?P<orf>or\s+(?:fewer|less)))?\s+states?(?![\w-])"),
        # "a 2-state DFA", "a three-state automaton", "a two state DFA"
        re.compile(rf"(?i)(?<![\w-])(?:{_MOD}\s+)?(?P<count>{c})[-\s]state(?![\w-])(?=\s+(?:dfa|nfa|automat|machine|fsm|"
                   r"finite|deterministic|nondeterministic|minimal|complete))"),
    ]
    out: list[StatedCount] = []
    taken: list[tuple[int, int]] = []
    for p in pats:
        for m in p.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            try:
                n = read_count(m.group("count"), m.start("count"), what="states")
            except InputError:
                continue        # not a count ("q0 states"): the other readers see it
            mod = re.sub(r"\s+", " ", (m.group("mod") or "").lower())
            if mod in ("fewer than", "less than"):
                n, bound = n - 1, "max"
            elif mod in ("at most", "no more than", "not more than", "up to", "a maximum of", "at the most") or \
                    m.groupdict().get("orf"):
                bound = "max"
            else:
                bound = "exact"
            out.append(StatedCount(n, bound, {"text": m.group(0), "start": m.start(), "end": m.end()}))
            taken.append((m.start(), m.end()))
    # a number before "state(s)" in another wording ("at least two states", "between 2 and 3 states")
    for m in re.finditer(rf"(?i)(?<![\w-])(?P<count>{c})(?:[-\s]+\w+){{0,2}}?[-\s]+states?(?![\w-])", text):
        if any(a <= m.start("count") < b for a, b in taken):
            continue
        if re.match(r"(?i)\s*(?:cm|mm|px|pt|in|inch(?:es)?|µm|m)(?![\w])", text[m.end("count"):]) or \
                re.search(r"[,;:]", m.group(0)):
            continue        # a size of the drawing ("arrows 3 cm, state circles 1 cm"), or a list: no count of states
        try:
            read_count(m.group("count"), m.start("count"), what="states")
        except InputError:
            continue
        s = max(0, text.rfind(" ", 0, max(0, m.start() - 1)))
        s = max(0, text.rfind(" ", 0, max(0, s - 1)) + 1)
        raise UnsupportedError(
            f"the number of states in '{text[s:m.end()].strip()}' at {s}-{m.end()} is not read: nesy reads a count "
            "of states as 'with n states', 'exactly n states', 'at most n states', 'an n-state DFA'; rephrase it")
    return out


def _split(n_target: int, delta: list[dict[str, int]], start: int, acc: set[int]) -> list[dict[str, int]] | None:
    """A complete DFA of the same language with ``n_target`` states: repeatedly a state copied (same moves,
    same acceptance) and one move into it sent to the copy, keeping every state reachable."""
    delta = [dict(r) for r in delta]
    while len(delta) < n_target:
        done = False
        edges = [(q, ch, r) for q, row in enumerate(delta) for ch, r in row.items()]
        # the start state first (it stays reachable whatever move is sent away from it), then the others
        edges.sort(key=lambda e: (e[2] != start, e[2], e[0], e[1]))
        for q, ch, s in edges:
            trial = [dict(r) for r in delta] + [dict(delta[s])]
            trial[q][ch] = len(delta)
            if _all_reachable(trial, start):
                delta, done = trial, True
                if s in acc:
                    acc.add(len(delta) - 1)
                break
        if not done:
            return None
    return delta


def _all_reachable(delta: list[dict[str, int]], start: int) -> bool:
    seen, queue = {start}, deque([start])
    while queue:
        q = queue.popleft()
        for r in delta[q].values():
            if r not in seen:
                seen.add(r)
                queue.append(r)
    return len(seen) == len(delta)


def fit(counts: list[StatedCount], lang, kind: str, minimal: bool, ph: dict):
    """What to draw to meet the stated counts: None (the automaton ``from_language`` would draw already meets
    them) or ``(n_states, start, accepting, moves, construction)``; raises ``UnsatisfiableError`` when no DFA
    of the language has that many states, ``UnsupportedError`` for an NFA count nesy cannot decide."""
    from ..errors import UnsatisfiableError, UnsupportedError
    if not counts:
        return None
    dfa = lang.dfa
    m = len(dfa.delta)
    law = {"law": "Myhill–Nerode: no DFA of a language has fewer states than its minimal DFA",
           "source": "Hopcroft, Motwani & Ullman, Introduction to Automata Theory, 3rd ed., §4.4"}
    drawn_n = len(lang.nfa.delta) if lang.nfa is not None else m
    hi = min(c.n for c in counts)
    exact = sorted({c.n for c in counts if c.bound == "exact"})
    if len(exact) > 1 or (exact and exact[0] > hi):
        c0 = [c for c in counts if c.bound == "exact" or c.n < exact[0]]
        raise UnsatisfiableError([c.phrase for c in c0[:2]], [], detail="two different numbers of states are stated")
    want = exact[0] if exact else None
    if kind == "nfa":
        if drawn_n <= hi and (want is None or want == drawn_n):
            return None
        raise UnsupportedError(
            f"'{counts[0].phrase['text']}' at {counts[0].phrase['start']}-{counts[0].phrase['end']} asks for an NFA "
            f"of that many states; nesy draws this language's NFA with {drawn_n} states and does not search for "
            "NFAs of another size; ask for a DFA or leave the count out")
    dead = [q for q, row in enumerate(dfa.delta) if q not in dfa.accepting and all(r == q for r in row.values())]
    partial_ok = bool(dead) and (want == m - 1 or (want is None and hi == m - 1))
    if (m > hi and not partial_ok) or (minimal and want is not None and want != m and not partial_ok):
        c0 = next(c for c in counts if c.n == hi) if m > hi else next(c for c in counts if c.n == want)
        raise UnsatisfiableError(
            [c0.phrase, ph], [law],
            detail=(f"the language's minimal DFA has {m} states (Moore's partition refinement), and no DFA of it "
                    f"has fewer" + (", nor is a DFA of more states the smallest one" if m <= hi else "")),
            fix=[c0.phrase])
    if partial_ok and m > (want or hi):
        from .automata_lang import _without_dead
        nfa = _without_dead(dfa)
        moves = [(q, ch, r) for q, row in enumerate(nfa.delta) for ch in nfa.alphabet for r in sorted(row.get(ch, ()))]
        return (len(nfa.delta), nfa.start, nfa.accepting, moves,
                f"minimal DFA of {m} states less its dead state: {len(nfa.delta)} states drawn, a partial DFA (a "
                f"missing move rejects; HMU §2.2.3), as '{counts[0].phrase['text']}' asks")
    if want is None or want == drawn_n:
        return None
    if lang.nfa is not None:
        raise UnsupportedError(
            f"'{counts[0].phrase['text']}' at {counts[0].phrase['start']}-{counts[0].phrase['end']}: nesy draws this "
            f"automaton with {drawn_n} states and does not pad a partial automaton; leave the count out")
    acc = set(dfa.accepting)
    delta = _split(want, list(dfa.delta), dfa.start, acc)
    if delta is None:
        raise UnsupportedError(f"'{counts[0].phrase['text']}': nesy found no way to draw this language with that "
                               "many states")
    moves = [(q, ch, r) for q, row in enumerate(delta) for ch, r in row.items()]
    return (want, dfa.start, frozenset(acc), moves,
            f"a DFA of {want} states, as '{counts[0].phrase['text']}' asks: the minimal DFA has {m}, and "
            f"{want - m} state(s) are copies of a state with a move into it sent to the copy (equivalent states, "
            "the same language; HMU §4.4)")
