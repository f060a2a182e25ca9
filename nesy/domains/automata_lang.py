"""A DFA built from a described language: "a DFA over {a, b} that accepts the strings ending in ab",
"binary strings with an even number of 0s", "binary numbers divisible by 3", "strings that start with 1 and
end with 0, like 10, 110 and 1010".

The description is read as conditions on the input string, each a small DFA over the alphabet, joined
by "and" (intersection) or "or" (union), and "not"/"do not" (complement):

- ``ending in|with w`` — the suffix automaton of w (Knuth–Morris–Pratt failure links);
- ``starting|beginning with w`` — a prefix chain and a dead state;
- ``containing w (as a substring)`` — the KMP automaton of w, its last state absorbing;
- ``an even|odd number of s`` — two states counting s modulo 2;
- ``of even|odd length`` — two states counting symbols modulo 2;
- ``divisible by n`` of binary numbers read most significant bit first — n states holding the value mod n
  (each bit b takes r to 2r + b mod n);
- ``exactly|only the string w`` — a chain and a dead state;
- ``at least|at most|exactly|more than|fewer than|no more than k s's`` — states counting s up to k (+1),
  the count capped (at least) or a dead state past it (at most, exactly);
- ``whose k-th symbol is s`` (from the start; k ≤ 10) — k position states, then an accepting and a dead sink.
  "from the end" is not read (its DFA has 2^k states; HMU Example 2.13): refused.

The product of the conditions' automata (reachable pairs only) is minimised by partition refinement
(Moore's algorithm; Hopcroft, Motwani & Ullman, *Introduction to Automata Theory, Languages, and
Computation*, 3rd ed., §2.2, §4.4) and its states are named q0, q1, … in breadth-first order from the start.
Examples the text gives ("like 10, 110 and 1010", "e.g.", "such as") must be accepted, or the text is
refused naming the example (``UnsupportedError``). A word of the description that is none of these is never guessed at: ``synthesize`` returns None
and the caller refuses the text as before.
"""
from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

__all__ = ["DFA", "synthesize", "MAX_STATES"]

MAX_STATES = 24   # a language whose minimal DFA is larger is refused: too many states to draw legibly


@dataclass(frozen=True)
class DFA:
    """A complete DFA: states 0..n-1, ``delta[q][symbol]``, ``start``, ``accepting``."""
    alphabet: tuple[str, ...]
    delta: tuple[dict[str, int], ...]
    start: int
    accepting: frozenset[int]

    def accepts(self, w: str) -> bool:
        q = self.start
        for c in w:
            if c not in self.delta[q]:
                return False
            q = self.delta[q][c]
        return q in self.accepting


def _kmp(w: str, sigma: tuple[str, ...], absorb: bool) -> DFA:
    """States 0..len(w): the longest prefix of w that is a suffix of what was read (the string-matching
    automaton, CLRS §32.3); ``absorb``: once w has been seen, stay (substring) instead of matching on."""
    n = len(w)
    delta: list[dict[str, int]] = []
    for q in range(n + 1):
        row = {}
        for c in sigma:
            if absorb and q == n:
                row[c] = n
                continue
            k = min(n, q + 1)
            while k > 0 and not (w[:q] + c).endswith(w[:k]):
                k -= 1
            row[c] = k
        delta.append(row)
    return DFA(sigma, tuple(delta), 0, frozenset({n}))


def _chain(w: str, sigma: tuple[str, ...], prefix: bool) -> DFA:
    """Read w exactly (states 0..len(w), then a dead state); ``prefix``: anything may follow w."""
    n = len(w)
    dead = n + 1
    delta = []
    for q in range(n + 2):
        row = {}
        for c in sigma:
            if q == dead:
                row[c] = dead
            elif q == n:
                row[c] = n if prefix else dead
            else:
                row[c] = q + 1 if c == w[q] else dead
        delta.append(row)
    return DFA(sigma, tuple(delta), 0, frozenset({n}))


def _mod(sigma: tuple[str, ...], m: int, step, accept: set[int]) -> DFA:
    return DFA(sigma, tuple({c: step(q, c) % m for c in sigma} for q in range(m)), 0, frozenset(accept))


