"""An automaton built from a described language: "a DFA over {a, b} that accepts the strings ending in ab",
"binary strings with an even number of 0s", "binary numbers divisible by 3", "NFA for strings whose
second-to-last symbol is a", "L = {w ∈ {0,1}* : |w| is odd}".

The description is read as conditions on the input string, each a small DFA over the alphabet with a
membership predicate read straight off the words, joined by "and"/"but" (intersection, the product
construction) or "or" (union), and "not"/"do not"/"without" (complement); HMU = Hopcroft, Motwani & Ullman,
*Introduction to Automata Theory, Languages, and Computation*, 3rd ed.:

- ``ending in|with w`` — the string-matching automaton of w (Knuth–Morris–Pratt; CLRS §32.3);
- ``starting|beginning with w`` — a prefix chain and a dead state;
- ``containing w`` / ``not containing``, ``without w`` — the KMP automaton of w, its last state absorbing;
- ``an even|odd number of s``; ``the number of s is divisible by n`` / ``≡ r (mod n)`` — n states counting s mod n;
- ``of even|odd length``; ``length divisible by n`` / ``≡ r mod n``; ``length at least|at most|exactly k``;
- ``divisible by n`` / ``multiples of n`` / ``leaving remainder r when divided by n`` of binary numbers read most
  significant bit first (n states holding the value mod n, the remainder automaton: bit b takes q to 2q + b),
  least significant bit first when the text says so (the reversal of that DFA, HMU §4.2.2), or of decimal numbers;
- a regular expression ("(a|b)*abb", "the regex (0+1)*01", "L(a*ba*)"): its partial-derivative NFA (Antimirov
  1996; ``automata_regex``), over the stated alphabet or else the expression's own symbols (Sipser Def. 1.52, said
  in the notes); the verifier reads it again with Python's own matcher;
- ``every s is (immediately) followed by t`` — a state after s that needs t, and a dead state;
- ``beginning and ending with the same|different symbol`` / ``whose first and last symbols are equal`` — a state
  per first symbol and whether the last one read equals it (nonempty strings only);
- ``exactly|only the string w``; ``at least|at most|exactly|more than|fewer than k s's`` — states counting s up to k;
- ``whose k-th symbol is s`` (from the start) — k position states, an accepting and a dead sink;
- a regular expression said in words ("a L followed by any number of L or D", "one or more a's then a single b"), a
  block repeated ("'ab' repeated any number of times", "one or more copies of 01": (ab)*, (01)+; over the block's own
  symbols when no alphabet is stated, as for an expression), the order of two symbols ("no a after b", "all a's
  before all b's", "no 1 is ever followed by a 0"; "immediately followed" is the two side by side), and a gloss in
  words after an expression ("a*b*: first some a, then some b") or a description said again after "i.e." / "that
  is" ("… — i.e. some 0s then some 1s, either part possibly empty"), which must say the same language —
  ``automata_lang_seq``;
- ``whose k-th symbol from the end is s`` ("second-to-last", "penultimate", "last but one", "3rd bit from the
  right") — the (k + 1)-state NFA of HMU Example 2.9, drawn as such when an NFA is asked and it is the only
  condition; else its subset construction (HMU §2.3.5; 2^k states, HMU Example 2.13).

Whole descriptions joined — a language less another ("all strings over {a, b} except those containing bb"), a
finite list of strings ("exactly the strings ab and ba"), languages named and then pointed at ("L1 = …, L2 = …; a
DFA for the latter", "L1 ∩ L2") — are read by ``automata_lang_combine``, each part built here.

Asides that clarify the reading ("(zero 0s counts as even)", "(read most significant bit first)", "(the empty
string is not a number)", "- the empty word included -") and requests of the drawing ("and draw it", "with the fewest
states you can") are
read by ``automata_lang_read``: one that agrees with the default is read, one that changes it is applied, one
that contradicts a definition is refused naming it. The product of the conditions' automata (reachable pairs
only) is minimised by partition refinement (Moore's algorithm; HMU §4.4) and its states are named q0, q1, … in
breadth-first order from the start. Examples the text gives ("like 10, 110 and 1010", "e.g.", "such as") must
be accepted, or the text is refused naming the example (``UnsupportedError``). A word of the description that is
none of these is never guessed at: ``build`` returns None, naming the words in ``why``, and the caller refuses the
text naming them.
"""
from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

__all__ = ["DFA", "Language", "synthesize", "build", "MAX_STATES"]

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


def _ends_same(sigma: tuple[str, ...], same: bool) -> DFA:
    """Nonempty strings whose last symbol equals (``same``) or differs from their first: state 0 has read
    nothing; state 1 + 2i + e has read first symbol sigma[i], e = 1 when the last symbol read equals it."""
    delta: list[dict[str, int]] = [{c: 1 + 2 * i + 1 for i, c in enumerate(sigma)}]
    for i, _c in enumerate(sigma):
        for _e in (0, 1):
            delta.append({d: 1 + 2 * i + (1 if d == sigma[i] else 0) for d in sigma})
    acc = frozenset(1 + 2 * i + (1 if same else 0) for i in range(len(sigma)))
    return DFA(sigma, tuple(delta), 0, acc)


def _complement(d: DFA) -> DFA:
    return DFA(d.alphabet, d.delta, d.start, frozenset(set(range(len(d.delta))) - d.accepting))


def _explore(start, alphabet, step) -> tuple[list, list[dict[str, int]]]:
    """The states reachable from ``start`` under ``step(state, symbol)``, numbered in breadth-first order,
    and the transition table between those numbers (the product and subset constructions, HMU §2.3.5, §4.2.1)."""
    index = {start: 0}
    order = [start]
    delta: list[dict[str, int]] = []
    i = 0
    while i < len(order):
        row = {}
        for c in alphabet:
            nxt = step(order[i], c)
            if nxt not in index:
                index[nxt] = len(order)
                order.append(nxt)
            row[c] = index[nxt]
        delta.append(row)
        i += 1
    return order, delta


def _product(a: DFA, b: DFA, union: bool) -> DFA:
    order, delta = _explore((a.start, b.start), a.alphabet, lambda pq, c: (a.delta[pq[0]][c], b.delta[pq[1]][c]))
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


from . import automata_lang_seq as _seq  # noqa: E402  (the forms in words; it imports this module lazily)
from . import automata_lang_combine as _comb  # noqa: E402  (languages combined by except / named; lazy imports)

