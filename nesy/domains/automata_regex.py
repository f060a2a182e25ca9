"""A language given as a regular expression ("an NFA recognizing (a|b)*abb", "a DFA for the regex (0+1)*01",
"L(a*ba*)"), compiled for ``automata_lang``: found in a description, parsed, turned into an ε-free NFA by
Antimirov's partial derivatives, and read a second time as a Python pattern for the verifier.

Notation (Hopcroft, Motwani & Ullman, *Introduction to Automata Theory, Languages, and Computation*, 3rd ed.
(HMU) §3.1; Sipser, *Introduction to the Theory of Computation*, 3rd ed. §1.3; Aho, Lam, Sethi & Ullman,
*Compilers* 2nd ed. §3.3 (the Dragon book)): a symbol is one letter or digit; juxtaposition concatenates;
``|`` is union, and so is ``+`` between two operands when the expression has no ``|`` (HMU and Sipser write
union as ``+`` and ``∪``); ``*`` (or ``^*``) is the Kleene star; ``+`` after an operand in an expression that
uses ``|``, or ``^+``, is one-or-more; ``?`` is zero-or-one; ``ε``/``λ`` the empty string, ``∅`` the empty
language. The alphabet is the one the text states, else the expression's own symbols (the regular expression
defines its language over the symbols it names: Sipser Def. 1.52), which the figure says it assumed.

The programmer's notation (POSIX and Python ``re``) is read too: ``.`` any symbol of the stated alphabet, a class
``[ab]``, ``[0-9]``, ``[^a]``, slashes around the pattern ("/^a.*b$/"), and the anchors — "^r$" is r, the whole string
as in the textbooks; "^r" alone is r followed by anything and "r$" alone anything followed by r (what ``re.search`` and
grep match). '.' and "[^a]" need a stated alphabet, and a '.' between two operands with no anchor ("a.b": the
textbooks' concatenation dot or grep's any symbol) is refused, never guessed.

The NFA has one state per partial derivative of the expression (V. Antimirov, "Partial derivatives of regular
expressions and finite automaton constructions", Theor. Comput. Sci. 155 (1996) 291–319): at most one more
than the number of symbol occurrences, and for ``(a|b)*abb`` the four-state NFA of the Dragon book (Fig. 3.24).
"""
from __future__ import annotations

import re

__all__ = ["FIND", "IN_SENTENCE", "DOT", "RegexError", "parse", "symbols", "nfa", "python_pattern", "plus_is_union", "is_expression",
           "needs_alphabet", "expand"]

_ATOMCH = r"A-Za-z0-9()*?^ε∅λ·"
# the programmer's notation (POSIX / Python ``re``): '.' any symbol of the alphabet (never a sentence's full stop: an
# operator, a symbol or a bracket follows it), a class "[ab]", "[^a]", "[0-9]", and the anchors '^' … '$'
DOT = r"\.(?=[*+?(\[$]|[A-Za-z0-9](?![A-Za-z]{2}))"
_CLASS = r"\[\^?(?:[A-Za-z0-9](?:-[A-Za-z0-9])?)+\]"
_UNIT = rf"(?:[{_ATOMCH}]|{DOT}|{_CLASS}|\$(?![A-Za-z0-9(]))"
# a regular expression as written in a sentence: runs of symbols and operators, '|'/'+'/'∪' with optional spaces
TOKEN = rf"(?:{_UNIT}+(?:(?:\s*[|∪]\s*|\+|\s+\+\s+){_UNIT}+)*\+?)"
# where a description gives one: after its label ("the regular expression", "regex:", "L(…)"), or unlabelled when
# it can only be an expression (a bracket or '|' with a star, or a star between symbols: "(a|b)*abb", "0*10*"),
# never a state name with a star ("q2*")
FIND = re.compile(
    r"(?P<label>(?:(?:the\s+)?(?:language\s+(?:of|denoted\s+by|described\s+by|given\s+by|defined\s+by)\s+(?:the\s+)?)?"
    r"(?:reg\w*[\s-]+exp\w*|reg(?:ular)?[\s-]?exp?|expression|pattern)s?\s*(?:[:=]\s*)?(?:(?:r|R|E)\s*=\s*)?"
    r"|(?<![A-Za-z0-9])L\s*(?:\(\s*M\s*\)\s*)?=\s*|(?:match(?:es|ing)?|denoted\s+by|described\s+by|given\s+by|defined\s+by|represented\s+by|equivalent\s+to)\s+"
    r"(?:the\s+)?))?"
    # (a pattern in a programmer's slashes, "/^a.*b$/", is read without them)
    r"(?<![A-Za-z0-9)\-])(?P<sl>/)?(?P<re>(?:L\s*\(\s*)?" + TOKEN + r")(?(sl)/|)(?![A-Za-z0-9(])", re.I)

