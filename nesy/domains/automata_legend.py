"""Automata: state names that say what the machine has read, and the moves they determine.

A writer may list the states in code ("enum Parity { EE, EO, OE, OO }") and give a key to their names instead of
the transitions: "first letter = parity of a's, second = parity of b's (E even, O odd)", "the digit is the number
of 1s mod 3". Each position of a name then holds the count of one symbol modulo n (2 for a parity), so a state is
a tuple of residues and the move on a symbol adds one to the residues that count it — the product of counters
modulo n (Hopcroft, Motwani & Ullman, *Introduction to Automata Theory*, 3rd ed., Example 2.4 names the four
states of "even 0s and even 1s" this way; Sipser, 3rd ed., Example 1.13 is its one-counter case). The key is
read whole or not at all:

- ``enum_states``: the state list of an enumeration ("enum Name { A, B, C }"), a declaration of the states;
- ``read_legend``: the key (each position, the symbol it counts and its modulus; the letters of a parity, "E
  even, O odd" or "E = even", else the digits 0 and 1; the digits of a residue otherwise) and every move it
  determines over the stated alphabet, each with the key as its phrase. A name the key cannot decode, or a move
  that leads to a name not in the list, is refused naming the key (``UnsupportedError``): nesy never draws a
  state the text did not name.

Hands on to ``automata._scan``: the declared names with their spans, and the transitions with the spans read.
"""
from __future__ import annotations

import re

from ..errors import UnsupportedError

__all__ = ["enum_states", "read_legend"]

ENUM = re.compile(r"\benum\s+(?:class\s+)?[A-Za-z_]\w*\s*(?::\s*\w+\s*)?\{\s*(?P<names>[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)"
                  r"\s*,?\s*\}")
_ORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "left": 1,
         "leftmost": 1}
_S = r"[A-Za-z0-9]"
_POS = r"(?P<pos{k}>first|second|third|fourth|1st|2nd|3rd|4th|left(?:most)?|right(?:most)?|last|the|its)"
_UNIT = r"(?:letter|character|char|symbol|digit|position|place|part|half)s?"
_WHAT = (r"(?:the\s+)?(?:(?P<par{k}>parity)\s+of\s+(?:the\s+)?(?:number\s+of\s+)?|(?:number|count)\s+of\s+(?P<sm{k}>{s})(?:'?s)?\s+"
         r"(?:mod(?:ulo)?|%)\s*(?P<n{k}>\d)|(?:number|count)\s+of\s+)")
_ITEM = (_POS + r"(?:\s+" + _UNIT + r")?\s*(?:=|:|is|gives|encodes|stands\s+for|means|records|tracks|holds|shows)\s*"
         + _WHAT + r"(?P<s{k}>{s})?(?:'?s)?(?:\s+(?:mod(?:ulo)?|%)\s*(?P<n2{k}>\d))?(?![A-Za-z0-9])")
_CODE = (r"(?P<c{k}>[A-Za-z0-9])\s*(?:=|:|for|is|means|stands\s+for)?\s*(?P<v{k}>even|odd)")
LEGEND = re.compile(
    r"(?i)(?:(?:the\s+)?(?:(?:state\s+)?(?:names?|naming(?:\s+scheme)?)|key|legend)\s*(?::|-|—|–)\s*)?"
    + _ITEM.format(k=1, s=_S) + r"(?:\s*(?:,|;|and)\s*(?:the\s+)?" + _ITEM.format(k=2, s=_S) + r")?"
    + r"(?:\s*(?:,|;|and)\s*(?:the\s+)?" + _ITEM.format(k=3, s=_S) + r")?"
    + r"(?:\s*[(,;]?\s*(?:(?:with|where|using)\s+)?" + _CODE.format(k=1) + r"\s*(?:,|;|and|/)\s*" + _CODE.format(k=2)
    + r"\s*\)?)?")


def enum_states(text: str) -> list[tuple[list[tuple[str, int, int]], dict]]:
    """Each enumeration's names with their spans, and its phrase."""
    out = []
    for m in ENUM.finditer(text):
        names = [(x.group(0), m.start("names") + x.start(), m.start("names") + x.end())
                 for x in re.finditer(r"[A-Za-z_]\w*", m.group("names"))]
        out.append((names, {"text": m.group(0), "start": m.start(), "end": m.end()}))
    return out