_WORD = r"(?P<w>[A-Za-z0-9]+)"
_NUM = r"(?P<n>\d{1,2}|" + "|".join(list(_SMALL)[2:]) + r")"
_ORDS = r"(?:" + "|".join(_ORD) + r"|\d{1,2}(?:st|nd|rd|th))"
_Q = "['\"\u2018\u2019\u201c\u201d]?"      # a symbol may be quoted: "is 'a'"
_NOUN = r"(?:symbol|letter|character|bit|digit|input|position|place)"
_END = r"(?:[\s-]+(?:to|from)[\s-]+(?:the[\s-]+)?(?:last|end|right|back)|[\s-]+last)"
_QUOTED_STRING = re.compile("(?<![A-Za-z0-9])['\"\u2018\u2019\u201c\u201d](?P<s>[A-Za-z0-9]{1,16})['\"\u2018\u2019\u201c\u201d]"
                            "(?![A-Za-z0-9])")
_ATOMS = [
    # "every a is immediately followed by a b", "each 1 is directly followed by a 0": after each occurrence of s
    # comes t (a pending state after s, a dead state when anything else or nothing follows)
    ("followed", re.compile(r"(?:(?:in\s+which|where|such\s+that)\s+)?(?:every|each|any)\s+(?:occurrence\s+of\s+(?:an?\s+)?)?"
                            r"(?P<s>[A-Za-z0-9])\s+(?:in\s+(?:it|the\s+string)\s+)?(?:is\s+|must\s+be\s+)?"
                            r"(?:(?:immediately|directly|always|right)\s+)*followed\s+(?:(?:immediately|directly|right)\s+)?by\s+"
                            r"(?:an?\s+)?(?P<t>[A-Za-z0-9])(?![A-Za-z0-9'])", re.I)),
    # the first and the last symbol agree (or differ): "begin and end with the same symbol", "start and end with
    # different letters", "whose first and last symbols are equal"
    ("ends_same", re.compile(r"(?:that\s+|which\s+)?(?:(?:starts?|starting|begins?|beginning)\s+and\s+(?:ends?|ending)\s+"
                             r"(?:with|in|on)\s+(?:the\s+)?(?:(?P<same>same)|(?P<diff>different|distinct))\s+"
                             r"(?:symbols?|letters?|characters?|bits?|digits?)|(?:whose|where\s+the|with\s+the|the)\s+first\s+and\s+"
                             r"(?:the\s+)?last\s+(?:symbols?|letters?|characters?|bits?|digits?)\s+(?:are\s+)?(?:(?P<same2>the\s+same|"
                             r"equal|identical)|(?P<diff2>different|distinct|unequal))(?:\s+symbols?)?)", re.I)),
    # the k-th symbol from the end (HMU Ex. 2.9): "whose second-to-last symbol is a", "the 3rd bit from the right is 1",
    # "the penultimate letter is b", "with an a in the second-last position", "the last symbol is 0"
    ("fromend", re.compile(r"(?:(?:whose|where\s+the|with\s+the|having\s+the|in\s+which\s+the|such\s+that\s+the|and\s+the|"
                           r"the|its|their)\s+)?(?:(?P<o>" + _ORDS + r")" + _END + r"|(?P<pen>penultimate|next[\s-]to[\s-]last|last[\s-]but[\s-]one)|"
                           r"(?P<last>last|final))\s+" + _NOUN + r"(?:\s+(?:is|equals|=)|\s*=)?\s+(?:an?\s+)?" + _Q + r"(?P<s>[A-Za-z0-9])"
                           r"(?![A-Za-z0-9])" + _Q + r"", re.I)),
    ("fromend2", re.compile(r"(?:(?:whose|where\s+the|with\s+the|having\s+the|in\s+which\s+the|such\s+that\s+the|the)\s+)?"
                            r"(?P<o>" + _ORDS + r")\s+" + _NOUN + r"\s+(?:from|counting\s+from)\s+the\s+(?:end|right|back)"
                            r"(?:\s+(?:is|equals|=)|\s*=)?\s+(?:an?\s+)?" + _Q + r"(?P<s>[A-Za-z0-9])(?![A-Za-z0-9])" + _Q + r"", re.I)),
    ("fromend3", re.compile(r"(?:(?:that|which)\s+)?(?:with|having|has|have|contain(?:s|ing)?)\s+(?:an?\s+)?(?P<s>[A-Za-z0-9])"
                            r"\s+(?:in|at|as)\s+(?:the|their|its)\s+(?:(?P<o>" + _ORDS + r")(?:" + _END + r"\s+|\s+)"
                            + _NOUN + r"(?:\s+from\s+the\s+(?:end|right))?|(?P<pen>penultimate|next[\s-]to[\s-]last|last[\s-]but[\s-]one)\s+"
                            + _NOUN + r"|(?P<last>last|final)\s+" + _NOUN + r")(?![A-Za-z0-9])", re.I)),
    ("suffix", re.compile(r"(?:that\s+|which\s+)?(?:ends?|ending)\s+(?:in|with)\s+(?:an?\s+(?!(?:or|and|nor|but|then)\b)|the\s+)?" + _WORD, re.I)),
    ("prefix", re.compile(r"(?:that\s+|which\s+)?(?:starts?|starting|begins?|beginning)\s+with\s+(?:an?\s+(?!(?:or|and|nor|but|then)\b)|the\s+)?"
                          + _WORD, re.I)),
    ("nosub", re.compile(r"(?:that\s+|which\s+)?(?:(?:do|does)\s*(?:not|n't)\s+contain|without|avoiding|free\s+of|"
                         r"(?:contain|contains|containing|having|with|have|has)\s+no)\s+"
                         r"(?:the\s+(?:sub)?string\s+|any\s+)?" + _WORD + r"(?:'?s)?(?:\s+as\s+a\s+substring)?(?:\s+at\s+all)?"
                         # ("no 0 after a 1": the order of two symbols, automata_lang_seq's)
                         r"(?!\s+(?:\w+\s+)?(?:after|before|following|preceding|followed|preceded)\b)", re.I)),
    # a regular expression said in words ("a L followed by any number of L or D") and the order of two symbols ("no a
    # after b"): automata_lang_seq
    # a block repeated ("'ab' repeated any number of times", "one or more copies of 01"): automata_lang_seq
    ("repeat", _seq.REPEAT),
    # (the order of two symbols first: "no b is followed by an a" is no sequence "is followed by an a")
    ("order", _seq.ORDER),
    ("sequence", _seq.SEQUENCE),
    ("count", re.compile(r"(?:(?:that\s+|which\s+)?(?:with|having|has|have|contains?|containing)\s+)?"
                         r"(?P<q>at\s+least|at\s+most|exactly|no\s+more\s+than|no\s+fewer\s+than|more\s+than|"
                         r"fewer\s+than|less\s+than)\s+(?P<k>\d{1,2}|" + "|".join(_SMALL) + r")\s+"
                         r"(?:occurrences?\s+of\s+)?(?P<s>[A-Za-z0-9])(?:'?s)?(?![A-Za-z0-9'])", re.I)),
    ("substring", re.compile(r"(?:that\s+|which\s+)?(?:contains?|containing|having|with)\s+(?:the\s+(?:sub)?string\s+)?"
                             + _WORD + r"\s+as\s+a\s+substring|(?:that\s+|which\s+)?(?:contains?|containing)\s+"
                             r"(?:the\s+(?:sub)?string\s+)?(?!(?:at|no|exactly|more|fewer|less|an?|the|only|even|odd|both|either)\b)"
                             + _WORD.replace("?P<w>", "?P<w2>") + r"(?!'?s\b)", re.I)),
    # the number of s modulo n: "the number of a's is divisible by 3", "number of 1s ≡ 2 (mod 3)"
    ("modcount", re.compile(r"(?:(?:whose|where\s+the|with\s+the|in\s+which\s+the|such\s+that\s+the|the)\s+)?(?:total\s+)?"
                            r"number\s+of\s+(?P<s>[A-Za-z0-9])(?:'?s)?\s+(?:is\s+)?(?:(?:divisible\s+by|an?\s+(?:integer\s+)?"
                            r"multiple\s+of)\s+" + _NUM + r"|(?:congruent\s+to|≡|=|equals?)\s*(?P<r>\d{1,2})\s*\(?\s*"
                            r"(?:mod(?:ulo)?)\s*(?P<n2>\d{1,2})\s*\)?|(?:mod(?:ulo)?)\s+(?P<n3>\d{1,2})\s+(?:is|=|equals?)\s+"
                            r"(?P<r3>\d{1,2}))", re.I)),
    ("parity", re.compile(r"(?:(?:that\s+|which\s+)?(?:with|having|has|have)\s+)?(?:an?\s+)?(?P<p>even|odd)\s+number\s+of\s+"
                          r"(?P<s>[A-Za-z0-9])(?:'?s)?(?![A-Za-z0-9])|(?:(?:whose|where\s+the|with\s+the|in\s+which\s+the|"
                          r"such\s+that\s+the|the)\s+)?(?:total\s+)?number\s+of\s+(?P<s2>[A-Za-z0-9])(?:'?s)?\s+is\s+(?:an?\s+)?"
                          r"(?P<p2>even|odd)(?:\s+number)?(?![A-Za-z0-9])", re.I)),
    ("length", re.compile(r"(?:(?:that\s+|which\s+)?(?:are\s+)?of\s+|(?:that\s+|which\s+)?(?:with|having|has|have)\s+"
                          r"(?:an?\s+)?)?(?P<p>even|odd)\s+length|(?:(?:whose|where\s+the|with\s+the|the)\s+)?length\s+"
                          r"(?:is\s+)?(?:an?\s+)?(?P<p2>even|odd)(?:\s+number)?", re.I)),
    ("lenmod", re.compile(r"(?:(?:whose|where\s+the|with\s+(?:a\s+)?|having\s+(?:a\s+)?|of\s+(?:a\s+)?|the)\s+)?length\s+"
                          r"(?:is\s+)?(?:(?:divisible\s+by|an?\s+(?:integer\s+)?multiple\s+of)\s+" + _NUM +
                          r"|(?:congruent\s+to|≡|=)\s*(?P<r>\d{1,2})\s*\(?\s*(?:mod(?:ulo)?)\s*(?P<n2>\d{1,2})\s*\)?)", re.I)),
    ("lenrange", re.compile(r"(?:(?:whose|where\s+the|with\s+(?:a\s+)?|having\s+(?:a\s+)?|of\s+(?:a\s+)?|the)\s+)?length\s+"
                            r"(?:is\s+)?(?P<q>at\s+least|at\s+most|exactly|no\s+more\s+than|no\s+less\s+than|more\s+than|"
                            r"less\s+than|fewer\s+than|greater\s+than)?\s*(?P<k>\d{1,2}|" + "|".join(_SMALL) + r")(?![A-Za-z0-9])",
                            re.I)),
    ("nonempty", re.compile(r"(?:non-?empty|not\s+empty)", re.I)),
    ("divisible", re.compile(r"(?:that\s+are\s+|which\s+are\s+|that\s+is\s+|which\s+is\s+)?(?:divisible\s+by|(?:an?\s+)?"
                             r"(?:integer\s+)?multiples?\s+of)\s+" + _NUM + r"(?![A-Za-z0-9])"
                             # "that leave remainder 1 when divided by 3", "congruent to 2 mod 5", "≡ 1 (mod 3)"
                             r"|(?:that\s+|which\s+)?(?:leaves?|leaving|ha(?:ve|s)|having|with|gives?|giving)\s+(?:a\s+|the\s+)?"
                             r"remainder\s+(?:of\s+)?(?P<r>\d{1,2}|zero|one|two|three|four)\s+(?:when\s+)?(?:(?:divided|"
                             r"dividing\s+them)\s+by|on\s+division\s+by|mod(?:ulo)?)\s+(?P<n2>\d{1,2}|"
                             + "|".join(list(_SMALL)[2:]) + r")(?![A-Za-z0-9])"
                             r"|(?:that\s+are\s+|which\s+are\s+)?(?:congruent\s+to|≡)\s*(?P<r3>\d{1,2})\s*\(?\s*"
                             r"mod(?:ulo)?\s*(?P<n3>\d{1,2})\s*\)?", re.I)),
    ("position", re.compile(r"(?:whose|where\s+the|with\s+the|having\s+the|in\s+which\s+the)\s+"
                            r"(?P<o>" + "|".join(_ORD) + r"|\d{1,2}(?:st|nd|rd|th))\s+(?:symbol|letter|character|bit|digit)"
                            r"\s+(?:is\s+)?(?:an?\s+)?(?P<s>[A-Za-z0-9])(?![A-Za-z0-9])", re.I)),
    ("exact", re.compile(r"(?:exactly|only)\s+(?:one\s+string\s*:?\s*|the\s+(?:single\s+)?string\s+)" + _WORD, re.I)),
    # a finite list of strings: "exactly the strings ab and ba", "only the words 0, 01 and 011", "just ab or ba"
    # (automata_lang_combine.FINITE: a prefix-tree DFA)
    ("finite", _comb.FINITE),
]
_ATOMS_BY_KIND = dict(_ATOMS)
# a negation just before a condition ("that do not end in ab", "not starting with 0"): its complement
_NEG = re.compile(r"(?i)(?:\b(?:do|does|did)\s*(?:not|n't)|\bdon't|\bdoesn't|\bnot|\bnever|\bneither)\s+$")
# words a language description may hold besides its conditions (they carry nothing more)
_FILLER = re.compile(
    r"(?i)\b(?:that|which|such|contains?|containing|has|have|having|accepts?|accepting|recogni[sz]es|recogni[sz]ing|decides?|generates?|for|exactly|all|the|"
    r"every|any|those|binary|bit|input|strings?|words?|numbers?|integers?|inputs?|sequences?|language|over|alphabet|"
    r"and|or|nor|but|is|are|a|an|both|either|also|"
    r"of|with|in|most|significant|first|msb|draw|its|state|diagram|design|construct|build|give|show|make|dfa|nfa|"
    r"automaton|finite|deterministic|nondeterministic|non-deterministic|machine|please|represent|representing|"
    r"written|encoded|whose|values?|decimal|as|such|where|set|collection|read|interpreted|viewed|regarded|taken|considered|"
    r"ac{1,2}ep?ts?|ac{1,2}ep?ting|base[\s-]*(?:2|10|two|ten)|"
    # "reads a binary number … and accepts it iff the number is …": the input named and the condition joined to it
    r"reads|takes|processes|scans|receives|gets|reading|taking|processing|scanning|receiving|getting|it|them|they|iff|if|when|whenever|exactly|precisely|just|only|then|"
    r"msb|lsb|bits?|"
    # "strings made of a 1 followed by any number of 0s": what the strings consist of, said before a sequence
    r"made|consisting|composed|formed|"
    # what a condition is said to be: "it must start with a", "the string should end in b" (an obligation on the
    # string is its condition; 'not' after it is read as the negation, never dropped)
    r"must|should|shall|(?:has|have|needs?)\s+to)\b")