# a regular expression standing in a sentence as the language ("a DFA for (a|b)*abb", "accepting L = (0+1)*01",
# "Regex: a*b*"), for the automata reader's language phrase: after a word that introduces a language, a colon or
# at the start, and unmistakably an expression (a starred bracket, '|', or a star before a symbol) — never a
# transition's symbol list ("on a|b" follows no such word)
IN_SENTENCE = (r"(?:(?:(?:that|which)\s+)?(?:ac{1,2}ep?ts?|ac{1,2}ep?ting|recogni[sz]e[sd]?|recogni[sz]ing|decides|generates|"
               r"for|of|matching|matches|denoted\s+by|described\s+by|given\s+by|defined\s+by|represented\s+by|"
               r"equivalent\s+to)\s+(?:the\s+(?:language\s+(?:of\s+)?)?)?|(?<=:)\s*|^\s*)"
               r"(?:(?:the\s+)?(?:reg\w*[\s-]+exp\w*|reg(?:ular)?[\s-]?exp?|pattern|expression)s?\s*(?:[:=]\s*)?)?(?:L\s*(?:\(\s*M\s*\)\s*)?=\s*)?(?<![A-Za-z0-9)\-])/?"
               rf"(?=(?:{_UNIT}|\+|\s*[|∪]\s*)*?(?:\)\s*\*|[|∪]|\*[A-Za-z0-9(.\[$]|\]\s*[*+]))" + TOKEN + r"(?![A-Za-z0-9(])")

class RegexError(ValueError):
    """The expression is not well formed (an unbalanced bracket, an operator with no operand)."""


def _unwrap(src: str) -> str:
    """``L(r)`` → ``r``; spaces and the explicit concatenation dot removed."""
    s = re.sub(r"[\s·]+", "", src)
    if s.startswith("L(") and s.endswith(")") and _balanced(s[2:-1]):
        s = s[2:-1]
    return s


def _balanced(s: str) -> bool:
    depth = 0
    for ch in s:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return False
    return depth == 0


def plus_is_union(src: str) -> bool:
    """Whether a '+' between two operands is union (textbook notation: the expression uses no '|' or '∪')."""
    s = _unwrap(src)
    return "|" not in s and "∪" not in s and re.search(r"\+(?=[A-Za-z0-9(ελ∅])", s.replace("^+", "")) is not None


def is_expression(label: str | None, src: str) -> bool:
    """Whether a token found by ``FIND`` is a regular expression: labelled as one, or unmistakably one."""
    s = _unwrap(src)
    if not _balanced(s) or not re.search(r"[A-Za-z0-9ελ∅]", s):
        return False
    if label and re.search(r"(?i)reg", label):
        return True
    if label and (re.search(r"[*|+∪?()\[.$]", s) or s.startswith("^")):
        return True
    return bool(("(" in s and "*" in s) or "|" in s or "∪" in s or s.count("*") >= 2 or re.search(r"\*[A-Za-z0-9(.\[$]", s)
                or re.search(r"\][*+]", s) or (s.startswith("^") and s.endswith("$") and len(s) > 2))