def _count(sigma: tuple[str, ...], s: str, lo: int, hi: int | None) -> DFA:
    """Strings with between ``lo`` and ``hi`` (None: no bound) occurrences of ``s``: states 0..top holding the
    count so far, capped at ``top`` (= lo without an upper bound, else hi + 1, a dead state)."""
    top = lo if hi is None else hi + 1
    delta = tuple({c: min(top, q + (c == s)) for c in sigma} for q in range(top + 1))
    acc = {q for q in range(top + 1) if q >= lo and (hi is None or q <= hi)}
    return DFA(sigma, delta, 0, frozenset(acc))


def _position(sigma: tuple[str, ...], k: int, s: str) -> DFA:
    """Strings whose k-th symbol (1-based, from the start) is ``s``: positions 0..k-1, then sinks k (yes), k+1 (no)."""
    yes, no = k, k + 1
    delta = []
    for q in range(k + 2):
        if q >= k:
            delta.append({c: q for c in sigma})
        elif q == k - 1:
            delta.append({c: (yes if c == s else no) for c in sigma})
        else:
            delta.append({c: q + 1 for c in sigma})
    return DFA(sigma, tuple(delta), 0, frozenset({yes}))


_SMALL = {w: n for n, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                      "ten"))}
_ORD = {w: n for n, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                    "tenth"), start=1)}


def _complement(d: DFA) -> DFA:
    return DFA(d.alphabet, d.delta, d.start, frozenset(set(range(len(d.delta))) - d.accepting))


def _product(a: DFA, b: DFA, union: bool) -> DFA:
    start = (a.start, b.start)
    index = {start: 0}
    order = [start]
    delta: list[dict[str, int]] = []
    i = 0
    while i < len(order):
        p, q = order[i]
        row = {}
        for c in a.alphabet:
            nxt = (a.delta[p][c], b.delta[q][c])
            if nxt not in index:
                index[nxt] = len(order)
                order.append(nxt)
            row[c] = index[nxt]
        delta.append(row)
        i += 1
    acc = {k for k, (p, q) in enumerate(order)
           if (((p in a.accepting) or (q in b.accepting)) if union else ((p in a.accepting) and (q in b.accepting)))}
    return DFA(a.alphabet, tuple(delta), 0, frozenset(acc))


def _minimise(d: DFA) -> DFA:
    """Moore's partition refinement on the reachable states, renumbered breadth-first from the start
    (symbols in alphabet order), so the same language always gives the same names."""
    seen = {d.start}
    queue = deque([d.start])
    while queue:
        q = queue.popleft()
        for c in d.alphabet:
            r = d.delta[q][c]
            if r not in seen:
                seen.add(r)
                queue.append(r)
    states = sorted(seen)
    block = {q: int(q in d.accepting) for q in states}
    while True:
        sig = {q: (block[q],) + tuple(block[d.delta[q][c]] for c in d.alphabet) for q in states}
        ids: dict[tuple, int] = {}
        new = {q: ids.setdefault(sig[q], len(ids)) for q in states}
        if len(ids) == len(set(block.values())):
            block = new
            break
        block = new
    # breadth-first names
    order = [block[d.start]]
    rep = {block[q]: q for q in states}
    i = 0
    while i < len(order):
        q = rep[order[i]]
        for c in d.alphabet:
            b = block[d.delta[q][c]]
            if b not in order:
                order.append(b)
        i += 1
    name = {b: k for k, b in enumerate(order)}
    delta = tuple({c: name[block[d.delta[rep[b]][c]]] for c in d.alphabet} for b in order)
    acc = frozenset(name[block[q]] for q in states if q in d.accepting)
    return DFA(d.alphabet, delta, 0, acc)


