"""Automata: a described language that no finite automaton accepts — the text is impossible (exit 3), never
refused as unread nor drawn as some regular language near it.

nesy draws finite automata (DFA, NFA, finite-state machines), and a finite automaton accepts exactly a regular
language (Kleene; Sipser, *Introduction to the Theory of Computation*, 3rd ed., Thm 1.54). The classic languages
below are proved not regular by the pumping lemma (Sipser Thm 1.70; Hopcroft, Motwani & Ullman, *Introduction to
Automata Theory, Languages, and Computation*, 3rd ed. = HMU, Thm 4.1), so a text that asks a finite automaton to
accept one of them asks the impossible. Each is found by the kind of phrasing, whatever the symbols:

- a block of one symbol followed by as many of another: "a^n b^n", "0ⁿ1ⁿ", "n a's followed by n b's", "some a's
  followed by the same number of b's", "a's then an equal number of b's" (Sipser Example 1.73, HMU Example 4.2's
  method);
- equally many of two symbols: "as many a's as b's", "the same number of 0s and 1s", "the number of a's equals
  the number of b's" (Sipser Example 1.74, HMU Example 4.2);
- more of one symbol than of another: "more a's than b's", "fewer 0s than 1s" (Sipser Example 1.77: {0^i 1^j :
  i > j});
- palindromes: "palindromes", "strings that read the same forwards and backwards" (HMU §4.1.1 and §5.1.1: L_pal);
- a string twice: "of the form ww", "a string followed by itself" (Sipser Example 1.75);
- balanced brackets: "balanced / well-formed / properly nested parentheses" (their intersection with the regular
  (* )* is (^n )^n, which is 0^n 1^n renamed (Sipser Example 1.73), and regular languages are closed under
  intersection, HMU Thm 4.8);
- a prime or square count: "whose length is prime", "a prime number of a's", "length a perfect square" (HMU
  Example 4.3; Sipser Example 1.76).

A bound makes such a language finite, hence regular ("a^n b^n for n ≤ 3", "palindromes of length 4", "as many a's
as b's, of length at most 6", "the same number of a's and b's modulo 2"): then nothing is claimed here and the text
goes on to the compiler, which refuses what it cannot read — never an impossibility that is not one.
"""
from __future__ import annotations

import re

__all__ = ["nonregular"]

_Q = "['\"\u2018\u2019\u201c\u201d]?"
_S = rf"{_Q}(?P<{{n}}>[A-Za-z0-9]){_Q}(?:'?s)?(?![A-Za-z0-9])"
_TIE = (r"(?:the\s+same\s+(?:number|amount|count)\s+of|(?:exactly\s+|just\s+)?as\s+many|an?\s+(?:equal|identical|"
        r"matching)\s+number\s+of|equally\s+many)")
_MANY = (r"(?:(?P<v>(?<![A-Za-z0-9])[nkmij])|some|several|one\s+or\s+more|a\s+(?:number|block|run|string|sequence)\s+of|"
         r"any\s+number\s+of|an?\s+(?:arbitrary|certain|positive)\s+number\s+of)")
_EXP = r"\s*\^\s*\{?\s*(?:\d+\s*\*?\s*)?"