_EXAMPLES = re.compile(r",?\s*(?:like|such\s+as|e\.g\.,?|for\s+example)\s+(?P<ex>[A-Za-z0-9]+(?:\s*(?:,|and|or)\s*"
                       r"[A-Za-z0-9]+)*)", re.I)


def _alphabet(text: str, given: list[str] | None) -> tuple[str, ...] | None:
    """The input alphabet: as the caller read it ("over {a, b}", "Σ = {0, 1}"), else {0, 1} for binary strings
    or numbers, {0, …, 9} for decimal numbers; None when the text gives none (a language cannot be built
    without one)."""
    if given:
        return tuple(sorted(dict.fromkeys(given)))
    if re.search(r"(?i)\b(?:binary|bits?|base[\s-]*(?:2|two)|bin(?=\s+(?:strings?|words?|numbers?|inputs?)\b))\b", text):
        return ("0", "1")
    if re.search(r"(?i)\b(?:decimal|base[\s-]*(?:10|ten))\b", text):
        return tuple(str(k) for k in range(10))
    return None


@dataclass(frozen=True)
class Language:
    """What a description compiles to: ``dfa`` (minimal, complete), ``nfa`` (a smaller NFA to draw when the
    text asks for an NFA and one is known, else None), ``pred`` (membership read straight off the
    description, for the verifier), ``minimal`` (the fewest states were asked for), ``notes`` (what nesy
    assumed or chose, said in the output)."""
    dfa: DFA
    nfa: object | None
    pred: object
    minimal: bool
    notes: tuple[str, ...]
    nfa_construction: str | None = None   # how ``nfa`` was built, where it is not one of the fixed forms


