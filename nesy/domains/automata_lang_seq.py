"""Automata: a language said as a regular expression in words, and an expression's gloss in words.

The conditions ``automata_lang`` reads through this module (symbols are one character each; a word naming a
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
  of b: a state before any b, one after, and a dead state (HMU §2.2; the language b-free-prefix, a*b* over {a, b});
  "no b is ever followed by an a" / "an a is never followed by a b" says the same of the later symbol (with
  "immediately", of the next one only: the two side by side are not contained);
* a block repeated — "'ab' repeated any number of times (including none)", "01 repeated one or more times", "any
  number of copies of ba", "abb written twice" — the star, plus or power of the block (``REPEAT``); an aside "including
  none" after "one or more" is refused (the two disagree);
* the strings named by a noun of the text: "a PIN is any string over …", "passwords made of …"
  (``definition_heads``).

A regular expression followed by a gloss in words ("a*b*: first some a, then some b") is read twice: the gloss
must describe the same language as the expression (equivalence of minimal DFAs, HMU §4.4), reading "some" as
"zero or more" or "one or more", whichever agrees — else the text is refused naming the gloss, never one of the
two chosen. ``gloss`` does that check for ``automata_lang.build``, and ``restates`` for a description said again
after "i.e." / "that is" ("no 1 is ever followed by a 0 - i.e. some 0s then some 1s"); an aside on the parts
("either part possibly empty", "each block nonempty") says which "some" is meant (``some_reading``).
"""
from __future__ import annotations

import re

__all__ = ["SEQUENCE", "ORDER", "REPEAT", "RESTATE", "sequence_regex", "repeat_regex", "order_dfa", "gloss", "restates",
           "definition_heads", "some_reading"]

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
                   rf"(?:all|every|any)\s+(?:the\s+)?(?P<t2>{_S})(?:'?s)?(?![A-Za-z0-9'])"
                   # "no 1 is ever followed by a 0", "an a is never followed by a b" (later, anywhere: no 0 after a 1);
                   # "… immediately followed by …" is the two symbols side by side (the pair not contained)
                   rf"|(?:no\s+(?P<t3>{_S})(?:'?s)?\s+(?:(?:is|are|may\s+be|can\s+be|gets?)\s+)?(?:ever\s+)?"
                   rf"|(?:(?:an?|any|every|each)\s+)?(?P<t4>{_S})(?:'?s)?\s+(?:is|are|may|can|must)\s+(?:never|not\s+ever|not|never\s+be)\s+(?:be\s+)?)"
                   rf"(?P<imm>(?:immediately|directly|right)\s+)?followed\s+(?:(?:anywhere|later|ever)\s+)?by\s+"
                   rf"(?:an?\s+|any\s+)?(?P<s3>{_S})(?:'?s)?(?![A-Za-z0-9']))", re.I)