def read_legend(text: str, states: list[str], alphabet: list[str] | None,
                strict: bool = True) -> tuple[list, list[tuple[int, int]]]:
    """The moves the key to the state names determines: ``[(src, tgt, symbol, phrase)]`` and the spans read; none
    when the text gives no key. Raises ``UnsupportedError`` naming the key when it is given but does not decode
    the names or leads outside them; ``strict`` False: no moves then, and the key's span (its words are this
    science's, for scoring a text; the parse refuses it)."""
    m = next((x for x in LEGEND.finditer(text) if x.group("pos1") and (x.group("s1") or x.group("sm1"))), None)
    if m is None or not states:
        return [], []
    try:
        return _moves(m, states, alphabet)
    except UnsupportedError:
        if strict:
            raise
        return [], [(m.start(), m.end())]


def _moves(m: re.Match, states: list[str], alphabet: list[str] | None) -> tuple[list, list[tuple[int, int]]]:
    """``read_legend`` for the key ``m``: the moves and the key's span, or ``UnsupportedError``."""
    keyed = sum(1 for k in (1, 2, 3) if m.group(f"pos{k}"))
    body = {n: n for n in states}
    if any(len(n) != keyed for n in states):
        # a part every name shares ("R" of R0, R1, R2) says nothing: the positions are those of the rest
        pre = len(_common([n for n in states]))
        suf = len(_common([n[pre:][::-1] for n in states]))
        body = {n: n[pre:len(n) - suf] for n in states}
    ph = {"text": m.group(0).strip(), "start": m.start(), "end": m.end()}
    where = f"'{ph['text']}' at {ph['start']}-{ph['end']}"

    def fail(why: str) -> UnsupportedError:
        return UnsupportedError(f"the key to the state names {where} could not be read: {why}; give the moves, e.g. "
                                f"'{states[0]} goes to … on …'")
    width = len(body[states[0]])
    if width == 0 or any(len(b) != width for b in body.values()):
        raise fail("the names are not all of one length, one letter per position")
    if not alphabet:
        raise fail("the text states no input alphabet")
    items = []
    for k in (1, 2, 3):
        if not m.group(f"pos{k}"):
            continue
        word = m.group(f"pos{k}").lower()
        if word in ("the", "its") and (width != 1 or k > 1):
            raise fail(f"'{word}' names no position of names of {width} letters")
        pos = width if word in ("right", "rightmost", "last") else _ORDS.get(word, 1)
        sym = m.group(f"s{k}") or m.group(f"sm{k}")
        n = 2 if m.group(f"par{k}") else int(m.group(f"n{k}") or m.group(f"n2{k}") or 0)
        if sym is None or n < 2 or pos > width or sym not in alphabet:
            raise fail(f"the position '{word}' counts no symbol of the alphabet modulo a number")
        items.append((pos - 1, sym, n))
    if len({p for p, _s, _n in items}) < len(items) or len(items) != width:
        raise fail(f"{len(items)} positions are keyed for names of {width} letters")
    code: dict[str, int] = {}
    if m.group("c1"):
        for k in (1, 2):
            code[m.group(f"c{k}")] = 0 if m.group(f"v{k}").lower() == "even" else 1
        if len(set(code.values())) < 2:
            raise fail("the letters of even and odd are not two")
    decode: dict[str, tuple[int, ...]] = {}
    for name in states:
        vals = []
        for p, _s, n in items:
            ch = body[name][p]
            if n == 2 and code:
                v = code.get(ch, code.get(ch.upper(), code.get(ch.lower())))
            else:
                v = int(ch) if ch.isdigit() else None
            if v is None or v >= n:
                raise fail(f"the letter '{ch}' of '{name}' is not a value of its position")
            vals.append(v)
        decode[name] = tuple(vals)
    if len(set(decode.values())) < len(decode):
        raise fail("two names stand for the same counts")
    encode = {v: k for k, v in decode.items()}
    trans = []
    for name in states:
        for c in alphabet:
            nxt = tuple((v + (s == c)) % n for v, (_p, s, n) in zip(decode[name], items))
            if nxt not in encode:
                raise fail(f"on {c}, {name} moves to counts no listed name stands for")
            trans.append((name, encode[nxt], c, ph))
    return trans, [(m.start(), m.end())]


def _common(names: list[str]) -> str:
    """The longest prefix all ``names`` share, short of the whole of any of them."""
    out = ""
    for chars in zip(*names):
        if len(set(chars)) > 1:
            break
        out += chars[0]
    return out[:min(len(n) for n in names) - 1] if names else ""