def synthesize(text: str, phrase: dict, given_alphabet: list[str] | None) -> DFA | None:
    """The minimal complete DFA of the language ``phrase`` (a ``{text, start, end}`` span of ``text``)
    describes, or None when a word of it is not understood (module docstring: what is read)."""
    lang = build(text, phrase, given_alphabet)
    return None if lang is None else lang.dfa


def build(text: str, phrase: dict, given_alphabet: list[str] | None, kind: str = "dfa",
          why: list[str] | None = None, gloss_of: bool = False) -> Language | None:
    """The ``Language`` the phrase describes (see ``synthesize``); ``kind``: 'nfa' when the text asks for an
    NFA (then a k-th-symbol-from-the-end condition alone is drawn as its (k + 1)-state NFA, HMU Ex. 2.9).
    None when it is not read whole; ``why`` (a list) then receives what was not read, for the refusal.

    Languages named and combined ("L1 = …, L2 = …; draw a DFA for the latter", "L1 ∩ L2") and a language less
    another ("all strings over {a, b} except those containing bb") are read by ``automata_lang_combine``, which
    builds each part here and joins them by the product construction."""
    why = [] if why is None else why
    named = _comb.named(text, phrase, given_alphabet, kind, why, build)
    if named is not None:
        return named if named is not False else None
    if _comb.EXCEPT.search(phrase["text"]):
        # "L except R": read as the difference before any condition is, so that "and those …" after it stays excluded
        more: list[str] = []
        lang = _comb.exclusion(text, phrase, given_alphabet, kind, more, build)
        if lang is not None:
            return lang
        if more:
            # not read as a difference ("every string except the empty one, and it should also reject …"): the
            # forms of exclusion automata_lang_forms rewrites are tried; failing those, the difference's reason is told
            lang = _build_one(text, phrase, given_alphabet, kind, [], gloss_of)
            if lang is None:
                why += more
            return lang
    return _build_one(text, phrase, given_alphabet, kind, why, gloss_of)


