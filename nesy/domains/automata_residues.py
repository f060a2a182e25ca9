"""An automaton described by its construction beside its language, and a definition of the machine in general
(``nesy.automata.v1``): "A classic example recognises the binary numerals that are multiples of 3: its three states
correspond to the remainders 0, 1 and 2, the remainder-0 state is both the start state and the only accepting
state, and reading a bit b in the state for remainder r leads to the state for remainder (2r + b) mod 3."

* The remainder construction: states named by the remainders 0 … m−1, a start and accepting remainder, and the
  transition given by a formula, δ(r, b) = f(r, b) mod m — for binary numerals read most significant bit first,
  appending bit b to a numeral of value v gives 2v + b, so its remainder is (2r + b) mod m (Sipser, *Introduction
  to the Theory of Computation*, 3rd ed., Example 1.13 / Exercise 1.37; HMU §2.2 Example 2.4 style). The formula is
  read as arithmetic (+, −, ×, integers and the two variables, "2r" as 2·r) and evaluated for every state and
  symbol: a DFA of its own.
* A definition of the machine in general ("In the theory of computation, a deterministic finite automaton (DFA) is a
  finite-state machine that accepts or rejects a given string of symbols by running through a state sequence …"):
  a generic sentence whose subject is the kind itself with an indefinite article (Huddleston & Pullum 2002, ch. 5
  §8.3, generic indefinites) says what every such machine is, nothing of the one asked for.

``read_around`` is tried only when the text was refused as it stood: it reads the text with the construction and
the definitions blanked (offsets kept); the construction's DFA must accept exactly the language of the automaton
read (equal on every string, by a breadth-first search of the product of the two), else the text is refused
naming both (never one silently kept); agreeing, it is read and said so in the scene's notes. A definition (no
number, set or state in it) is read as context: ignored, it states nothing of the automaton drawn.
"""
from __future__ import annotations

import ast
import re
from dataclasses import replace
from typing import Any

__all__ = ["read_around", "residue_rule", "definition_spans"]

_WN = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_N = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_STATES = re.compile(rf"(?i)(?:(?:its|the|with|has|having)\s+)?(?P<n>{_N})\s+states\s+(?:correspond\s+to|stand\s+for|"
                     r"represent|are|track|record|hold|keep)\s+(?:the\s+)?(?:possible\s+)?remainders?"
                     r"(?:\s+(?:mod(?:ulo)?\s+\d{1,2}\s+)?(?P<list>\d{1,2}(?:\s*,\s*\d{1,2})*(?:\s*,?\s*(?:and|or)\s+\d{1,2})?))?")
_ROLE = r"(?:start(?:ing)?|initial|accepting|final)"
_MARKS = re.compile(rf"(?i)\bthe\s+(?:state\s+(?:for|of)\s+remainder\s+(?P<r>\d{{1,2}})|remainder[\s-](?P<r2>\d{{1,2}})\s+state)"
                    rf"\s+is\s+(?P<what>(?:both\s+)?(?:the\s+)?(?:only\s+|sole\s+|single\s+)?{_ROLE}\s+state"
                    rf"(?:\s*,?\s+and\s+(?:also\s+)?(?:the\s+)?(?:only\s+|sole\s+|single\s+)?{_ROLE}\s+state)?)")
_MOD = r"\s*(?:mod(?:ulo)?\s*(?P<m>\d{1,2})|%\s*(?P<m2>\d{1,2}))"
_RULE = re.compile(
    r"(?i)(?:(?:and\s+)?(?:reading|on\s+reading|on\s+input|on)\s+(?:an?\s+|the\s+)?(?:bit|digit|symbol|input)\s+(?P<b>[a-z])\s+"
    r"(?:in|from|at)\s+(?:the\s+)?state\s+(?:for\s+|of\s+|with\s+)?(?:remainder\s+)?(?P<r>[a-z])\s*,?\s+"
    r"(?:(?:the\s+(?:machine|automaton|dfa)|it)\s+)?(?:leads|goes|moves|takes\s+(?:it|the\s+machine|the\s+automaton))"
    r"\s+to\s+(?:the\s+)?state\s+(?:for\s+|of\s+|with\s+)?(?:remainder\s+)?(?P<expr>[^.;]+?)" + _MOD
    # "δ(r, b) = (2r + b) mod 3": the transition function written out
    + r"|δ\s*\(\s*(?P<r3>[a-z])\s*,\s*(?P<b3>[a-z])\s*\)\s*=\s*(?P<expr3>[^.;]+?)"
    + _MOD.replace("?P<m>", "?P<m3>").replace("?P<m2>", "?P<m4>") + r")")