_WORD = r"(?P<w>[A-Za-z0-9]+)"
_ATOMS = [
    ("suffix", re.compile(r"(?:that\s+|which\s+)?(?:ends?|ending)\s+(?:in|with)\s+(?:an?\s+|the\s+)?" + _WORD, re.I)),
    ("prefix", re.compile(r"(?:that\s+|which\s+)?(?:starts?|starting|begins?|beginning)\s+with\s+(?:an?\s+|the\s+)?"
                          + _WORD, re.I)),
    ("nosub", re.compile(r"(?:that\s+|which\s+)?(?:do|does)\s*(?:not|n't)\s+contain\s+(?:the\s+(?:sub)?string\s+)?"
                         + _WORD + r"(?:\s+as\s+a\s+substring)?", re.I)),
    ("substring", re.compile(r"(?:that\s+|which\s+)?(?:contains?|containing|having|with)\s+(?:the\s+(?:sub)?string\s+)?"
                             + _WORD + r"\s+as\s+a\s+substring|(?:that\s+|which\s+)?(?:contains?|containing)\s+"
                             r"(?:the\s+(?:sub)?string\s+)?" + _WORD.replace("?P<w>", "?P<w2>"), re.I)),
    ("parity", re.compile(r"(?:(?:that\s+|which\s+)?(?:with|having|has|have)\s+)?(?:an?\s+)?(?P<p>even|odd)\s+number\s+of\s+"
                          r"(?P<s>[A-Za-z0-9])(?:'?s)?(?![A-Za-z0-9])", re.I)),
    ("length", re.compile(r"(?:(?:that\s+|which\s+)?(?:are\s+)?of\s+|(?:that\s+|which\s+)?(?:with|having|has|have)\s+"
                          r"(?:an?\s+)?)?(?P<p>even|odd)\s+length", re.I)),
    ("divisible", re.compile(r"(?:that\s+are\s+|which\s+are\s+)?divisible\s+by\s+(?P<n>\d{1,2})", re.I)),
    ("count", re.compile(r"(?:(?:that\s+|which\s+)?(?:with|having|has|have|contains?|containing)\s+)?"
                         r"(?P<q>at\s+least|at\s+most|exactly|no\s+more\s+than|no\s+fewer\s+than|more\s+than|"
                         r"fewer\s+than|less\s+than)\s+(?P<k>\d{1,2}|" + "|".join(_SMALL) + r")\s+"
                         r"(?:occurrences?\s+of\s+)?(?P<s>[A-Za-z0-9])(?:'?s)?(?![A-Za-z0-9'])", re.I)),
    ("position", re.compile(r"(?:whose|where\s+the|with\s+the|having\s+the|in\s+which\s+the)\s+"
                            r"(?P<o>" + "|".join(_ORD) + r"|\d{1,2}(?:st|nd|rd|th))\s+(?:symbol|letter|character|bit|digit)"
                            r"\s+(?:is\s+)?(?:an?\s+)?(?P<s>[A-Za-z0-9])(?![A-Za-z0-9])", re.I)),
    ("exact", re.compile(r"(?:exactly|only)\s+(?:one\s+string\s*:?\s*|the\s+(?:single\s+)?string\s+)" + _WORD, re.I)),
]
# words a language description may hold besides its conditions (they carry nothing more)
_FILLER = re.compile(
    r"(?i)\b(?:that|which|accepts?|accepting|recogni[sz]es|recogni[sz]ing|decides?|generates?|for|exactly|all|the|"
    r"every|any|those|binary|bit|input|strings?|words?|numbers?|inputs?|sequences?|language|over|alphabet|and|or|but|is|are|a|an|"
    r"of|with|in|most|significant|first|msb|draw|its|state|diagram|design|construct|build|give|show|make|dfa|nfa|"
    r"automaton|finite|deterministic|nondeterministic|non-deterministic|machine|please)\b")
_EXAMPLES = re.compile(r",?\s*(?:like|such\s+as|e\.g\.,?|for\s+example)\s+(?P<ex>[A-Za-z0-9]+(?:\s*(?:,|and|or)\s*"
                       r"[A-Za-z0-9]+)*)", re.I)


def _alphabet(text: str, given: list[str] | None) -> tuple[str, ...] | None:
    """The input alphabet: as the caller read it ("over {a, b}", "Σ = {0, 1}"), else {0, 1} for binary strings
    or numbers; None when the text gives none (a language cannot be built without one)."""
    if given:
        return tuple(sorted(dict.fromkeys(given)))
    if re.search(r"(?i)\b(?:binary|bit)\b", text):
        return ("0", "1")
    return None


