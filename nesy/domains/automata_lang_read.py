"""What a language description says besides its conditions: asides that clarify the reading ("(zero 0s
counts as even)", "(read most significant bit first)", "(the empty string counts as 0)"), and what the
writer asks of the drawing ("and draw it", "with the fewest states you can", "the minimal DFA").

``read_asides`` blanks each such phrase out of the description (same length, so positions hold) and
returns what it means as ``Reading``: a clarification that agrees with the default reading is read and
changes nothing; one that changes it is applied by the compiler (``automata_lang.build``): the bit order of
a binary number, whether the empty string is a number; one that contradicts the definition ("zero counts as
odd") is refused naming it. A bracketed aside none of these covers is left in place, so the compiler
refuses the description naming it — never dropped.

``remarks``: a sentence of its own that only remarks on the language ("The empty PIN is allowed.", "All other
strings are rejected.") is read when the language built agrees with it, and refused naming both when it does not.

Defaults (HMU §2.2.5, Sipser Example 1.13 conventions): a binary number is read most significant bit first;
the empty string has value 0; zero occurrences is an even number; leading zeros are allowed ("(leading zeros
allowed)" agrees; "no leading zeros" keeps only "0" and the numerals that start with a nonzero digit).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Reading", "read_asides", "normalise", "GOAL", "REDRAW", "remarks"]

_SYM = r"[A-Za-z0-9]"
# the bit order of a number: most significant first is the default, least significant first reverses it
_MSB = re.compile(r"(?i)(?:,\s*)?(?:\b(?:read|reading|when\s+read|interpreted|fed|given|processed|scanned)\s+)?"
                  r"(?:(?:with\s+)?(?:the\s+)?(?:most\s+significant\s+(?:bit|digit)|msb|high(?:est)?[\s-]order\s+(?:bit|digit)"
                  r"|leading\s+(?:bit|digit))\s+first|(?:from\s+)?left[\s-]+to[\s-]+right|big[\s-]endian)\b")
_LSB = re.compile(r"(?i)(?:,\s*)?(?:\b(?:read|reading|when\s+read|interpreted|fed|given|processed|scanned)\s+)?"
                  r"(?:(?:with\s+)?(?:the\s+)?(?:least\s+significant\s+(?:bit|digit)|lsb|low(?:est)?[\s-]order\s+(?:bit|digit))"
                  r"\s+first|(?:from\s+)?right[\s-]+to[\s-]+left|little[\s-]endian|in\s+reverse(?:\s+order)?|reversed)\b")
# "zero 0s counts as even", "no a's is an even number", "0 occurrences count as even"
_ZERO = re.compile(r"(?i)\b(?:zero|no|0)\s+(?:" + _SYM + r"(?:'?s)?\s+|occurrences?\s+(?:of\s+" + _SYM +
                   r"\s+)?)?(?:counts?|is|are|being|considered)\s+(?:as\s+)?(?:an?\s+)?(?:considered\s+)?(?P<p>even|odd)"
                   r"(?:\s+number)?\b")
# the empty string by any of its names: "the empty string", "the empty word", "the empty input", "ε"; and by the noun
# the text gives its strings ("the empty PIN", "an empty password") — "empty" before one noun names the string of length 0
_EMPTY = r"(?<![\w-])(?:the\s+|an\s+)?(?:empty\s+(?!set\b|language\b)[A-Za-z]+|ε|epsilon|λ|the\s+(?:string|word)\s+(?:ε|epsilon|λ))"
_EMPTY_YES = re.compile(r"(?i)\b(?:" + _EMPTY + r"\s+(?:counts?\s+as\s+(?:0|zero)|is\s+(?:read\s+as\s+)?"
                        r"(?:0|zero)|(?:is|being)\s+(?:also\s+)?(?:accepted|included|allowed|valid|ok(?:ay)?|fine|in\s+the\s+language|in\s+it)|"
                        r"counts(?:\s+too)?|included|accepted|allowed|too)|(?:including|incl\.|plus)\s+" + _EMPTY + r")(?![A-Za-z])")
_EMPTY_NO = re.compile(r"(?i)\b(?:" + _EMPTY + r"\s+(?:is\s+)?(?:not\s+(?:a\s+number|accepted|included|"
                       r"allowed|valid|in\s+the\s+language)|excluded|rejected|does\s+not\s+count)|no\s+empty\s+string|"
                       r"(?:excluding|except(?:\s+for)?|but\s+not)\s+" + _EMPTY + r"|non-?empty(?:\s+strings?)?\s+only)(?![A-Za-z])")
# "(zero counts)", "(0 is included)", "(none counts too)", "(zero is a multiple of 3)", "(zero ones also counts)": a count of zero is in the
# language — read only where the condition is a multiple or an even number, which zero is (it agrees)
_ZERO_COUNTS = re.compile(r"(?i)\(\s*(?:(?:zero|0|no)\s+" + _SYM + r"(?:'?s)?|zero|0|none)\s+(?:(?:also|too)\s+)?(?:counts?|is\s+included|"
                          r"included|is\s+fine|is\s+ok(?:ay)?|is\s+allowed|allowed|is\s+a\s+multiple(?:\s+of\s+\w+)?)"
                          r"(?:\s+(?:too|also|as\s+well))?\s*\)")
# a machine (or language) given in words, asked to be drawn: "(Please turn this into a proper state diagram.)",
# "convert it to a neat transition diagram", "make the above into a diagram" — a request of the drawing, no fact
REDRAW = re.compile(r"(?i)\b(?:turn|convert|make|render|redraw|put)\s+(?:this|it|that|these|them|the\s+above|the\s+(?:machine|"
                    r"automaton|dfa|nfa)(?:\s+above)?)\s+(?:in)?to\s+(?:an?\s+)?(?:(?:proper|neat|clean|nice|tidy|real|formal|"
                    r"clear)\s+)?(?:state\s+|transition\s+|state[\s-]transition\s+)?(?:diagram|drawing|picture|graph)\b")
# what is asked of the drawing, not of the language
GOAL = re.compile(r"(?i)(?:,?\s*(?:and|then)\s+|\s+[-—–]\s+)?\b(?:draw|show|sketch|give|present|display)\s+(?:it|them|its\s+(?:state\s+)?"
                  r"(?:transition\s+)?diagram|the\s+(?:state\s+|transition\s+)?diagram|(?:the|a|an|its|this|that)\s+(?:minimal\s+)?"
                  r"(?:dfa|nfa|automaton|state\s+machine|fsm))\b"
                  r"(?:\s+(?:with|using)\s+(?:the\s+)?(?:fewest|least|minimum|minimal|smallest)(?:\s+possible)?\s+"
                  r"(?:number\s+of\s+)?states(?:\s+(?:you\s+can|possible|needed|necessary))?)?"
                  r"|(?:,?\s*)\b(?:with|using|having)\s+(?:the\s+)?(?:fewest|least|minimum|minimal|smallest)(?:\s+possible)?\s+"
                  r"(?:number\s+of\s+)?states(?:\s+(?:you\s+can|possible|needed|necessary))?"
                  r"|\b(?:minimal|minimum|minimi[sz]ed|smallest|minimum-state|fewest-state)\b(?=\s+(?:dfa|nfa|automaton|"
                  r"finite|deterministic|nondeterministic|non-deterministic|state\s+machine|machine))"
                  r"|(?:,?\s*\b(?:use|using|with)\s+)?\bas\s+few\s+states\s+as\s+possible\b"
                  r"|(?:,?\s*)\b(?:the\s+)?(?:fewest|minimum|minimal|least)\s+(?:number\s+of\s+)?states(?:\s+(?:please|possible|"
                  r"you\s+can))?\b|(?:,?\s*(?:and\s+)?)\bminimi[sz]e\s+it\b|" + REDRAW.pattern[4:])
# who or what the automaton is for, closing the description: "…, for my compilers class", "— for our TOC homework",
# ", for a lecture tomorrow": a purpose, no condition on the strings. Read only at the description's end, after a
# comma or dash, with a possessive or article, and only of plain words none of which a language is made of (no
# symbol, digit, bracket or language word: ", for the alphabet {a, b}", ", for binary strings" stay conditions)
# (or an infinitive of purpose, ", to document our parser tests", ", so I can show my class": its verb none that says
# what the strings are)
_PURPOSE = re.compile(r"(?i)\s*(?:,|—|–|\s-)\s*(?:(?:this\s+is|it's|it\s+is)\s+)?(?:for|(?:(?:in\s+order\s+)?to|so\s+(?:that\s+)?"
                      r"(?:i|we|you)\s+can)\s+(?!(?:accept|recogni[sz]e|reject|match|detect|decide|check|test|count|contain|"
                      r"end|start|begin|read|parse|have|be)\b)[a-z]+)\s+(?:my|our|your|his|her|their|a|an|the|this|"
                      r"tomorrow's|next\s+week's|today's)\s+(?P<w>[A-Za-z][A-Za-z'-]+(?:\s+[A-Za-z][A-Za-z'-]+){0,3})\s*[.!]?\s*$")
_LANG_WORDS = re.compile(r"(?i)^(?:strings?|words?|symbols?|letters?|characters?|alphabet|language|inputs?|bits?|binary|"
                         r"decimal|numbers?|integers?|length|even|odd|regex|regular|expression|prefix|suffix|substring|"
                         r"[A-Za-z](?:'?s)?)$")
# a bracketed remark on the kind of machine allowed, not on the strings: "(nondeterministic is fine)", "(an NFA is
# OK)", "(a DFA is fine too)", "(minimal not required)", "(no need to minimise)", "(ε-moves allowed)". It permits,
# never asks: the machine drawn stays the one the text names (a DFA is an NFA, Sipser §1.2). A misspelt
# "nondeterminstic" is the same word (the letters of "determin…stic" with one left out)
_NONDET = r"(?:non[\s-]?)?determin(?:i?s?t?i?c|istic)(?:\s+(?:one|version|automaton|machine|answer|solution))?"
_KIND_OK = re.compile(r"(?i)\(\s*(?:(?:an?|the)\s+)?(?:" + _NONDET + r"|nfa|dfa|ε-?nfa|epsilon-?nfa|(?:ε|epsilon|λ)[\s-]*"
                      r"(?:moves?|transitions?)|minimal(?:ity)?|minimi[sz]ation|minimi[sz]ing|(?:a\s+)?minimal\s+(?:one|dfa|"
                      r"nfa|machine))(?:\s+(?:one|version|answer|solution))?\s+(?:(?:is|are)\s+)?(?:also\s+)?(?:fine|ok(?:ay)?|"
                      r"allowed|acceptable|permitted|accepted|not\s+(?:required|needed|necessary)|optional)(?:\s+(?:too|as\s+well))?"
                      r"\s*[.!]?\s*\)|\(\s*(?:no\s+need\s+to\s+|(?:it\s+)?(?:need|does)\s*(?:n['’]?t|\s+not)\s+(?:have\s+to\s+)?)"
                      r"(?:minimi[sz]e(?:\s+it)?|be\s+minimal|be\s+(?:a\s+)?dfa|be\s+deterministic)\s*[.!]?\s*\)")
# leading zeros of a number: allowed (every string of digits is a numeral of its value — the default reading, so
# "(leading zeros allowed)" agrees and changes nothing) or not (only "0" and the numerals starting with a nonzero
# digit: positional notation without padding, Knuth, TAOCP vol. 2 §4.1) — applied by automata_lang.build
_ZEROS = r"(?:leading\s+(?:zeroe?s|0s|0's|zero\s+(?:bits?|digits?))|zero\s+padding|0-padding|padding\s+with\s+zeroe?s)"
_LEAD_OK = re.compile(r"(?i)(?:,\s*)?\b(?:(?:with|allowing|permitting|including)\s+" + _ZEROS + r"(?:\s+(?:allowed|permitted|ok(?:ay)?))?|"
                      + _ZEROS + r"\s+(?:are\s+|is\s+)?(?:also\s+)?(?:allowed|permitted|ok(?:ay)?|fine|accepted|included|"
                      r"possible|may\s+(?:appear|occur)|can\s+(?:appear|occur)|don'?t\s+matter|do\s+not\s+matter)(?:\s+(?:too|as\s+well))?)"
                      r"(?![A-Za-z])")
_LEAD_NO = re.compile(r"(?i)(?:,\s*)?\b(?:(?:with\s+)?no\s+" + _ZEROS + r"(?:\s+(?:allowed|permitted))?|without\s+" + _ZEROS + r"|"
                      + _ZEROS + r"\s+(?:are\s+|is\s+)?(?:not\s+(?:allowed|permitted|accepted|ok(?:ay)?)|forbidden|disallowed|"
                      r"prohibited|excluded|rejected))(?![A-Za-z])")
_FILL = re.compile(r"(?i)\b(?:please|i\.e\.|that\s+is|note|of\s+course|as\s+usual|so|here)\b")


@dataclass
class Reading:
    """What the asides and requests of a description say: ``order`` of a binary number's bits ('msb' or
    'lsb'), ``empty`` (None: the default; True/False: the empty string is / is not in the language, where
    the text says so), ``minimal`` (the fewest states are asked for), and the phrases read (text, start,
    end), with positions in the description."""
    order: str = "msb"
    empty: bool | None = None
    minimal: bool = False
    leading: bool | None = None      # leading zeros allowed (None: not said; the default allows them)
    read: list[tuple[str, int, int]] = field(default_factory=list)


def _blank(desc: str, a: int, b: int) -> str:
    return desc[:a] + " " * (b - a) + desc[b:]


def read_asides(desc: str, where: dict) -> tuple[str, Reading]:
    """``desc`` with its asides and drawing requests blanked, and what they say. ``where``: the phrase
    (``{text, start, end}``) the description is, for naming a contradiction. Raises ``UnsupportedError``
    for an aside that contradicts the definition of what it clarifies, or two that contradict each other."""
    from ..errors import UnsupportedError
    r = Reading()

    def name(m: re.Match) -> str:
        return f"'{m.group(0).strip(' ,')}' at {where['start'] + m.start()}-{where['start'] + m.end()}"
    for m in list(re.finditer(r"\([^()]*\)", desc)):
        # "(the empty string counts, since 0 is a multiple of 3)": the reason given for an aside is no condition
        # of its own; only the aside is read (below), and it must still agree with the definition
        if any(rx.search(m.group(0)) for rx in (_ZERO, _EMPTY_YES, _EMPTY_NO)):
            why = re.search(r"(?i)\s*[,;]?\s*\b(?:since|because|given\s+that)\b[^()]*(?=\))|\s*[,;]\s*(?:as|for)\b[^()]*(?=\))",
                            m.group(0))
            if why:
                r.read.append((why.group(0), m.start() + why.start(), m.start() + why.end()))
                desc = _blank(desc, m.start() + why.start(), m.start() + why.end())
    for m in list(_ZERO.finditer(desc)):
        if m.group("p").lower() == "odd":
            raise UnsupportedError(f"the aside {name(m)} contradicts the definition of an even number (zero is even); "
                                   "nesy does not redefine it: say which counts you mean, e.g. 'a number of 0s that "
                                   "is odd'")
        r.read.append((m.group(0), m.start(), m.end()))
        desc = _blank(desc, m.start(), m.end())
    if re.search(r"(?i)\b(?:multiple\s+of|divisible\s+by|even)\b", desc) and \
            not re.search(r"(?i)\bodd\b|\bremainder\b|≡|\bmod(?:ulo)?\b", desc):
        # "a multiple of three (zero counts)": 0 = 0·n is a multiple of every n, and even — the aside agrees
        for m in list(_ZERO_COUNTS.finditer(desc)):
            r.read.append((m.group(0), m.start(), m.end()))
            desc = _blank(desc, m.start(), m.end())
    msb, lsb = list(_MSB.finditer(desc)), list(_LSB.finditer(desc))
    if msb and lsb:
        raise UnsupportedError(f"the phrases {name(msb[0])} and {name(lsb[0])} give two bit orders; give one")
    if lsb:
        r.order = "lsb"
    for m in msb + lsb:
        r.read.append((m.group(0), m.start(), m.end()))
        desc = _blank(desc, m.start(), m.end())
    ok, bad = list(_LEAD_OK.finditer(desc)), list(_LEAD_NO.finditer(desc))
    if ok and bad:
        raise UnsupportedError(f"the phrases {name(ok[0])} and {name(bad[0])} disagree on leading zeros; keep one")
    if ok or bad:
        r.leading = bool(ok)
    for m in ok + bad:
        r.read.append((m.group(0), m.start(), m.end()))
        desc = _blank(desc, m.start(), m.end())
    yes, no = list(_EMPTY_YES.finditer(desc)), list(_EMPTY_NO.finditer(desc))
    if yes and no:
        raise UnsupportedError(f"the phrases {name(yes[0])} and {name(no[0])} disagree on the empty string; keep one")
    if yes or no:
        r.empty = bool(yes)
    for m in yes + no:
        r.read.append((m.group(0), m.start(), m.end()))
        desc = _blank(desc, m.start(), m.end())
    for m in list(_KIND_OK.finditer(desc)):
        r.read.append((m.group(0), m.start(), m.end()))
        desc = _blank(desc, m.start(), m.end())
    for m in list(GOAL.finditer(desc)):
        if re.search(r"(?i)fewest|least|minim|smallest|few\s+states", m.group(0)):
            r.minimal = True
        r.read.append((m.group(0), m.start(), m.end()))
        desc = _blank(desc, m.start(), m.end())
    p = _PURPOSE.search(desc)
    if p and not any(_LANG_WORDS.match(w) for w in p.group("w").split()):
        r.read.append((p.group(0), p.start(), p.end()))
        desc = _blank(desc, p.start(), p.end())
    # a bracketed aside now empty of words (or holding only filler) was read whole: its brackets go too
    def empty_parens(m: re.Match) -> str:
        inner = _FILL.sub(" ", m.group(0)[1:-1])
        return " " * len(m.group(0)) if not re.search(r"[A-Za-z0-9]", inner) else m.group(0)
    desc = re.sub(r"\([^()]*\)", empty_parens, desc)
    return desc, r


_SMALLW = r"(?:of|no|zero|\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
# the set-builder form "{w ∈ {0,1}* : w has an even number of 0s}" (HMU §1.5.3 notation)
SET_BUILDER = re.compile(r"(?:(?<![A-Za-z])L(?:\s*\(\s*M\s*\))?\s*=\s*)?\{\s*(?P<v>[a-zA-Z])\s*(?:∈|\\in|in)\s*(?:\{(?P<sig>[^{}]*)\}|Σ)\s*(?:\*|\^\s*\(?\s*\*\s*\)?)?\s*"
                         r"(?:[:|]|such\s+that)(?P<cond>[^{}]*)\}")


def normalise(desc: str) -> tuple[str, list[str] | None]:
    """``desc`` with number words for the symbols 0 and 1 written as symbols ("an even number of zeros" → "0s"),
    and a set-builder language read as its condition ("{w ∈ {0,1}* : w has …}" → "has …", "|w|" → "length");
    also the alphabet the set-builder names (None where it names none)."""
    # LaTeX congruence "\\pmod{3}", "\\bmod 3", "\\mod{3}" reach here with the backslash and braces gone ("pmod3",
    # "bmod 3"): read as "(mod 3)", the congruence notation of HMU §1.5 / Sipser Example 1.13 ("|w| ≡ 0 (mod 3)")
    desc = re.sub(r"(?<![A-Za-z])[pb]?mod\s*(?:\{\s*(\d{1,2})\s*\}|(\d{1,2})(?![\d.]))", lambda m: f"(mod {m.group(1) or m.group(2)})",
                  desc)
    desc = re.sub(r"\(\s*\((mod \d{1,2})\)\s*\)", r"(\1)", desc)
    desc = re.sub(r"(?i)\b(" + _SMALLW + r")(\s+)(zeroe?s|ones)\b",
                  lambda m: m.group(1) + m.group(2) + ("0s" if m.group(3).lower().startswith("z") else "1s"), desc)
    m = SET_BUILDER.search(desc)
    if not m:
        return desc, None
    v = re.escape(m.group("v"))
    cond = m.group("cond")
    # |w|_a (its "_" may be gone with the LaTeX markup: "|w|_1" → "|w|1")
    cond = re.sub(rf"\|\s*{v}\s*\|(?:_\{{?([A-Za-z0-9])\}}?|([A-Za-z0-9])(?![A-Za-z0-9]))",
                  lambda m: f"the number of {m.group(1) or m.group(2)}s", cond)
    cond = re.sub(rf"(?:#|n)_?\{{?([A-Za-z0-9])\}}?\s*\(\s*{v}\s*\)", r"the number of \1s", cond)   # #a(w), n_a(w)
    cond = re.sub(rf"\|\s*{v}\s*\|", "the length", cond)
    cond = re.sub(rf"(?<![A-Za-z0-9]){v}(?![A-Za-z0-9])\s*(?=(?:contains|has|have|ends|starts|begins|is|does|doesn't|"
                  r"consists|represents)\b)", "", cond)
    sig = re.findall(r"[A-Za-z0-9]", m.group("sig")) if m.group("sig") else None
    return desc[:m.start()] + " that " + cond + " " + desc[m.end():], sig


# a sentence of its own that says what the language already settles: "The empty PIN is allowed.", "All other strings
# are rejected.", "It rejects everything else." — read when it agrees with the language built, never applied
_REST = re.compile(r"(?i)(?:(?:it|the\s+(?:dfa|nfa|automaton|machine))\s+(?:(?:should|must|will)\s+)?rejects?\s+(?:all\s+(?:the\s+)?"
                   r"others?|(?:all|every|any)\s+other\s+(?:strings?|words?|inputs?)|everything\s+else|anything\s+else|the\s+rest)"
                   r"|(?:(?:all|any|every)\s+)?(?:the\s+)?(?:others?|other\s+(?:strings?|words?|inputs?)|everything\s+else|anything\s+"
                   r"else|the\s+rest)\s+(?:(?:is|are|should\s+be|must\s+be|will\s+be|gets?)\s+)?rejected)(?![A-Za-z])")
_REMARK_FILL = re.compile(r"(?i)\b(?:also|too|of\s+course|as\s+well|please\s+note|note(?:\s+that)?|and|so|here)\b")


def remarks(text: str, phrase: dict, accepts_empty: bool) -> list[dict]:
    """The sentences of ``text`` outside the language ``phrase`` that only remark on it (the empty string is or is
    not in it; the other strings are rejected), as ``{text, start, end}``; a remark on the empty string that the
    language built contradicts is refused naming both (``UnsupportedError``): nesy does not choose which one the
    writer meant."""
    from ..errors import UnsupportedError
    out = []
    for m in re.finditer(r"[^.;!?\n]+", text):
        a, b = m.start(), m.end()
        if a < phrase["end"] and phrase["start"] < b:
            continue
        sent = m.group(0)
        yes, no = _EMPTY_YES.search(sent), _EMPTY_NO.search(sent)
        rest = _REMARK_FILL.sub(" ", _REST.sub(" ", _EMPTY_NO.sub(" ", _EMPTY_YES.sub(" ", sent))))
        if not (yes or no or _REST.search(sent)) or re.search(r"[A-Za-z0-9]", rest):
            continue
        a += len(sent) - len(sent.lstrip())
        b -= len(sent) - len(sent.rstrip())
        where = {"text": text[a:b], "start": a, "end": b}
        if (yes and not accepts_empty) or (no and accepts_empty):
            raise UnsupportedError(
                f"the remark '{where['text']}' at {a}-{b} says the empty string is {'' if yes else 'not '}accepted, but "
                f"the language '{phrase['text']}' at {phrase['start']}-{phrase['end']} {'does not hold' if yes else 'holds'} "
                "it; say in the description whether it is included (e.g. '…, including the empty string')")
        out.append(where)
    return out

