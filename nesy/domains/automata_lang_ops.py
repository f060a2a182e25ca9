"""Operations on finite automata for the language compiler (``automata_lang``) and its check
(``automata_lang_check``): NFAs, the subset construction, reversal, and language equivalence.

Constructions follow Hopcroft, Motwani & Ullman, *Introduction to Automata Theory, Languages, and
Computation*, 3rd ed. (HMU): the subset construction §2.3.5, the "k-th symbol from the end" NFA
Example 2.9 / 2.13 (k + 1 states; its DFA has 2^k), the reversal of a regular language §4.2.2 (reverse
every arc, swap start and accepting states), and the equivalence test of two DFAs by their product
(§4.4.2: a pair of states one accepting and one not, reachable from the pair of starts, is a
distinguishing string). No unit: states are counted, strings are over the stated alphabet.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from .automata_lang import DFA, _explore, _minimise

__all__ = ["NFA", "kth_from_end", "subset", "reverse", "distinguish", "to_nfa", "lsb_divisible", "decimal_divisible",
           "mod_count", "length_mod", "length_between"]


@dataclass(frozen=True)
class NFA:
    """States 0..n-1, ``delta[q][symbol]`` a frozenset of states (no ε-moves), one ``start``, ``accepting``."""
    alphabet: tuple[str, ...]
    delta: tuple[dict[str, frozenset[int]], ...]
    start: int
    accepting: frozenset[int]

    def accepts(self, w: str) -> bool:
        cur = {self.start}
        for c in w:
            cur = {r for q in cur for r in self.delta[q].get(c, ())}
        return bool(cur & self.accepting)


def to_nfa(d: DFA) -> NFA:
    """A DFA as an NFA (each move a one-state set; a missing move an empty set)."""
    return NFA(d.alphabet, tuple({c: frozenset({r}) for c, r in row.items()} for row in d.delta), d.start, d.accepting)


def kth_from_end(sigma: tuple[str, ...], k: int, s: str) -> NFA:
    """Strings whose k-th symbol from the end is ``s`` (HMU Ex. 2.9 for k = 2 … generalised): state 0 loops on
    every symbol and guesses, on ``s``, that k - 1 symbols remain (state 1); states 1..k-1 read any symbol;
    state k accepts and has no move. k + 1 states."""
    delta: list[dict[str, frozenset[int]]] = []
    for q in range(k + 1):
        row: dict[str, frozenset[int]] = {}
        for c in sigma:
            if q == 0:
                row[c] = frozenset({0, 1}) if c == s else frozenset({0})
            elif q < k:
                row[c] = frozenset({q + 1})
        delta.append(row)
    return NFA(sigma, tuple(delta), 0, frozenset({k}))


def subset(n: NFA) -> DFA:
    """The subset construction (HMU §2.3.5) on the reachable sets, the empty set a dead state, then minimised."""
    order, delta = _explore(frozenset({n.start}), n.alphabet,
                            lambda S, c: frozenset(r for q in S for r in n.delta[q].get(c, ())))
    acc = frozenset(k for k, S in enumerate(order) if S & n.accepting)
    return _minimise(DFA(n.alphabet, tuple(delta), 0, acc))


def reverse(d: DFA) -> DFA:
    """The minimal DFA of the reversal of L(d) (HMU §4.2.2): arcs reversed, a new start joined to every
    accepting state, the old start accepting; then the subset construction."""
    n = len(d.delta)
    new = n                                    # the added start state
    delta: list[dict[str, set[int]]] = [dict() for _ in range(n + 1)]
    for q, row in enumerate(d.delta):
        for c, r in row.items():
            delta[r].setdefault(c, set()).add(q)
    # the new start moves like every accepting state together (no ε-moves in NFA)
    for f in d.accepting:
        for c, qs in delta[f].items():
            delta[new].setdefault(c, set()).update(qs)
    acc = {d.start} | ({new} if d.start in d.accepting else set())
    nfa = NFA(d.alphabet, tuple({c: frozenset(v) for c, v in row.items()} for row in delta), new, frozenset(acc))
    return subset(nfa)


def distinguish(a: NFA, b: DFA, limit: int = 100000) -> str | None:
    """A shortest string one of ``a`` (an NFA, possibly partial) and ``b`` accepts and the other does not, by a
    breadth-first search of their product (the NFA side as sets of states, HMU §4.4.2); None when they accept
    the same language over ``b``'s alphabet."""
    start = (frozenset({a.start}), b.start)
    seen = {start: ""}
    queue = deque([start])
    while queue:
        S, q = queue.popleft()
        w = seen[(S, q)]
        if bool(S & a.accepting) != (q in b.accepting):
            return w
        for c in b.alphabet:
            T = frozenset(r for p in S for r in a.delta[p].get(c, ()))
            nxt = (T, b.delta[q][c])
            if nxt not in seen:
                if len(seen) >= limit:
                    raise ValueError("product of the automata too large to compare")
                seen[nxt] = w + c
                queue.append(nxt)
    return None


def _mod(sigma: tuple[str, ...], m: int, step, accept: set[int]) -> DFA:
    return DFA(sigma, tuple({c: step(q, c) % m for c in sigma} for q in range(m)), 0, frozenset(accept))


def mod_count(sigma: tuple[str, ...], s: str, n: int, r: int) -> DFA:
    """Strings whose number of ``s`` is ≡ r (mod n): n states holding the count mod n."""
    return _mod(sigma, n, lambda q, c: q + (c == s), {r % n})


def length_mod(sigma: tuple[str, ...], n: int, r: int) -> DFA:
    """Strings whose length is ≡ r (mod n): n states holding the length mod n."""
    return _mod(sigma, n, lambda q, c: q + 1, {r % n})


def length_between(sigma: tuple[str, ...], lo: int, hi: int | None) -> DFA:
    """Strings of length lo..hi (hi None: no bound): states 0..top counting symbols, capped (no bound) or a
    dead state past hi."""
    top = lo if hi is None else hi + 1
    delta = tuple({c: min(top, q + 1) for c in sigma} for q in range(top + 1))
    acc = {q for q in range(top + 1) if q >= lo and (hi is None or q <= hi)}
    return DFA(sigma, delta, 0, frozenset(acc))


def decimal_divisible(sigma: tuple[str, ...], n: int, r: int = 0) -> DFA:
    """Numbers written in base len(sigma) = 10 (digits '0'..'9'), most significant digit first, ≡ r (mod n):
    n states holding the value mod n (digit d takes q to 10 q + d mod n)."""
    base = len(sigma)
    return _mod(sigma, n, lambda q, c: base * q + int(c), {r})


def lsb_divisible(n: int, r: int = 0) -> DFA:
    """Binary numbers read least significant bit first, ≡ r (mod n): the reversal of the most-significant-
    bit-first DFA (HMU §4.2.2), minimised."""
    msb = _mod(("0", "1"), n, lambda q, c: 2 * q + int(c), {r})
    return reverse(msb)