def _build_one(text: str, phrase: dict, given_alphabet: list[str] | None, kind: str, why: list[str],
               gloss_of: bool = False) -> Language | None:
    """``build`` for one description: conditions joined by and / or / not."""
    from .automata_lang_read import normalise, read_asides
    from ..errors import UnsupportedError
    from .automata_lang_forms import rewrite
    desc = rewrite(phrase["text"])   # other forms of the conditions read ("no two consecutive 1s")
    examples: list[str] = []
    for m_ex in reversed(list(re.finditer(r"\((?:e\.g\.,?|for\s+example,?|like|such\s+as)\s+([^()]*)\)", desc, re.I))):
        examples += re.findall(r"[A-Za-z0-9]+", re.sub(r"(?i)\b(?:and|or)\b", " ", m_ex.group(1)))
        desc = desc[:m_ex.start()] + " " * (m_ex.end() - m_ex.start()) + desc[m_ex.end():]
    m_ex = _EXAMPLES.search(desc)
    if m_ex:
        examples += re.findall(r"[A-Za-z0-9]+", re.sub(r"(?i)\b(?:and|or)\b", " ", m_ex.group("ex")))
        desc = desc[:m_ex.start()] + " " * (len(desc) - m_ex.start())
    desc, sig_set = normalise(desc)
    desc, reading = read_asides(desc, phrase)
    desc, named = _named_alphabet(desc)
    sigma = _alphabet(text, given_alphabet or sig_set or named)
    if named and sigma is not None and set(named) != set(sigma):
        why.append(f"the alphabet {{{', '.join(named)}}} in the description differs from {{{', '.join(sigma)}}}")
        return None
    inferred = False
    from . import automata_regex as rx_
    exprs = _expressions(desc, why)
    if exprs is None:
        return None
    regex_notes: list[str] = []
    if exprs and sigma is None and any(rx_.needs_alphabet(t) for _a, _b, t in exprs):
        # '.' and "[^a]" stand for symbols of the alphabet: with none stated they mean nothing yet
        a, b, _t = next(e for e in exprs if rx_.needs_alphabet(e[2]))
        why.append(f"'{desc[a:b].strip()}' ('.' or '[^…]' stands for symbols of the alphabet, and the text states none: "
                   "add it, e.g. 'over the alphabet {a, b}')")
        return None
    if exprs and sigma is None:
        # a regular expression defines its language over the symbols it names (Sipser Def. 1.52): said, not hidden
        sigma = tuple(sorted({c for _a, _b, t in exprs for c in rx_.symbols(t)}))
        regex_notes.append(f"the text states no alphabet: the regular expression's own symbols, "
                           f"{{{', '.join(sigma)}}}, are its alphabet")
    from .automata_names import english_word
    reps = list(_seq.REPEAT.finditer(desc))
    if reps and sigma is None and not exprs and not any(
            english_word(m.group("w") or m.group("w2")) and not _seq.quoted(m) for m in reps):
        # a block repeated is a regular expression in words, "(ab)*": over its own symbols, as an expression is
        sigma = tuple(sorted({c for m in reps for c in (m.group("w") or m.group("w2"))}))
        regex_notes.append(f"the text states no alphabet: the symbols of the repeated string, {{{', '.join(sigma)}}}, "
                           "are its alphabet")
    if any(rx_.plus_is_union(desc[a:b]) for a, b, _t in exprs):
        regex_notes.append("'+' between two parts of the regular expression is read as union (HMU §3.1 notation)")
    if sigma is None:
        # no alphabet stated: only a finite list of exact strings ("accepts exactly the string ab") is the same
        # language over any alphabet; it is drawn over the strings' own symbols, without a dead state
        exact = _ATOMS_BY_KIND["exact"]
        words = [m.group("w") for m in exact.finditer(desc)]
        left = exact.sub(" ", desc)
        for m in _comb.FINITE.finditer(left):
            words += [w for w in _comb.finite_words(m) or [] if w]
        left = re.sub(r"(?i)\bor\b", " ", _FILLER.sub(" ", _comb.FINITE.sub(" ", left)))
        if not words or re.search(r"[A-Za-z0-9]", re.sub(r"\([^()]*\)", " ", left)):
            return None
        sigma, inferred = tuple(sorted({c for w in words for c in w})), True
    desc, heads = _seq.definition_heads(desc)
    regex_notes += heads
    found: list[tuple[int, int, DFA, object, object]] = []
    taken = [False] * len(desc)
    for a, b, tree in exprs:
        got = _regex_atom(tree, sigma)
        if got is None:
            why.append(f"'{desc[a:b].strip()}' (a symbol outside {{{', '.join(sigma)}}} or too many states to draw)")
            return None
        if not gloss_of:
            # "a*b*: first some a, then some b": the words after the expression must say the same language
            g = _seq.gloss(text, desc, a, b, got[0], sigma, phrase, why)
            if g is None:
                return None
            desc = g[0]
            if g[1]:
                regex_notes.append(g[1])
        a0 = a
        neg = _NEG.search(desc[:a])
        if neg:
            got, a0 = (_complement(got[0]), (lambda w, p=got[1]: not p(w)), None), neg.start()
        found.append((a0, b, *got))
        for k in range(a0, b):
            taken[k] = True
    restated = None
    if not gloss_of:
        # "… no 1 is ever followed by a 0 - i.e. some 0s then some 1s": the words after "i.e." must say the same
        rm = next((r for r in _seq.RESTATE.finditer(desc) if not any(taken[r.start():r.end()])), None)
        if rm is not None and re.search(r"[A-Za-z0-9]", desc[:rm.start()].replace("\x00", "")):
            restated = (rm.group("g"), rm.start("g"))
            desc = desc[:rm.start()] + " " * (rm.end() - rm.start()) + desc[rm.end():]
    # a string in quotes is the string ("containing 'bb'", "ending in "ab"", "start with '1'"): the quotes are
    # read as spaces, every offset kept
    desc = _QUOTED_STRING.sub(lambda q: " " + q.group("s") + " ", desc)
    for kind_, rx in _ATOMS:
        for m in rx.finditer(desc):
            if any(taken[m.start():m.end()]):
                continue
            got = _atom(kind_, m, sigma, desc, reading)
            if got is None:
                why.append(f"'{m.group(0).strip()}' (a symbol outside {{{', '.join(sigma)}}} or a bound too large "
                           f"to draw)")
                return None
            d, pred, nfa = got
            a0 = m.start()
            neg = _NEG.search(desc[:m.start()])
            if neg and kind_ != "nosub":
                d, pred, nfa, a0 = _complement(d), (lambda w, p=pred: not p(w)), None, neg.start()
            found.append((a0, m.end(), d, pred, nfa))
            for k in range(a0, m.end()):
                taken[k] = True
    if not found:
        why.append("no condition nesy builds")
        return None
    rest = "".join(" " if taken[k] else ch for k, ch in enumerate(desc))
    rest = re.sub(r"\{[^{}]*\}", " ", rest)          # the alphabet "{0,1}"
    rest = re.sub(r"\([^()]*\)", lambda m: " " if _FILLER.sub(" ", m.group(0)).strip(" ()") == "" else m.group(0),
                  rest)
    rest = _FILLER.sub(" ", rest)
    if re.search(r"[A-Za-z0-9]", rest):
        # a word of the description nesy does not read: named, never guessed at
        why.append(", ".join(f"'{w}'" for w in re.findall(r"\([^()]*\)|[^\s(){},.;:]+", rest)
                             if re.search(r"[A-Za-z0-9]", w)))
        return None
    found.sort(key=lambda t: t[0])
    acc, pred = found[0][2], found[0][3]
    for (s0, e0, *_x), (s1, _e1, d, p1, _n) in zip(found, found[1:]):
        union = re.search(r"(?i)\bor\b", desc[e0:s1]) is not None
        if re.search(r"(?i)\bnor\b", desc[e0:s1]):
            # "neither A nor B": not B as well, and both must hold
            d, p1, union = _complement(d), (lambda w, p=p1: not p(w)), False
        elif union and re.search(r"(?i)\b(?:not|never|without)\b|n't\b", desc[s0:e0]) and \
                not re.search(r"(?i)\b(?:not|never|without)\b|n't\b", desc[e0:s1] + desc[s1:_e1]):
            # "do not start with a or end with b": whether 'not' covers both is not said — never guessed
            why.append(f"'{' '.join(desc[s0:_e1].split())}' (whether 'not' covers both conditions joined by 'or' "
                       "is not said: write 'neither … nor …' or repeat 'not')")
            return None
        acc = _product(acc, d, union)
        pred = (lambda w, a=pred, b=p1: a(w) or b(w)) if union else (lambda w, a=pred, b=p1: a(w) and b(w))
    notes: list[str] = list(regex_notes)
    if reading.leading is False:
        # "no leading zeros": only "0" and the numerals starting with a nonzero symbol (the empty string is no numeral)
        if "0" not in sigma or not all(c.isdigit() for c in sigma):
            why.append("'no leading zeros' (said of strings that are not numbers over digits)")
            return None
        from .automata_lang_combine import finite_dfa
        nz = DFA(sigma, ({c: (1 if c != "0" else 2) for c in sigma}, {c: 1 for c in sigma}, {c: 2 for c in sigma}),
                 0, frozenset({1}))
        acc = _product(acc, _product(nz, finite_dfa(["0"], sigma), union=True), union=False)
        pred = (lambda w, p=pred: p(w) and (w == "0" or (w[:1] not in ("", "0"))))
        notes.append("no leading zeros: only '0' and the numerals starting with a nonzero digit are read (the empty "
                     "string is no numeral)")
    if reading.empty is not None:
        from .automata_lang_ops import length_between
        e = length_between(sigma, 0, 0)
        acc = _product(acc, e, union=True) if reading.empty else _product(acc, _complement(e), union=False)
        pred = (lambda w, p=pred: p(w) or w == "") if reading.empty else (lambda w, p=pred: p(w) and w != "")
    dfa = _minimise(acc)
    if restated is not None:
        said = _seq.restates(text, restated[0], restated[1], dfa, sigma, phrase, why)
        if said is None:
            return None
        notes.append(said)
    nfa = found[0][4] if (len(found) == 1 and kind == "nfa" and reading.empty is None) else None
    if len(dfa.delta if nfa is None else nfa.delta) > MAX_STATES:
        why.append(f"its minimal DFA has {len(dfa.delta)} states, more than the {MAX_STATES} nesy draws legibly")
        return None
    if any(t[2] is not None and getattr(t[2], "_num", False) for t in found) and reading.empty is None and \
            reading.leading is not False:
        notes.append("the empty string is read as the number 0" + (" and accepted" if dfa.accepts("") else ""))
    bad = next((x for x in examples if any(c not in sigma for c in x) or not dfa.accepts(x)), None)
    if bad is not None:
        # an example the description does not accept: one of the two is not what the writer meant, and
        # nesy does not choose between them
        raise UnsupportedError(
            f"the example '{bad}' in the phrase '{phrase['text']}' at {phrase['start']}-{phrase['end']} is not "
            f"a string of the language the phrase describes (over {{{', '.join(sigma)}}}); correct the example "
            "or the description")
    if inferred:
        nfa = _without_dead(dfa)
        notes.append(f"the text states no alphabet: drawn over the symbols of the string it names, "
                     f"{{{', '.join(sigma)}}}, without a dead state (a missing move rejects)")
    how = None
    if nfa is not None and exprs and found[0][0] <= exprs[0][0] and found[0][4] is nfa:
        how = (f"NFA of {len(nfa.delta)} states, one per partial derivative of the regular expression (Antimirov "
               f"1996; no ε-moves); its minimal DFA has {len(dfa.delta)}")
    return Language(dfa, nfa, pred, reading.minimal, tuple(notes), how)