def parse(src: str):
    """The syntax tree of ``src``: ('sym', c) | ('eps',) | ('empty',) | ('cat', a, b) | ('alt', a, b) | ('star', a),
    and from the programmer's notation ('any',) for '.' and ('class', symbols, negated) for "[ab]" / "[^a]", which
    ``expand`` writes over the alphabet. Anchors: "^r$" is r (the whole string, as in the textbooks); "^r" alone
    is r followed by anything, "r$" alone anything followed by r (grep's and Python's ``re.search`` reading).
    Raises ``RegexError`` naming the position of a malformed part."""
    s = _unwrap(src)
    head = s.startswith("^") and not s.startswith(("^*", "^+"))
    tail = s.endswith("$")
    s = s[1 if head else 0:len(s) - 1 if tail else len(s)]
    if "$" in s or (s.startswith("^") and not s.startswith(("^*", "^+"))):
        raise RegexError(f"an anchor inside '{_unwrap(src)}' (only '^' first and '$' last are read)")
    if not s:
        raise RegexError(f"no expression between the anchors of '{_unwrap(src)}'")
    if not (head or tail) and re.search(r"(?<=[A-Za-z0-9)\]*+?ελ∅])\.(?=[A-Za-z0-9(\[ελ∅])", s):
        # "a.b": the textbooks' concatenation dot or grep's any symbol — the anchors or an operator after it say
        # which; without them it is not guessed
        raise RegexError(f"'.' between two parts of '{s}' may join them (concatenation) or stand for any symbol; "
                         "write 'ab' or '^a.b$'")
    union_plus = plus_is_union(s)
    pos = 0

    def peek() -> str:
        return s[pos] if pos < len(s) else ""

    def alt():
        nonlocal pos
        left = cat()
        while peek() in ("|", "∪") or (peek() == "+" and union_plus):
            pos += 1
            left = ("alt", left, cat())
        return left

    def cat():
        items = []
        while peek() and (peek() not in "|∪)" and not (peek() == "+" and union_plus)):
            items.append(post())
        if not items:
            raise RegexError(f"an operator with no operand at {pos} of '{s}'")
        out = items[-1]
        for it in reversed(items[:-1]):
            out = ("cat", it, out)
        return out

    def post():
        nonlocal pos
        a = atom()
        while True:
            if s.startswith("^*", pos) or peek() == "*":
                pos += 2 if peek() == "^" else 1
                a = ("star", a)
            elif s.startswith("^+", pos) or (peek() == "+" and not union_plus):
                pos += 2 if peek() == "^" else 1
                a = ("cat", a, ("star", a))
            elif peek() == "?":
                pos += 1
                a = ("alt", a, ("eps",))
            else:
                return a

    def atom():
        nonlocal pos
        ch = peek()
        if ch == ".":
            pos += 1
            return ("any",)
        if ch == "[":
            m = re.compile(r"\[(\^?)((?:[A-Za-z0-9](?:-[A-Za-z0-9])?)+)\]").match(s, pos)
            if m is None:
                raise RegexError(f"an unclosed or empty '[' at {pos} of '{s}'")
            pos = m.end()
            chars: set[str] = set()
            for r in re.finditer(r"([A-Za-z0-9])(?:-([A-Za-z0-9]))?", m.group(2)):
                lo, hi = r.group(1), r.group(2) or r.group(1)
                if ord(hi) < ord(lo) or lo.isdigit() != hi.isdigit() or (lo.isalpha() and lo.islower() != hi.islower()):
                    raise RegexError(f"the range '{r.group(0)}' in '{m.group(0)}' is not a range of letters or digits")
                chars |= {chr(k) for k in range(ord(lo), ord(hi) + 1)}
            return ("class", tuple(sorted(chars)), bool(m.group(1)))
        if ch == "(":
            pos += 1
            inner = ("eps",) if peek() == ")" else alt()
            if peek() != ")":
                raise RegexError(f"an unclosed '(' in '{s}'")
            pos += 1
            return inner
        if ch in ("ε", "λ"):
            pos += 1
            return ("eps",)
        if ch == "∅":
            pos += 1
            return ("empty",)
        if re.fullmatch(r"[A-Za-z0-9]", ch or "-"):
            pos += 1
            return ("sym", ch)
        raise RegexError(f"'{ch or 'the end'}' at {pos} of '{s}' where a symbol or '(' belongs")

    tree = alt()
    if pos != len(s):
        raise RegexError(f"'{s[pos]}' at {pos} of '{s}' is not read")
    if head != tail:
        tree = ("cat", tree, ("star", ("any",))) if head else ("cat", ("star", ("any",)), tree)
    return tree


def needs_alphabet(tree) -> bool:
    """Whether the expression speaks of the alphabet itself ('.' or a negated class "[^a]"), so it has a meaning
    only over a stated one."""
    if tree[0] == "any" or (tree[0] == "class" and tree[2]):
        return True
    return any(needs_alphabet(x) for x in tree[1:] if isinstance(x, tuple) and x and isinstance(x[0], str))