_KINDS: list[tuple[str, re.Pattern, str]] = [
    ("anbn", re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?P<x>[A-Za-z0-9]){_EXP}(?P<e>[nkm])\s*\}}?\s*(?P<y>[A-Za-z0-9]){_EXP}(?P=e)\s*\}}?(?![A-Za-z0-9])"
        rf"|(?<![A-Za-z0-9])(?P<x2>[A-Za-z0-9])ⁿ\s*(?P<y2>[A-Za-z0-9])ⁿ"
        rf"|{_MANY}\s+(?:copies\s+of\s+)?(?:an?\s+)?{_S.format(n='x3')}\s+(?:(?:is|are)\s+)?(?:(?:immediately|directly)\s+)?"
        rf"(?:followed\s+by|then|and\s+then)\s+(?:(?(v)(?P=v)|(?!))|{_TIE})\s+{_S.format(n='y3')}"),
     "Sipser, Introduction to the Theory of Computation, 3rd ed., Example 1.73 ({0^n 1^n : n ≥ 0} is not regular)"),
    ("equal", re.compile(
        rf"(?i){_TIE}\s+{_S.format(n='x')}\s+(?:and|as)\s+(?:of\s+)?{_S.format(n='y')}"
        rf"|the\s+number\s+of\s+{_S.format(n='x2')}\s+(?:equals|is\s+equal\s+to|is\s+the\s+same\s+as|=)\s+"
        rf"the\s+number\s+of\s+{_S.format(n='y2')}"
        rf"|the\s+numbers\s+of\s+{_S.format(n='x3')}\s+and\s+(?:of\s+)?{_S.format(n='y3')}\s+are\s+(?:equal|the\s+same)"),
     "Sipser, Introduction to the Theory of Computation, 3rd ed., Example 1.74 (equal numbers of 0s and 1s is not "
     "regular); HMU Example 4.2"),
    ("more", re.compile(rf"(?i)\b(?:strictly\s+)?(?:more|fewer|less)\s+{_S.format(n='x')}\s+than\s+{_S.format(n='y')}"),
     "Sipser, Introduction to the Theory of Computation, 3rd ed., Example 1.77 ({0^i 1^j : i > j} is not regular)"),
    ("palindrome", re.compile(r"(?i)\bpalindrom\w*|\b(?:reads?|spelled|spelt|is|are)\s+the\s+same\s+(?:forwards?\s+and\s+"
                              r"backwards?|backwards?(?:\s+(?:and|as)\s+forwards?)?|in\s+both\s+directions|from\s+either\s+end|"
                              r"(?:read\s+)?(?:from\s+)?right\s+to\s+left)|\b(?:equal|identical)\s+to\s+(?:its|their)\s+"
                              r"(?:own\s+)?revers(?:e|al)"),
     "HMU, Introduction to Automata Theory, 3rd ed., §4.1.1 and §5.1.1 (the palindromes are not regular)"),
    ("ww", re.compile(r"(?i)\bof\s+the\s+form\s+ww\b|\{\s*ww\s*[|:]|\b(?:a|some|any)\s+(?:string|word)\s+(?:followed\s+by|"
                      r"concatenated\s+with)\s+itself|\b(?:a|some|any)\s+(?:string|word)\s+(?:repeated|written)\s+twice"),
     "Sipser, Introduction to the Theory of Computation, 3rd ed., Example 1.75 ({ww} is not regular)"),
    ("balanced", re.compile(r"(?i)\b(?:balanced|well[\s-]formed|properly\s+(?:nested|matched)|correctly\s+(?:nested|matched)|"
                            r"matching)\s+(?:sequences?\s+of\s+)?(?:parenthes[ie]s|brackets|parens)"),
     "Sipser, Introduction to the Theory of Computation, 3rd ed., Example 1.73, with closure under intersection "
     "(HMU Thm 4.8): balanced brackets meet (* )* in (^n )^n"),
    ("prime", re.compile(r"(?i)\bprime\s+(?:length|number\s+of)|\b(?:length|number\s+of\s+\S+)\s+(?:is\s+)?(?:a\s+)?prime\b"),
     "HMU, Introduction to Automata Theory, 3rd ed., Example 4.3 (strings of 1s of prime length are not regular)"),
    ("square", re.compile(r"(?i)\b(?:perfect\s+square|square\s+(?:number|length))\b|\^\s*\{?\s*[nk]\s*\^\s*2"),
     "Sipser, Introduction to the Theory of Computation, 3rd ed., Example 1.76 ({1^(n^2)} is not regular)"),
]

_WHAT = {"anbn": "a block of one symbol followed by as many of another",
         "equal": "as many of one symbol as of another", "more": "more of one symbol than of another",
         "palindrome": "the palindromes", "ww": "the strings made of one string twice",
         "balanced": "the balanced brackets", "prime": "a prime count", "square": "a square count"}