def synthesize(text: str, phrase: dict, given_alphabet: list[str] | None) -> DFA | None:
    """The minimal complete DFA of the language ``phrase`` (a ``{text, start, end}`` span of ``text``)
    describes, or None when a word of it is not understood (module docstring: what is read)."""
    desc = phrase["text"]
    examples: list[str] = []
    m_ex = _EXAMPLES.search(desc)
    if m_ex:
        examples = re.findall(r"[A-Za-z0-9]+", re.sub(r"(?i)\b(?:and|or)\b", " ", m_ex.group("ex")))
        desc = desc[:m_ex.start()] + " " * (len(desc) - m_ex.start())
    sigma = _alphabet(text, given_alphabet)
    if sigma is None:
        return None
    found: list[tuple[int, int, DFA]] = []
    taken = [False] * len(desc)
    for kind, rx in _ATOMS:
        for m in rx.finditer(desc):
            if any(taken[m.start():m.end()]):
                continue
            d = _atom(kind, m, sigma, desc)
            if d is None:
                return None
            found.append((m.start(), m.end(), d))
            for k in range(m.start(), m.end()):
                taken[k] = True
    if not found:
        return None
    rest = "".join(" " if taken[k] else ch for k, ch in enumerate(desc))
    rest = re.sub(r"\{[^{}]*\}", " ", rest)          # the alphabet "{0,1}"
    rest = re.sub(r"\([^()]*\)", lambda m: " " if _FILLER.sub(" ", m.group(0)).strip(" ()") == "" else m.group(0),
                  rest)
    rest = _FILLER.sub(" ", rest)
    if re.search(r"[A-Za-z0-9]", rest):
        return None                                     # a word of the description nesy does not read
    found.sort(key=lambda t: t[0])
    acc = found[0][2]
    for (s0, e0, _), (s1, _e1, d) in zip(found, found[1:]):
        union = re.search(r"(?i)\bor\b", desc[e0:s1]) is not None
        acc = _product(acc, d, union)
    dfa = _minimise(acc)
    if len(dfa.delta) > MAX_STATES:
        return None
    bad = next((x for x in examples if any(c not in sigma for c in x) or not dfa.accepts(x)), None)
    if bad is not None:
        # an example the description does not accept: one of the two is not what the writer meant, and
        # nesy does not choose between them
        from ..errors import UnsupportedError
        raise UnsupportedError(
            f"the example '{bad}' in the phrase '{phrase['text']}' at {phrase['start']}-{phrase['end']} is not "
            f"a string of the language the phrase describes (over {{{', '.join(sigma)}}}); correct the example "
            "or the description")
    return dfa


def _atom(kind: str, m: re.Match, sigma: tuple[str, ...], desc: str) -> DFA | None:
    if kind in ("suffix", "prefix", "substring", "nosub", "exact"):
        w = m.group("w") if m.groupdict().get("w") else m.group("w2")
        if not w or any(c not in sigma for c in w):
            return None
        if kind == "suffix":
            return _kmp(w, sigma, absorb=False)
        if kind == "substring":
            return _kmp(w, sigma, absorb=True)
        if kind == "nosub":
            return _complement(_kmp(w, sigma, absorb=True))
        return _chain(w, sigma, prefix=(kind == "prefix"))
    if kind == "parity":
        s = m.group("s")
        if s not in sigma:
            return None
        return _mod(sigma, 2, lambda q, c, s=s: q + (c == s), {0 if m.group("p").lower() == "even" else 1})
    if kind == "count":
        s, k = m.group("s"), m.group("k").lower()
        k = int(k) if k.isdigit() else _SMALL[k]
        q = re.sub(r"\s+", " ", m.group("q").lower())
        lo, hi = {"at least": (k, None), "no fewer than": (k, None), "more than": (k + 1, None),
                  "at most": (0, k), "no more than": (0, k), "exactly": (k, k),
                  "fewer than": (0, k - 1), "less than": (0, k - 1)}[q]
        if s not in sigma or (hi is not None and hi < 0) or max(lo, hi or 0) > MAX_STATES:
            return None
        return _count(sigma, s, lo, hi)
    if kind == "position":
        o = m.group("o").lower()
        k = int(re.match(r"\d+", o).group(0)) if o[0].isdigit() else _ORD[o]
        if m.group("s") not in sigma or not 1 <= k <= 10 or re.match(r"(?i)\s*(?:from|counting\s+from)\s+the\s+"
                                                                       r"(?:end|right|last|back)", desc[m.end():]):
            return None
        return _position(sigma, k, m.group("s"))
    if kind == "length":
        return _mod(sigma, 2, lambda q, c: q + 1, {0 if m.group("p").lower() == "even" else 1})
    if kind == "divisible":
        n = int(m.group("n"))
        if sigma != ("0", "1") or n < 1 or re.search(r"(?i)least\s+significant", desc):
            return None
        return _mod(sigma, n, lambda q, c: 2 * q + int(c), {0})
    return None