def expand(tree, sigma: tuple[str, ...]):
    """The tree with '.' and classes written as unions of symbols of ``sigma`` (a class symbol outside it stays, so
    the caller refuses it)."""
    k = tree[0]
    if k in ("any", "class"):
        syms = list(sigma) if k == "any" else ([c for c in sigma if c not in tree[1]] if tree[2] else list(tree[1]))
        if not syms:
            return ("empty",)
        out = ("sym", syms[0])
        for c in syms[1:]:
            out = ("alt", out, ("sym", c))
        return out
    if k in ("cat", "alt"):
        return (k, expand(tree[1], sigma), expand(tree[2], sigma))
    if k == "star":
        return ("star", expand(tree[1], sigma))
    return tree


def symbols(tree) -> tuple[str, ...]:
    """The symbols the expression names, sorted."""
    out: set[str] = set()

    def walk(t):
        if t[0] == "sym":
            out.add(t[1])
        if t[0] == "class" and not t[2]:
            out.update(t[1])
        if t[0] == "class":
            return
        for x in t[1:]:
            if isinstance(x, tuple):
                walk(x)
    walk(tree)
    return tuple(sorted(out))


def _nullable(t) -> bool:
    k = t[0]
    if k in ("eps", "star"):
        return True
    if k in ("sym", "empty"):
        return False
    if k == "cat":
        return _nullable(t[1]) and _nullable(t[2])
    return _nullable(t[1]) or _nullable(t[2])


def _cat(a, b):
    """Concatenation, kept right-nested and free of ε and ∅ (so equal derivatives compare equal)."""
    if a == ("empty",) or b == ("empty",):
        return ("empty",)
    if a == ("eps",):
        return b
    if b == ("eps",):
        return a
    if a[0] == "cat":
        return _cat(a[1], _cat(a[2], b))
    return ("cat", a, b)


def _pd(t, c: str) -> frozenset:
    """Antimirov's partial derivatives of ``t`` by the symbol ``c``."""
    k = t[0]
    if k == "sym":
        return frozenset({("eps",)}) if t[1] == c else frozenset()
    if k in ("eps", "empty"):
        return frozenset()
    if k == "alt":
        return _pd(t[1], c) | _pd(t[2], c)
    if k == "star":
        return frozenset(_cat(x, t) for x in _pd(t[1], c))
    out = frozenset(_cat(x, t[2]) for x in _pd(t[1], c))
    return out | _pd(t[2], c) if _nullable(t[1]) else out


def nfa(tree, sigma: tuple[str, ...], limit: int = 64):
    """The partial-derivative NFA of ``tree`` over ``sigma`` (``automata_lang_ops.NFA``, states in breadth-first
    order from the expression itself; a state accepts when its derivative holds ε); None past ``limit`` states."""
    from .automata_lang_ops import NFA
    start = _cat(tree, ("eps",))
    order, ix = [start], {start: 0}
    delta: list[dict[str, frozenset[int]]] = []
    k = 0
    while k < len(order):
        row: dict[str, frozenset[int]] = {}
        for c in sigma:
            targets = set()
            for d in sorted(_pd(order[k], c), key=repr):
                if d == ("empty",):
                    continue
                if d not in ix:
                    ix[d] = len(order)
                    order.append(d)
                    if len(order) > limit:
                        return None
                targets.add(ix[d])
            if targets:
                row[c] = frozenset(targets)
        delta.append(row)
        k += 1
    return NFA(sigma, tuple(delta), 0, frozenset(q for q, d in enumerate(order) if _nullable(d)))


def python_pattern(tree) -> str:
    """The expression as a Python ``re`` pattern, for ``re.fullmatch``: the verifier's second reading, by a
    backtracking matcher that shares nothing with the automaton construction."""
    k = tree[0]
    if k == "sym":
        return re.escape(tree[1])
    if k == "eps":
        return "(?:)"
    if k == "empty":
        return "(?!)"
    if k == "star":
        return f"(?:{python_pattern(tree[1])})*"
    if k == "cat":
        return python_pattern(tree[1]) + python_pattern(tree[2])
    return f"(?:{python_pattern(tree[1])}|{python_pattern(tree[2])})"