_Q = "['\"\u2018\u2019\u201c\u201d]?"
_TIMES = {"once": 1, "twice": 2, "thrice": 3, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_K = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
_HOW = (rf"(?P<star>any\s+number\s+of|zero\s+or\s+more|0\s+or\s+more|arbitrarily\s+many)\s+times|(?P<plus>(?:one|1)\s+or\s+"
        rf"more\s+times|at\s+least\s+once)|(?:exactly\s+)?(?P<k>{_K})\s+times|(?:exactly\s+)?(?P<kw>once|twice|thrice)|"
        r"(?:an?\s+)?(?P<par>even|odd)\s+number\s+of\s+times")
# "(including) no times at all", "zero times included", "even zero times": the star's empty case, said again
_ZERO = (r"(?:\s*(?:,|—|–|\s-|\()\s*(?P<zero>(?:(?:and\s+)?(?:including|incl\.|even|also)\s+)(?:none|no|zero|0)(?![A-Za-z0-9])(?:\s+times)?"
         r"(?:\s+at\s+all)?|(?:none|zero|no|0)\s+(?:times|copies|repetitions|repeats)\s+(?:(?:is|are)\s+)?(?:also\s+)?(?:included|allowed|too|counts?|"
         r"ok(?:ay)?|fine)|(?:including|incl\.)\s+(?:the\s+)?(?:empty\s+(?:string|word|one)|ε))\s*\)?)?")
# a block of symbols repeated: "'ab' repeated any number of times", "the string 01 repeated one or more times",
# "any number of copies of ab", "ab concatenated with itself twice" — (ab)*, (01)+, ab^k (HMU §3.1: the star of a
# string, its k-th power)
REPEAT = re.compile(
    rf"(?<![A-Za-z0-9])(?:(?:the\s+)?(?:string|word|block|pattern|sequence|substring)\s+)?{_Q}(?P<w>[A-Za-z0-9]{{1,8}}){_Q},?\s+"
    rf"(?:repeated|concatenated(?:\s+with\s+itself)?|written|copied)\s+(?:{_HOW}){_ZERO}"
    rf"|(?<![A-Za-z0-9])(?:(?P<star2>any\s+number\s+of|zero\s+or\s+more)|(?P<plus2>one\s+or\s+more|at\s+least\s+one)|"
    rf"(?:exactly\s+)?(?P<k2>{_K}))\s+(?:(?:concatenated|consecutive)\s+)?(?:copies|repetitions|repeats)\s+of\s+"
    rf"(?:the\s+(?:string|word|block|pattern)\s+)?{_Q}(?P<w2>[A-Za-z0-9]{{1,8}}){_Q}(?![A-Za-z0-9])" + _ZERO.replace("?P<zero>", "?P<zero2>"), re.I)


def quoted(m: re.Match) -> bool:
    """Whether the block of a REPEAT match is written in quotes ("'ab' repeated …"): a string, never a word of prose
    ("digits repeated twice")."""
    g = "w" if m.group("w") else "w2"
    return m.start(g) > 0 and m.string[m.start(g) - 1] in "'\"\u2018\u2019\u201c\u201d"


def repeat_regex(m: re.Match) -> tuple[str, bool] | None:
    """The regular expression of a REPEAT match, and whether its "including none" aside agrees with it (the
    empty string is in the language); None when the count is not read."""
    gd = m.groupdict()
    w = gd.get("w") or gd.get("w2")
    unit = w if len(w) == 1 else f"({w})"
    if gd.get("star") or gd.get("star2"):
        src, empty = unit + "*", True
    elif gd.get("plus") or gd.get("plus2"):
        src, empty = unit + unit + "*", False
    elif gd.get("par"):
        even = gd["par"].lower() == "even"
        src, empty = (f"({unit}{unit})*" if even else f"{unit}({unit}{unit})*"), even
    else:
        k = gd.get("k") or gd.get("kw") or gd.get("k2")
        n = int(k) if k.isdigit() else _TIMES[k.lower()]
        if not 1 <= n <= 12:
            return None
        src, empty = unit * n, False
    return src, (empty or not (gd.get("zero") or gd.get("zero2")))


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


# … or right before the strings it names: "a PIN is any string over {0,1} that …", "a valid key is a binary word with …"
_STRINGS = re.compile(r"(?i)(?:(?:any|an?|every|all|the)\s+)?(?:(?:binary|bit|input)\s+)?(?:strings?|words?|sequences?)(?![A-Za-z])")


# the strings named by a noun of the story, said to be made of something: "passwords made of 'ab' repeated …", "codes
# consisting of …" — the noun is the strings the automaton accepts
_MADE_OF = re.compile(r"(?i)(?<![A-Za-z])(?P<noun>[A-Za-z]{3,}s)\s+(?=(?:made|composed|consisting|built|formed)\s+(?:up\s+)?"
                      r"(?:of|from)\b)")


def definition_heads(desc: str) -> tuple[str, list[str]]:
    """``desc`` with each definition head right before a sequence ("an identifier is a L followed by …") or before
    the strings it names ("a PIN is any string over {0,1} that …") blanked, and a note for each: the noun it
    defines is read as the strings the automaton accepts."""
    notes = []
    for m in list(_HEAD.finditer(desc)):
        if (SEQUENCE.match(desc, m.end()) or _STRINGS.match(desc, m.end())) and \
                m.group("noun").lower() not in ("string", "strings", "symbol", "letter", "word", "words", "sequence"):
            notes.append(f"'{' '.join(m.group(0).split())}' read as: the strings accepted are")
            desc = desc[:m.start()] + " " * (m.end() - m.start()) + desc[m.end():]
    for m in list(_MADE_OF.finditer(desc)):
        if m.group("noun").lower() not in ("strings", "words", "sequences", "inputs", "numbers", "its", "this"):
            notes.append(f"'{m.group('noun')}' read as: the strings accepted")
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
    seen_read = False
    for r, how in some_reading(g):
        w2: list[str] = []
        lang = build(text, {"text": r, "start": phrase["start"] + ga, "end": phrase["start"] + gb}, list(sigma),
                     "dfa", w2, gloss_of=True)
        if lang is None:
            continue
        seen_read = True
        if distinguish(to_nfa(_minimise(regex_dfa)), lang.dfa) is None:
            note = (f"the words '{' '.join(g.split())}' restate the regular expression (the same language"
                    + (f"; 'some' read as '{how}'" if how else "") + ")")
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


# "some 0s then some 1s, either part possibly empty": the aside says which "some" is meant (none allowed, or at least one)
_PART = r"(?:either|each|both|any|every|all)\s+(?:of\s+(?:them|the\s+(?:parts|blocks|runs))|(?:part|block|run|group|one|half|piece)s?)"
_SOME_EMPTY = re.compile(rf"(?i)\s*,?\s*(?:with\s+)?(?:{_PART})\s+(?:(?:is|are|may|can|could|might|possibly|perhaps|being|allowed|"
                         r"to|be)\s+)*(?:empty|absent|missing|of\s+length\s+(?:zero|0))(?![A-Za-z])")
_SOME_FULL = re.compile(rf"(?i)\s*,?\s*(?:with\s+)?(?:{_PART})\s+(?:(?:is|are|must|be|being)\s+)*(?:non-?empty|not\s+empty)(?![A-Za-z])")


def some_reading(g: str) -> list[tuple[str, str | None]]:
    """The readings of a phrase with "some" in it ("some 0s then some 1s"): "some" is "zero or more" or "one or
    more" — one of them where an aside says which ("either part possibly empty"; the aside blanked), else both
    (for the caller to keep the one that agrees with what the phrase restates); the phrase itself when it has none."""
    if not re.search(r"(?i)\bsome\b", g):
        return [(g, None)]
    e, f = _SOME_EMPTY.search(g), _SOME_FULL.search(g)
    if e and not f:
        g = g[:e.start()] + " " * (e.end() - e.start()) + g[e.end():]
        return [(re.sub(r"(?i)\bsome\b", "zero or more", g), "zero or more")]
    if f and not e:
        g = g[:f.start()] + " " * (f.end() - f.start()) + g[f.end():]
        return [(re.sub(r"(?i)\bsome\b", "one or more", g), "one or more")]
    return [(re.sub(r"(?i)\bsome\b", "zero or more", g), "zero or more"),
            (re.sub(r"(?i)\bsome\b", "one or more", g), "one or more")]


# a description said twice, the second time after "i.e." / "that is" / "in other words" / "namely": "no 1 is ever
# followed by a 0 - i.e. some 0s then some 1s" (to the end of the description, or inside brackets)
RESTATE = re.compile(r"(?i)(?:\s*(?:,|;|—|–|\s-|:)\s*|\s+)\(?\s*(?:i\.\s?e\.?|that\s+is(?:\s+to\s+say)?|in\s+other\s+words|namely|"
                     r"equivalently|put\s+differently|meaning)\s*[,:]?\s*(?P<g>(?:[^()]|\([^()]*\))+?)\s*(?:\)|$)")


def restates(text: str, g: str, ga: int, dfa, sigma: tuple[str, ...], phrase: dict, why: list[str]) -> str | None:
    """The note when the words ``g`` (at ``ga`` in the description) describe the language of ``dfa`` again; None
    (``why`` told) when they are not read, or describe another language: the text says two things of one
    automaton, and nesy does not choose."""
    from .automata_lang import build
    from .automata_lang_ops import distinguish, to_nfa
    seen = False
    for r, how in some_reading(g):
        lang = build(text, {"text": r, "start": phrase["start"] + ga, "end": phrase["start"] + ga + len(g)},
                     list(sigma), "dfa", [], gloss_of=True)
        if lang is None:
            continue
        seen = True
        if distinguish(to_nfa(dfa), lang.dfa) is None:
            return (f"the words '{' '.join(g.split())}' say the language again (the same language"
                    + (f"; 'some' read as '{how}'" if how else "") + ")")
    why.append(f"'{' '.join(g.split())}' (" + ("it describes a language other than the words before it; say one of "
                                               "the two)" if seen else "the restatement could not be read)"))
    return None