_KIND = (r"(?:deterministic\s+|nondeterministic\s+|non-deterministic\s+)?(?:finite[\s-]+(?:state\s+)?(?:automaton|automata|"
         r"machine|acceptor)|finite[\s-]state\s+machine|dfa|nfa|fsm|automaton)")
_DEFINITION = re.compile(rf"(?i)(?:^|(?<=[.!?]\s)|(?<=\n))(?:[^.!?\n]*?,\s*)?an?\s+{_KIND}(?:\s*\([^()]*\))?\s+is\s+"
                         r"(?:an?|the)\s+[^.!?\n]*[.!?]?")


def _value(expr: str, r_: str, b_: str, r: int, b: int) -> int | None:
    """The integer value of ``expr`` (+, −, ×, integers, the variables ``r_`` and ``b_``; "2r" is 2·r), or None."""
    s = expr.replace("×", "*").replace("·", "*").replace("−", "-")
    s = re.sub(rf"(\d)\s*(?=[{re.escape(r_)}{re.escape(b_)}(])", r"\1*", s)
    try:
        tree = ast.parse(s, mode="eval")
    except SyntaxError:
        return None

    def ev(n: ast.AST) -> int:
        if isinstance(n, ast.Expression):
            return ev(n.body)
        if isinstance(n, ast.Constant) and isinstance(n.value, int):
            return n.value
        if isinstance(n, ast.Name) and n.id in (r_, b_):
            return r if n.id == r_ else b
        if isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.USub):
            return -ev(n.operand)
        if isinstance(n, ast.BinOp) and isinstance(n.op, (ast.Add, ast.Sub, ast.Mult)):
            x, y = ev(n.left), ev(n.right)
            return x + y if isinstance(n.op, ast.Add) else x - y if isinstance(n.op, ast.Sub) else x * y
        raise ValueError
    try:
        return ev(tree)
    except (ValueError, RecursionError):
        return None


def residue_rule(text: str) -> dict[str, Any] | None:
    """The remainder construction the text states (module docstring): ``m``, ``start``, ``accepting``, ``delta``
    ({(r, symbol): r'}), ``alphabet`` and the phrases' ``spans``; None unless the states, the marks and the rule
    are all stated and agree (m states for the remainders 0 … m−1, the rule's modulus m)."""
    st, rule = _STATES.search(text), _RULE.search(text)
    marks = list(_MARKS.finditer(text))
    if st is None or rule is None or not marks:
        return None
    n = int(st.group("n")) if st.group("n").isdigit() else _WN[st.group("n").lower()]
    if st.group("list"):
        listed = [int(x) for x in re.findall(r"\d+", st.group("list"))]
        if listed != list(range(n)):
            return None
    g = rule.groupdict()
    m = int(g["m"] or g["m2"] or g["m3"] or g["m4"])
    r_, b_, expr = (g["r"], g["b"], g["expr"]) if g["expr"] is not None else (g["r3"], g["b3"], g["expr3"])
    if m != n or r_ == b_:
        return None
    start, accepting, only = None, set(), False
    for mk in marks:
        q = int(mk.group("r") or mk.group("r2"))
        what = mk.group("what").lower()
        if re.search(r"start|initial", what):
            start = q
        if re.search(r"accepting|final", what):
            accepting.add(q)
            only = only or bool(re.search(r"(?:only|sole|single)\s+(?:accepting|final)|the\s+(?:accepting|final)", what))
    if start is None or not accepting or not only or max(accepting | {start}) >= m:
        return None
    if not re.search(r"(?i)\b(?:bits?|binary)\b", text):
        return None      # (the symbols are the bits 0 and 1: other alphabets are not read here)
    alphabet = ("0", "1")
    delta = {}
    for q in range(m):
        for c in alphabet:
            v = _value(expr, r_, b_, q, int(c))
            if v is None:
                return None
            delta[(q, c)] = v % m
    spans = [(st.start(), st.end()), (rule.start(), rule.end())] + [(mk.start(), mk.end()) for mk in marks]
    return {"m": m, "start": start, "accepting": frozenset(accepting), "delta": delta, "alphabet": alphabet,
            "spans": sorted(spans), "phrase": text[min(a for a, _ in spans):max(b for _, b in spans)]}