# the alphabet written inside a description: "alphabet 0 1", "alphabet is a, b", "strings of a's and b's" (the
# strings made of those symbols), "over {a, b}", "words on {a, b}" — read, and blanked so its symbols are not taken for conditions
_IN_ALPHA = re.compile(r"(?i)(?:,\s*)?\b(?:(?:over\s+)?(?:the\s+)?(?:input\s+)?alphabet\s*(?:is\s+(?:just\s+|only\s+|simply\s+|exactly\s+)?|=\s*|:\s*)?|(?:over|on)\s+(?=\{))"
                       r"\{?\s*(?P<s>[A-Za-z0-9](?:\s*,?\s*(?:and\s+)?[A-Za-z0-9])*)\s*\}?(?![A-Za-z0-9'])")
# two or more single symbols listed plainly ("a and b", "0, 1 and 2", "x or y"): the letters the strings are made of,
# after "strings of", "words over", "sequences made of the letters" (a single symbol is never an alphabet here)
_PLAIN = r"[A-Za-z0-9](?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Za-z0-9])+(?![A-Za-z0-9'’])"
_PLAIN_SYMS = re.compile(r"(?i)(?:(?<=strings\s)|(?<=words\s)|(?<=sequences\s))(?:(?:made|composed|consisting|built)\s+(?:up\s+)?)?"
                         r"(?:of|over|from)\s+(?:only\s+)?(?:the\s+)?(?:(?:letters|symbols|characters)\s+)?(?P<s>" + _PLAIN + ")"
                         r"|(?i:\bover\s+(?:the\s+)?(?:(?:two|three|four|five|[2-9])\s+)?(?:letters|symbols|characters)\s+)(?P<s2>" + _PLAIN + ")")
