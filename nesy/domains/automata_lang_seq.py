"""Automata: a language said as a regular expression in words, and an expression's gloss in words.

Two conditions ``automata_lang`` reads through this module (symbols are one character each; a word naming a
symbol has already been written as the symbol by ``automata_alias``):

* a sequence of parts — "a L followed by any number of L or D", "first zero or more a's, then one or more b's",
  "one 0 then any number of 1s" — is the regular expression that concatenates them: "any number of" / "zero or
  more" is the Kleene star, "one or more" / "at least one" the star after one copy, "a", "an", "one", "a single"
  or a bare symbol exactly one, "X or Y" the union of symbols (HMU §3.1, Sipser Def. 1.52; the identifier of
  Aho, Lam, Sethi & Ullman, *Compilers* 2nd ed. §3.3.4, "letter (letter | digit)*", is this form). "some" is not
  read on its own (it may or may not include none);
* a definition head before a sequence, "an identifier is …", names the strings the automaton accepts (said in
  the notes);
* "no a after b" / "no a comes after a b" / "all a's before all b's" — no occurrence of a follows an occurrence
  of b: a state before any b, one after, and a dead state (HMU §2.2; the language b-free-prefix, a*b* over {a, b}).

A regular expression followed by a gloss in words ("a*b*: first some a, then some b") is read twice: the gloss
must describe the same language as the expression (equivalence of minimal DFAs, HMU §4.4), reading "some" as
"zero or more" or "one or more", whichever agrees — else the text is refused naming the gloss, never one of the
two chosen. ``gloss`` does that check for ``automata_lang.build``.
"""
from __future__ import annotations

import re

__all__ = ["SEQUENCE", "ORDER", "sequence_regex", "order_dfa", "gloss", "definition_heads"]

_S = r"[A-Za-z0-9]"
_SYM = rf"{_S}(?:'?s)?(?![A-Za-z0-9'])"
_ALT = rf"{_SYM}(?:\s*(?:,\s*(?:or\s+)?|\s+or\s+|\s*/\s*){_SYM})*"
# "any a's" (a plural symbol after a bare "any": "any a's followed by any b's") is "any number of a's", none
# included (HMU §3.1 reads "any number of" as the Kleene star); "any a" (one symbol, no plural) is not read here
_STAR = (r"any\s+number\s+of|zero\s+or\s+more|0\s+or\s+more|none\s+or\s+more|arbitrarily\s+many"
         r"|any(?=\s+[A-Za-z0-9]'?s(?![A-Za-z0-9']))")
_PLUS = r"one\s+or\s+more|1\s+or\s+more|at\s+least\s+one"
_ONE = r"exactly\s+one|a\s+single|single|one|an?"
_PART = rf"(?:(?:{_STAR}|{_PLUS}|{_ONE})\s+)?{_ALT}"
_THEN = r"(?:\s*,\s*|\s+)(?:and\s+)?(?:then|followed\s+by|after\s+that|after\s+which)\s+"
SEQUENCE = re.compile(rf"(?<![A-Za-z0-9])(?:first\s+|starting\s+with\s+)?{_PART}(?:{_THEN}{_PART})+", re.I)
ORDER = re.compile(rf"(?<![A-Za-z0-9])(?:no\s+(?P<s>{_S})(?:'?s)?\s+(?:(?:ever\s+)?(?:comes?|appears?|occurs?|is|are)\s+)?"
                   rf"(?:anywhere\s+)?after\s+(?:an?\s+|any\s+|the\s+(?:first\s+)?)?(?P<t>{_S})(?:'?s)?(?![A-Za-z0-9'])"
                   rf"|(?:all|every)\s+(?P<s2>{_S})(?:'?s)?\s+(?:comes?|appears?|occurs?|are|is|must\s+come|come)\s+before\s+"
                   rf"(?:all|every|any)\s+(?:the\s+)?(?P<t2>{_S})(?:'?s)?(?![A-Za-z0-9']))", re.I)


def _syms(alt: str) -> list[str]:
    return re.findall(r"(?<![A-Za-z0-9'’])[A-Za-z0-9](?=(?:'?s)?(?![A-Za-z0-9]))",
                      re.sub(r"(?i)(?<![A-Za-z0-9])or(?![A-Za-z0-9])", " ", alt))


def sequence_regex(phrase: str) -> str | None:
    """The regular expression (``automata_regex`` syntax, '|' and '*' only) of a sequence phrase; None when a part
    is not read."""
    body = re.sub(r"(?i)^\s*(?:first|starting\s+with)\s+", "", phrase)
    parts = re.split(r"(?i)" + _THEN, body)
    out = []
    for p in parts:
        m = re.fullmatch(rf"(?i)\s*(?:(?P<star>{_STAR})|(?P<plus>{_PLUS})|(?P<one>{_ONE}))?\s*(?P<alt>{_ALT})\s*", p)
        if m is None:
            return None
        ss = list(dict.fromkeys(_syms(m.group("alt"))))
        if not ss:
            return None
        unit = ss[0] if len(ss) == 1 else "(" + "|".join(ss) + ")"
        out.append(unit + "*" if m.group("star") else unit + unit + "*" if m.group("plus") else unit)
    return "".join(out)