def definition_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence that defines the kind of machine in general (module docstring)."""
    out = []
    for m in _DEFINITION.finditer(text):
        a, b = m.start(), m.end()
        if re.search(r"[\d{}=→]|\b[qs]\d", m.group()):
            continue      # (a number, a set or a state inside: it may say something of this machine, read as it stands)
        a += len(text[a:b]) - len(text[a:b].lstrip())
        out.append((a, b))
    return out


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _scene_dfa(scene: Any) -> tuple[str, dict, set, tuple[str, ...]] | None:
    """(start, moves {(state, symbol): {targets}}, accepting, alphabet) of a scene's automaton, or None."""
    starts = scene.attr("starts") or []
    if len(starts) != 1:
        return None
    moves: dict[tuple[str, str], set[str]] = {}
    for t in scene.attr("transitions") or []:
        moves.setdefault((t["source"], t["symbol"]), set()).add(t["target"])
    alpha = tuple((scene.attr("alphabet") or {}).get("symbols") or sorted({c for _, c in moves}))
    return starts[0]["state"], moves, {a["state"] for a in scene.attr("accepts") or []}, alpha


def _disagree(scene: Any, rule: dict[str, Any]) -> str | None:
    """A string the scene's automaton and the rule's DFA decide differently (None when they accept the same
    language): breadth-first over the pairs (set of scene states, rule state), shortest first."""
    got = _scene_dfa(scene)
    if got is None:
        return ""
    start, moves, acc, alpha = got
    if set(alpha) != set(rule["alphabet"]):
        return ""
    first = (frozenset([start]), rule["start"])
    seen, queue = {first}, [(first, "")]
    while queue:
        (qs, r), w = queue.pop(0)
        if bool(qs & acc) != (r in rule["accepting"]):
            return w
        for c in rule["alphabet"]:
            nxt = (frozenset(x for q in qs for x in moves.get((q, c), ())), rule["delta"][(r, c)])
            if nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, w + c))
    return None


def read_around(text: str, parse: Any, allow_unknown: bool) -> Any:
    """The scene of ``text`` read with its remainder construction checked and its general definitions listed as not
    drawn (module docstring); None when it has neither, or the rest is refused too. ``parse(text, allow_unknown=…)``
    reads the blanked text."""
    from ..errors import NesyError, UnsupportedError
    from ..types import Span, _freeze, _thaw
    rule = residue_rule(text)
    defs = [d for d in definition_spans(text) if not (rule and any(a < d[1] and d[0] < b for a, b in rule["spans"]))]
    if rule is None and not defs:
        return None
    blanks = (rule["spans"] if rule else []) + defs
    try:
        scene = parse(_blank(text, blanks), allow_unknown=True)
    except NesyError:
        return None
    if rule is not None:
        w = _disagree(scene, rule)
        if w is not None:
            a, b = rule["spans"][0][0], rule["spans"][-1][1]
            raise UnsupportedError(
                f"the construction '{text[a:b]}' at {a}-{b} and the automaton read from the rest of the text accept "
                "different languages" + (f" (the string '{w}' is in one and not the other)" if w else "")
                + "; nesy draws one automaton: keep the one you mean")
    # a definition of the machine in general says nothing of this one: read as context (ignored), its words taken
    # out of what the scene left unread
    said = [Span(a, b, text[a:b]) for a, b in defs]
    unknown = tuple(u for u in scene.unknown if not any(a <= u.start and u.end <= b for a, b in defs))
    attrs = _thaw(scene.attributes)
    if rule is not None and attrs.get("language"):
        attrs["language"]["notes"] = list(attrs["language"].get("notes") or []) + [
            f"the construction '{rule['phrase']}' (states for the remainders 0 … {rule['m'] - 1}, the transition by "
            "its formula) accepts the same language (checked on every string by the product of the two automata): read"]
    return replace(scene, text=text, attributes=_freeze(attrs), unknown=unknown,
                   ignored=tuple(sorted(tuple(scene.ignored) + tuple(said), key=lambda s: (s.start, s.end))))