_OF_SYMS = re.compile(r"(?i)\b(?<=strings\s)(?:(?:made|composed|consisting)\s+)?of\s+(?:only\s+)?(?P<s>[A-Za-z0-9]'?s"
                      r"(?:\s*(?:,|and|or)\s*[A-Za-z0-9]'?s)*)(?![A-Za-z0-9])|(?<=words\s)(?:(?:made|composed|consisting)\s+)?"
                      r"of\s+(?:only\s+)?(?P<s2>[A-Za-z0-9]'?s(?:\s*(?:,|and|or)\s*[A-Za-z0-9]'?s)*)(?![A-Za-z0-9])")


def _named_alphabet(desc: str) -> tuple[str, list[str] | None]:
    """``desc`` with an alphabet written in it blanked, and its symbols (None: none written)."""
    found: list[str] = []
    for rx in (_IN_ALPHA, _OF_SYMS, _PLAIN_SYMS):
        for m in list(rx.finditer(desc)):
            body = m.group("s") or (m.groupdict().get("s2") or "")
            syms = re.findall(r"[A-Za-z0-9](?='?s\b)" if rx is _OF_SYMS else r"[A-Za-z0-9]",
                              re.sub(r"(?i)\b(?:and|or)\b", " ", body))
            found += syms
            desc = desc[:m.start()] + " " * (m.end() - m.start()) + desc[m.end():]
    return desc, (sorted(dict.fromkeys(found)) or None)


def _expressions(desc: str, why: list[str]) -> list[tuple[int, int, tuple]] | None:
    """The regular expressions ``desc`` gives (``automata_regex.FIND``), each (start, end, syntax tree), its label
    included in the span; None (``why`` told) when one is malformed."""
    from . import automata_regex as rx_
    out = []
    for m in rx_.FIND.finditer(desc):
        if not rx_.is_expression(m.group("label"), m.group("re")):
            continue
        try:
            out.append((m.start(), m.end(), rx_.parse(m.group("re"))))
        except rx_.RegexError as e:
            why.append(f"'{m.group(0).strip()}' (not a well-formed regular expression: {e})")
            return None
    return out


def _regex_atom(tree, sigma: tuple[str, ...]) -> tuple[DFA, object, object] | None:
    """A regular expression's (minimal DFA, membership by Python's matcher, partial-derivative NFA)."""
    from . import automata_regex as rx_
    from .automata_lang_ops import subset
    tree = rx_.expand(tree, sigma)
    if any(c not in sigma for c in rx_.symbols(tree)):
        return None
    n = rx_.nfa(tree, sigma, limit=MAX_STATES)
    if n is None:
        return None
    pat = re.compile(rx_.python_pattern(tree))
    return subset(n), (lambda w: pat.fullmatch(w) is not None), n


def _without_dead(d: DFA):
    """The DFA as a partial automaton (an NFA of one-state moves): its dead states (rejecting, every move to
    itself) and the moves into them left out, the others renumbered in order (HMU §2.2.3)."""
    from .automata_lang_ops import NFA
    dead = {q for q, row in enumerate(d.delta) if q not in d.accepting and all(r == q for r in row.values())}
    keep = [q for q in range(len(d.delta)) if q not in dead]
    ix = {q: k for k, q in enumerate(keep)}
    delta = tuple({c: frozenset({ix[r]}) for c, r in d.delta[q].items() if r not in dead} for q in keep)
    return NFA(d.alphabet, delta, ix[d.start], frozenset(ix[q] for q in d.accepting))


def _k(tok: str) -> int:
    return int(tok) if tok.isdigit() else _SMALL[tok.lower()]