def order_dfa(sigma: tuple[str, ...], s: str, t: str):
    """The DFA of "no s after t" over ``sigma``: 0 before any t, 1 after one, 2 dead (an s after a t)."""
    from .automata_lang import DFA
    delta = ({c: (1 if c == t else 0) for c in sigma},
             {c: (2 if c == s else 1) for c in sigma},
             {c: 2 for c in sigma})
    return DFA(sigma, delta, 0, frozenset({0, 1}))


def order_pred(s: str, t: str):
    """Membership of "no s after t", read off the string itself."""
    return lambda x: not (t in x and s in x[x.index(t) + 1:])


# "an identifier is <sequence>", "a valid token is defined as <sequence>": the noun names the strings accepted
_HEAD = re.compile(r"(?i)(?<![A-Za-z])(?:an?|the|each|every)\s+(?:valid\s+|legal\s+)?(?P<noun>[A-Za-z][A-Za-z-]{2,})\s+"
                   r"(?:is|=|consists\s+of|is\s+defined\s+as|is\s+made\s+of)\s+")


def definition_heads(desc: str) -> tuple[str, list[str]]:
    """``desc`` with each definition head right before a sequence ("an identifier is a L followed by …") blanked,
    and a note for each: the noun it defines is read as the strings the automaton accepts."""
    notes = []
    for m in list(_HEAD.finditer(desc)):
        if SEQUENCE.match(desc, m.end()) and m.group("noun").lower() not in ("string", "strings", "symbol", "letter"):
            notes.append(f"'{' '.join(m.group(0).split())}' read as: the strings accepted are")
            desc = desc[:m.start()] + " " * (m.end() - m.start()) + desc[m.end():]
    return desc, notes


# the gloss after an expression: ": first …", " — i.e. …", ", that is, …", "(i.e. …)"
_MARK = r"(?:i\.e\.|that\s+is|meaning|in\s+words)"
_GLOSS = re.compile(rf"^(?=\s*(?::|—|–|\s-\s|,?\s*\(?\s*{_MARK}))\s*(?::|—|–|\s-\s)?\s*,?\s*\(?\s*(?:{_MARK}\s*[,:]?)?"
                    r"\s*(?P<g>(?:i\.e\.|[^.;()])+)\)?", re.I)
# a bare bracket right after the expression, "a*b* (any a's followed by any b's)": a gloss only where its words
# read as a language (then it must be the expression's language, else refused); a bracket that does not read as
# one ("(over {a, b})", "(see Fig. 2)") is left in place for the other readers, or refused naming it
_BARE = re.compile(r"^\s*\((?P<g>[^.;()]+)\)", re.I)


def gloss(text: str, desc: str, a: int, b: int, regex_dfa, sigma: tuple[str, ...], phrase: dict,
          why: list[str]) -> tuple[str, str | None] | None:
    """``desc`` with the gloss after the expression at ``a``-``b`` blanked, and a note; (desc, None) when there is
    no gloss; None (``why`` told) when the gloss is not read or describes another language."""
    from .automata_lang import _minimise, build
    from .automata_lang_ops import distinguish, to_nfa
    m = _GLOSS.match(desc[b:])
    bare = False
    if m is None or not re.search(r"[A-Za-z0-9]", m.group("g")):
        m, bare = _BARE.match(desc[b:]), True
        if m is None or not re.search(r"[A-Za-z0-9]", m.group("g")):
            return desc, None
    g = m.group("g")
    ga, gb = b + m.start("g"), b + m.end("g")
    readings = [g]
    if re.search(r"(?i)\bsome\b", g):
        readings = [re.sub(r"(?i)\bsome\b", "zero or more", g), re.sub(r"(?i)\bsome\b", "one or more", g)]
    seen_read = False
    for r in readings:
        w2: list[str] = []
        lang = build(text, {"text": r, "start": phrase["start"] + ga, "end": phrase["start"] + gb}, list(sigma),
                     "dfa", w2, gloss_of=True)
        if lang is None:
            continue
        seen_read = True
        if distinguish(to_nfa(_minimise(regex_dfa)), lang.dfa) is None:
            note = (f"the words '{' '.join(g.split())}' restate the regular expression (the same language"
                    + ("; 'some' read as '" + ("zero or more" if r is readings[0] else "one or more") + "'"
                       if len(readings) > 1 else "") + ")")
            ma, mb = b + m.start(), b + m.end()     # the marker (':', 'i.e.') goes with the gloss
            return desc[:ma] + " " * (mb - ma) + desc[mb:], note
    if bare and not seen_read:
        return desc, None       # not a language in words: not a gloss (left to the other readers)
    if seen_read:
        why.append(f"'{' '.join(g.split())}' (it describes a language other than the regular expression before it; "
                   "say one of the two)")
    else:
        why.append(f"'{' '.join(g.split())}' (the words after the regular expression could not be read as the same "
                   "language)")
    return None