# a bound that makes the language finite (or a count taken modulo k, which is regular): nothing is claimed then
_BOUND_VAR = re.compile(r"(?i)(?<![A-Za-z0-9])[nkmij]\s*(?:≤|<=|<|=\s*\d+\s*(?:,|\.\.|to\b|through\b))\s*\d"
                        r"|(?<![A-Za-z0-9])[nkmij]\s+(?:is\s+)?(?:at\s+most|less\s+than|below|up\s+to|no\s+more\s+than|"
                        r"smaller\s+than|bounded)\b|(?<![A-Za-z0-9])[nkmij]\s*∈\s*\{|\bfor\s+[nkmij]\s+(?:from|between|in)\b")
_BOUND = re.compile(r"(?i)\bup\s+to\s+(?:length\s+)?\d|\bat\s+most\b(?!\s+(?:\w+\s+)?states?\b)|\b(?:fewer|less)\s+than\s+\d|"
                    r"\bno\s+(?:longer|more)\s+than\b|\bmod(?:ulo)?\b|\bparity\b|\bremainder\b|\bdivisible\b|\bcongruent\b|≡|"
                    r"\blength\s+(?:is\s+|of\s+)?(?:exactly\s+)?\d|\bof\s+length\s+\w+\b(?<!even)(?<!odd)|\bdepth\b|\bbounded\b|\bfinite\s+(?:set|list)")
_FINITE = re.compile(r"(?i)(?:\bwith\s+)?(?:only\s+)?(?:finitely\s+many|a\s+finite\s+number\s+of|a\s+bounded\s+number\s+of)\s+"
                     r"states\b|\b(?:for\s+)?(?:every|each|all|any)\s+[nkm]\b(?:\s*(?:≥|>=)\s*\d)?")


def _sentence(text: str, a: int, b: int) -> tuple[int, int]:
    s = max(text.rfind(c, 0, a) for c in ".;!?") + 1
    ends = [k for k in (text.find(c, b) for c in ".;!?") if k >= 0]
    return s, min(ends) if ends else len(text)


def nonregular(text: str, ph: dict, facts: dict):
    """Raise ``UnsatisfiableError`` (exit 3) when the language phrase ``ph`` (``{text, start, end}``) describes a
    language no finite automaton accepts (module docstring), naming the phrase, the kind of machine asked for and
    a "finitely many states" / "for every n" the text says; else return None."""
    from ..errors import UnsatisfiableError
    from .automata import _sp
    s0, s1 = _sentence(text, ph["start"], ph["end"])
    where = text[ph["start"]:s1]
    if _BOUND_VAR.search(text) or _BOUND.search(where):
        return None
    for kind, rx, source in _KINDS:
        for m in rx.finditer(where):
            gd = {k: v for k, v in m.groupdict().items() if v}
            xs = [gd.get(k) for k in ("x", "x2", "x3") if gd.get(k)]
            ys = [gd.get(k) for k in ("y", "y2", "y3") if gd.get(k)]
            if xs and ys and xs[0] == ys[0]:
                continue    # "a^n a^n": an even number of a's, regular
            a = ph["start"] + m.start()
            phrases = [f[1] for f in facts.get("kind", [])[:1]]
            phrases += [_sp(ph["start"] + f.start(), ph["start"] + f.end(), text) for f in _FINITE.finditer(where)]
            phrases += [_sp(f.start(), f.end(), text) for f in _FINITE.finditer(text)
                        if not ph["start"] <= f.start() < s1]
            phrases.append(ph)
            law = {"law": "a finite automaton accepts only a regular language (Kleene's theorem), and this language is "
                          "not regular (the pumping lemma)", "source": source}
            raise UnsatisfiableError(
                phrases, [law], fix=[ph],
                detail=(f"'{text[a:ph['start'] + m.end()]}' at {a}-{ph['start'] + m.end()} describes {_WHAT[kind]}, "
                        "and no automaton with finitely many states accepts that language (a DFA would have to count "
                        "without bound); nesy draws finite automata only"))
    return None