def _atom(kind: str, m: re.Match, sigma: tuple[str, ...], desc: str, reading) -> tuple[DFA, object, object] | None:
    """One condition's (DFA, membership predicate, NFA or None); None when it cannot be built over ``sigma``."""
    from . import automata_lang_ops as ops
    gd = m.groupdict()
    if kind in ("suffix", "prefix", "substring", "nosub", "exact"):
        w = gd.get("w") or gd.get("w2")
        if not w or any(c not in sigma for c in w):
            return None
        if kind == "suffix":
            return _kmp(w, sigma, absorb=False), (lambda x: x.endswith(w)), None
        if kind == "substring":
            return _kmp(w, sigma, absorb=True), (lambda x: w in x), None
        if kind == "nosub":
            return _complement(_kmp(w, sigma, absorb=True)), (lambda x: w not in x), None
        if kind == "prefix":
            return _chain(w, sigma, prefix=True), (lambda x: x.startswith(w)), None
        return _chain(w, sigma, prefix=False), (lambda x: x == w), None
    if kind == "finite":
        if re.search(r"(?i)\b(?:contains?|containing|with|of|made|using|from|has|have|having)\s+$", desc[:m.start()]):
            return None    # "containing only ab and ba": what the strings are made of, not the whole strings
        ws = _comb.finite_words(m)
        if ws is None or any(c not in sigma for w in ws for c in w):
            return None
        return _comb.finite_dfa(ws, sigma), (lambda x, s=frozenset(ws): x in s), None
    if kind in ("fromend", "fromend2", "fromend3"):
        s = gd["s"]
        if gd.get("pen"):
            k = 2
        elif gd.get("last"):
            k = 1
        else:
            o = gd["o"].lower()
            k = int(re.match(r"\d+", o).group(0)) if o[0].isdigit() else _ORD[o]
        if s not in sigma or not 1 <= k <= 10:
            return None
        nfa = ops.kth_from_end(sigma, k, s)
        return ops.subset(nfa), (lambda x: len(x) >= k and x[-k] == s), nfa
    if kind == "parity":
        s = gd.get("s") or gd.get("s2")
        if s not in sigma:
            return None
        r = 0 if (gd.get("p") or gd.get("p2")).lower() == "even" else 1
        return _mod(sigma, 2, lambda q, c, s=s: q + (c == s), {r}), (lambda x: x.count(s) % 2 == r), None
    if kind == "modcount":
        s = gd["s"]
        n = _k(gd.get("n") or gd.get("n2") or gd.get("n3"))
        r = int(gd.get("r") or gd.get("r3") or 0)
        if s not in sigma or not 1 <= n <= MAX_STATES:
            return None
        return ops.mod_count(sigma, s, n, r), (lambda x: x.count(s) % n == r % n), None
    if kind == "lenmod":
        n = _k(gd.get("n") or gd.get("n2"))
        r = int(gd.get("r") or 0)
        if not 1 <= n <= MAX_STATES:
            return None
        return ops.length_mod(sigma, n, r), (lambda x: len(x) % n == r % n), None
    if kind == "lenrange":
        k = _k(gd["k"])
        q = re.sub(r"\s+", " ", (gd.get("q") or "exactly").lower())
        lo, hi = {"at least": (k, None), "no less than": (k, None), "more than": (k + 1, None),
                  "greater than": (k + 1, None), "at most": (0, k), "no more than": (0, k), "exactly": (k, k),
                  "fewer than": (0, k - 1), "less than": (0, k - 1)}[q]
        if (hi is not None and hi < 0) or max(lo, hi or 0) > MAX_STATES:
            return None
        return (ops.length_between(sigma, lo, hi),
                (lambda x: len(x) >= lo and (hi is None or len(x) <= hi)), None)
    if kind == "sequence":
        from . import automata_regex as rx_
        if re.search(r"(?i)\b(?:contains?|containing|with|has|have|having|in|ends?|ending|starts?|starting|begins?|"
                     r"beginning|without|avoiding|where|by|after|before|somewhere)\s*$", desc[:m.start()]):
            # "containing a 0 followed by a 1" is a substring, not the whole string: not read as a sequence
            return None
        src = _seq.sequence_regex(m.group(0))
        if src is None:
            return None
        return _regex_atom(rx_.parse(src), sigma)
    if kind == "repeat":
        from ..errors import UnsupportedError
        from . import automata_regex as rx_
        got = _seq.repeat_regex(m)
        if got is None:
            return None
        if not got[1]:
            raise UnsupportedError(f"the phrase '{' '.join(m.group(0).split())}' says the block is repeated at least "
                                   "once and also that none counts; say which: 'any number of times (none included)' "
                                   "or 'one or more times'")
        if re.search(r"(?i)\b(?:contains?|containing|with|has|have|having|ends?|ending|starts?|starting|begins?|"
                     r"beginning|without|avoiding)\s*$", desc[:m.start()]):
            return None     # "containing ab repeated twice": a part of the string, not the whole — not read
        return _regex_atom(rx_.parse(got[0]), sigma)
    if kind == "order":
        if gd.get("s3"):
            # "no t is followed by s": after a t, no s — later anywhere, or right after it ("immediately")
            t_, s_ = gd.get("t3") or gd.get("t4"), gd["s3"]
            if s_ not in sigma or t_ not in sigma:
                return None
            if gd.get("imm"):
                w = t_ + s_
                return _complement(_kmp(w, sigma, absorb=True)), (lambda x: w not in x), None
        else:
            s_, t_ = gd.get("s") or gd.get("s2"), gd.get("t") or gd.get("t2")
        if s_ not in sigma or t_ not in sigma:
            return None
        return _seq.order_dfa(sigma, s_, t_), _seq.order_pred(s_, t_), None
    if kind == "followed":
        a, b = gd["s"], gd["t"]
        if a not in sigma or b not in sigma:
            return None
        delta = ({c: (1 if c == a else 0) for c in sigma},
                 {c: ((0 if a != b else 1) if c == b else 2) for c in sigma},
                 {c: 2 for c in sigma})
        return (DFA(sigma, delta, 0, frozenset({0})),
                (lambda x: all(i + 1 < len(x) and x[i + 1] == b for i, c in enumerate(x) if c == a)), None)
    if kind == "ends_same":
        same = bool(gd.get("same") or gd.get("same2"))
        return _ends_same(sigma, same), (lambda x: len(x) >= 1 and (x[0] == x[-1]) == same), None
    if kind == "nonempty":
        return ops.length_between(sigma, 1, None), (lambda x: len(x) >= 1), None
    if kind == "count":
        s, k = gd["s"], _k(gd["k"])
        q = re.sub(r"\s+", " ", gd["q"].lower())
        lo, hi = {"at least": (k, None), "no fewer than": (k, None), "more than": (k + 1, None),
                  "at most": (0, k), "no more than": (0, k), "exactly": (k, k),
                  "fewer than": (0, k - 1), "less than": (0, k - 1)}[q]
        if s not in sigma or (hi is not None and hi < 0) or max(lo, hi or 0) > MAX_STATES:
            return None
        return _count(sigma, s, lo, hi), (lambda x: lo <= x.count(s) and (hi is None or x.count(s) <= hi)), None
    if kind == "position":
        o = gd["o"].lower()
        k = int(re.match(r"\d+", o).group(0)) if o[0].isdigit() else _ORD[o]
        if gd["s"] not in sigma or not 1 <= k <= 10 or re.match(r"(?i)\s*(?:from|counting\s+from)\s+the\s+"
                                                                 r"(?:end|right|last|back)", desc[m.end():]):
            return None
        s = gd["s"]
        return _position(sigma, k, s), (lambda x: len(x) >= k and x[k - 1] == s), None
    if kind == "length":
        r = 0 if (gd.get("p") or gd.get("p2")).lower() == "even" else 1
        return _mod(sigma, 2, lambda q, c: q + 1, {r}), (lambda x: len(x) % 2 == r), None
    if kind == "divisible":
        n = _k(gd.get("n") or gd.get("n2") or gd.get("n3"))
        r = _k(gd.get("r") or gd.get("r3") or "0")
        if n < 1 or n > MAX_STATES or r >= n or not all(c.isdigit() for c in sigma):
            return None
        if sigma == ("0", "1"):
            if reading.order == "lsb":
                d = ops.lsb_divisible(n, r)
                pred = (lambda x: int(x[::-1] or "0", 2) % n == r)
            else:
                d = _mod(sigma, n, lambda q, c: 2 * q + int(c), {r})
                pred = (lambda x: int(x or "0", 2) % n == r)
        elif sigma == tuple(str(k) for k in range(10)) and reading.order == "msb":
            d = ops.decimal_divisible(sigma, n, r)
            pred = (lambda x: int(x or "0") % n == r)
        else:
            return None
        return _Num(d.alphabet, d.delta, d.start, d.accepting), pred, None
    return None


class _Num(DFA):
    """A number's DFA: marks that the empty string was read as 0 (said in the notes)."""
    _num = True
