"""Automata: other ways of writing the language conditions nesy builds, rewritten to the forms it reads.

People describe the same condition in many words; each rule here rewrites one such *form* into the
condition ``automata_lang`` compiles, and says the same thing (HMU §2.2, Sipser §1.1 for the conditions):

* a distributed predicate: "both the number of a's and the number of b's are even" → "the number of a's
  is even and the number of b's is even"; "an even number of a's and b's" → "… and an even number of b's";
* "whose length is multiple of 3" (the article dropped) → "is a multiple of 3";
* "no two consecutive 1s", "without two 1s in a row", "never two consecutive 1s" → "not containing 11"
  (two consecutive equal symbols is the substring of both);
* "contain aba somewhere", "aba as a substring", "anywhere": the plain containment condition;
* asides agreeing with the default reading of containment: "(overlaps allowed)", "overlapping occurrences
  count" — a substring may overlap itself in any reading of "contains" (HMU Ex. 2.4);
* a passive "accept": "every word with … should be accepted, all others rejected" → the condition alone;
* the bounds of a count in other words: "minimum one a", "a maximum of two 1s", "not more than", "with one or more
  b's"; "exactly two a's, neither more nor less" (the restatement of "exactly" dropped; after another bound it is left
  as written, so refused), "with two a's, no more, no less" and "two a's exactly" → "exactly two a's";
* abbreviations: "bin strings" → "binary strings", "w/" → "with", "w/o" → "without";
* a language by exclusion: "every string except the empty one", "all words but ε" → "nonempty strings";
  "every string except those ending in b", "all strings other than the ones that start with 0" → "strings not
  ending in b" (the complement of the condition); a negated condition after "except" is left as written;
* a rejected condition after another one: "…, and it should also reject anything ending in b", "… but rejects
  every string containing aa" → "… and not ending in b" (the machine accepts the first condition's strings less
  these), also after a self-repair that says it adds the condition ("— actually no, it should also reject …");
  a text that only says what is rejected is left as written.

A form none of these covers is left as written, so the compiler names it in its refusal.
"""
from __future__ import annotations

import re

__all__ = ["rewrite"]

_S = r"[A-Za-z0-9]"
_COUNT = rf"the\s+numbers?\s+of\s+(?P<{{n}}>{_S})(?:'?s)?"

_ALLSTR = r"(?:(?:every|each|any|all)(?:\s+(?:the|of\s+the))?\s+(?:strings?|words?|inputs?)|everything|anything)"
_EXCEPT = r"\s*,?\s+(?:except|but|other\s+than|apart\s+from|besides|save)\s+(?:for\s+)?"
_EMPTY = r"(?:the\s+empty\s+(?:one|string|word)|ε|epsilon|λ|the\s+(?:string|word)\s+(?:ε|epsilon|λ))"
# the words a condition starts with (those automata_lang reads); never a negated one ("except those without aa")
_COND = (r"(?=(?:(?:that|which)\s+)?(?:ends?|ending|starts?|starting|begins?|beginning|contains?|containing|with|having|has|"
         r"have|of\s+(?:even|odd|length)|whose)\b)")
_REJECTS = (r"(?:(?:it|the\s+(?:dfa|nfa|automaton|machine))\s+)?(?:(?:should|must|shall|will|has\s+to|is\s+to|needs\s+to)\s+)?"
            r"(?:also\s+)?rejects?(?:ing)?\s+(?:also\s+)?(?:anything|everything|every\s+(?:string|word)|all\s+(?:the\s+)?(?:strings|words)|"
            r"any\s+(?:string|word)|(?:the\s+)?strings|(?:the\s+)?words|those|the\s+ones|inputs)\s+(?:(?:that|which)\s+)?")

_K = r"(?:\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten)(?![A-Za-z0-9])"
_RUN = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_SOME = rf"(?:occurrences?\s+of\s+)?(?:an?\s+)?{_S}(?:'?s)?(?![A-Za-z0-9'’])"
# "neither more nor less", "no more, no fewer", "(not one more, not one less)": the definition of "exactly" said again
_AGAIN = (r"\s*(?:,|;|—|–|\s-|\()?\s*(?:(?:and|but)\s+)?(?:(?:neither|not)\s+(?:(?:one|any)\s+)?more\s+(?:nor|or|and)\s+(?:not\s+)?(?:(?:one|any)\s+)?"
          r"(?:less|fewer)|neither\s+(?:less|fewer)\s+nor\s+more|no\s+more\s*(?:,|and|or|nor)?\s*no\s+(?:less|fewer)|"
          r"no\s+(?:less|fewer)\s*(?:,|and|or|nor)?\s*no\s+more|nothing\s+more\s*(?:,|and|or)?\s*nothing\s+less|"
          r"not\s+(?:one\s+)?more\s*(?:,|and|or)?\s*not\s+(?:one\s+)?(?:less|fewer))(?:\s+than\s+that)?(?![A-Za-z])(?:\s*\))?")
_COUNTED = r"(?:(?<=with\s)|(?<=having\s)|(?<=has\s)|(?<=have\s)|(?<=containing\s)|(?<=contains\s)|(?<=contain\s))"

# a bound of a length or a count: "at least", "no more than", …
_Q = (r"(?:at\s+least|at\s+most|exactly|no\s+more\s+than|no\s+fewer\s+than|no\s+less\s+than|more\s+than|fewer\s+than|"
      r"less\s+than|greater\s+than)")
# … a noun of the length, not of a kind of symbol ("3 bits set", "two letters a", "2 digits equal to 7" are counts)
_LEN_NOUN = (r"(?:symbols?|letters?|characters?|chars|bits?|digits?)(?!\s+(?:set|on|off|equal|equals|that|which|being|are|is|"
             r"of|in|from|=|[A-Za-z0-9](?![A-Za-z0-9]))\b)")


def _between(lo: str, hi: str, what: str) -> str:
    return f"{what} at least {lo} and {what} at most {hi}" if what == "length" else \
        f"at least {lo} {what} and at most {hi} {what}"


_WN = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_WNUM = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"


def _off_multiple(m: re.Match) -> str:
    """"one more than a multiple of three" → "congruent to 1 mod 3": k more (less) than a multiple of n is the
    remainder k (n − k) mod n, the residue class of Euclidean division (Hardy & Wright, *An Introduction to the Theory
    of Numbers*, §5.2: a ≡ b (mod n) iff n divides a − b)."""
    k, n = (int(x) if x.isdigit() else _WN[x.lower()] for x in (m.group("k"), m.group("n")))
    if n < 2:
        return m.group(0)
    r = (k if m.group("d").lower() == "more" else -k) % n
    return f"congruent to {r} mod {n}"


_RULES: list[tuple[re.Pattern, object]] = [
    # a residue said by its distance from a multiple: "whose length is one more than a multiple of three", "the number
    # of a's is two less than a multiple of 4" → "≡ 1 (mod 3)", "≡ 2 (mod 4)"
    (re.compile(rf"(?i)\b(?P<k>{_WNUM})\s+(?P<d>more|less|fewer)\s+than\s+(?:an?\s+)?(?:integer\s+)?multiple\s+of\s+"
                rf"(?P<n>{_WNUM})(?![A-Za-z0-9])"),
     lambda m: _off_multiple(m) if m.group("d").lower() != "fewer" else m.group(0)),
    # "numerals" are the written numbers ("the binary numerals that are multiples of 3")
    (re.compile(r"(?i)\b(binary|decimal)\s+numerals\b"), r"\1 numbers"),
    (re.compile(r"(?i)\b(binary|decimal)\s+numeral\b"), r"\1 number"),
    # "accepts anything whose second-to-last symbol is an a", "everything that ends in b": any string
    (re.compile(r"(?i)\b(?:anything|everything)\s+(?=(?:whose|that|which|with|having|ending|starting|beginning|"
                r"containing|of)\b)"), "strings "),
    # two bounds of one length or count, its subject said once (HMU §2.2 counting conditions): "length at least 2 and
    # at most 3" → "length at least 2 and length at most 3"; "length between 2 and 4", "of length 2 to 4" (inclusive
    # bounds); "2 to 3 symbols long", "at most 3 letters long", "with at most 4 symbols" (the length); "between 1 and
    # 3 a's", "at least 1 and at most 3 a's" (the count of a) — one bound each, joined by "and"
    # a bound in symbols: "length ≥ 2", "length <= 3", "length > 1" (before the rules that pair two bounds)
    (re.compile(rf"(?i)\blength\s*(?:is\s*)?(?P<op>≥|>=|≤|<=|<|>|=)\s*(?={_K})"),
     lambda m: "length " + {"≥": "at least", ">=": "at least", "≤": "at most", "<=": "at most", "<": "less than",
                            ">": "more than", "=": "exactly"}[m.group("op")] + " "),
    (re.compile(rf"(?i)(?<=and\s)(?P<op>≥|>=|≤|<=|<|>)\s*(?={_K})"),
     lambda m: {"≥": "at least", ">=": "at least", "≤": "at most", "<=": "at most", "<": "less than",
                ">": "more than"}[m.group("op")] + " "),
    (re.compile(rf"(?i)\blength\s+(?:is\s+|of\s+)?(?P<q1>{_Q})\s+(?P<k1>{_K})\s*,?\s*(?P<c>and|but)\s+(?:(?:its\s+)?length\s+)?"
                rf"(?:is\s+)?(?P<q2>{_Q})\s+(?P<k2>{_K})(?!\s*{_SOME})"),
     lambda m: f"length {m.group('q1')} {m.group('k1')} and length {m.group('q2')} {m.group('k2')}"),
    (re.compile(rf"(?i)\blength\s+(?:is\s+|of\s+)?(?:between\s+(?P<a>{_K})\s+and\s+(?P<b>{_K})|from\s+(?P<a2>{_K})\s+to\s+(?P<b2>{_K})|"
                rf"(?P<a3>{_K})\s*(?:-|–|to|through)\s*(?P<b3>{_K}))(?:\s*\(?\s*(?:inclusive|both\s+included)\s*\)?)?(?!\s*{_SOME})"),
     lambda m: _between(m.group("a") or m.group("a2") or m.group("a3"), m.group("b") or m.group("b2") or m.group("b3"),
                        "length")),
    (re.compile(rf"(?i)(?:\b(?:with|having|of|containing)\s+)?(?:(?:between\s+(?P<a>{_K})\s+and\s+(?P<b>{_K})|(?:from\s+)?(?P<a2>{_K})\s*"
                rf"(?:-|–|to|through)\s*(?P<b2>{_K}))\s+{_LEN_NOUN}(?:\s+long)?|(?P<q1>{_Q})\s+(?P<k1>{_K})\s+(?:and|but)\s+(?P<q2>{_Q})\s+"
                rf"(?P<k2>{_K})\s+{_LEN_NOUN}(?:\s+long)?)(?![A-Za-z0-9])"),
     lambda m: (f"length at least {m.group('a') or m.group('a2')} and length at most {m.group('b') or m.group('b2')}"
                if m.group("q1") is None else f"length {m.group('q1')} {m.group('k1')} and length {m.group('q2')} {m.group('k2')}")),
    (re.compile(rf"(?i)(?:\b(?:with|having|of|containing)\s+)?(?:(?P<q>{_Q})\s+)?(?P<k>{_K})\s+{_LEN_NOUN}(?P<long>\s+long)?(?![A-Za-z0-9])"),
     lambda m: (f"length {m.group('q') or 'exactly'} {m.group('k')}" if m.group("q") or m.group("long") or
                re.match(r"(?i)(?:with|having|of|containing)\b", m.group(0)) else m.group(0))),
    (re.compile(rf"(?i)\bbetween\s+(?P<a>{_K})\s+and\s+(?P<b>{_K})\s+(?P<s>{_SOME})(?:\s*\(?\s*inclusive\s*\)?)?"),
     lambda m: _between(m.group("a"), m.group("b"), m.group("s"))),
    (re.compile(rf"(?i)\b(?P<q1>{_Q})\s+(?P<k1>{_K})\s*,?\s*(?:and|but)\s+(?P<q2>{_Q})\s+(?P<k2>{_K})\s+(?P<s>{_SOME})"),
     lambda m: f"{m.group('q1')} {m.group('k1')} {m.group('s')} and {m.group('q2')} {m.group('k2')} {m.group('s')}"),
    # an aside that sets no condition on which symbols appear: "any letters", "any symbols allowed", "any mix of x and y"
    (re.compile(r"(?i)\s*,?\s*(?:\(\s*)?\b(?:with\s+|using\s+|of\s+)?any\s+(?:letters?|symbols?|characters?|bits?|digits?|"
                r"mix(?:ture)?|combination)(?:\s+of\s+(?:them|the\s+(?:letters|symbols)|[A-Za-z0-9](?:\s*(?:,|and|or)\s*[A-Za-z0-9])+))?"
                r"(?:\s+(?:allowed|at\s+all|whatsoever|is\s+fine|are\s+fine|ok))?(?:\s*\))?(?![A-Za-z0-9])"), " "),
    # "… and nothing else", "and no other strings": what "exactly" already says of a language
    (re.compile(r"(?i)\s*,?\s*(?:and|but)\s+(?:nothing\s+else|no\s+others?(?:\s+(?:strings?|words?))?|no\s+other\s+(?:strings?|words?))\b"), " "),
    # the bounds of a count in other words (HMU §2.2 counting conditions): "minimum one a", "a minimum of 2 b's" →
    # "at least"; "maximum three 1s", "at most" — only before a number, so no other 'minimum' is read as a bound
    (re.compile(rf"(?i)\b(?:an?\s+|at\s+(?:the\s+)?)?(?:minimum|min\.)(?:\s+of)?\s+(?={_K})"), "at least "),
    (re.compile(rf"(?i)\b(?:an?\s+|at\s+(?:the\s+)?)?(?:maximum|max\.)(?:\s+of)?\s+(?={_K})"), "at most "),
    (re.compile(rf"(?i)\bnot\s+(?:more|greater)\s+than\s+(?={_K})"), "at most "),
    (re.compile(rf"(?i)\bnot\s+(?:less|fewer)\s+than\s+(?={_K})"), "at least "),
    (re.compile(rf"(?i)\bprecisely\s+(?={_K}\s+{_SOME})"), "exactly "),
    # "with one or more a's", "having 2 or fewer b's": a bound after the count, where a count is what is had (after
    # "then" it is a sequence, "one or more a's then a b", read by automata_lang_seq)
    (re.compile(rf"(?i){_COUNTED}(?P<k>{_K})\s+or\s+(?P<q>more|fewer|less)\s+(?={_SOME})"),
     lambda m: f"{'at least' if m.group('q').lower() == 'more' else 'at most'} {m.group('k')} "),
    # "exactly two a's, neither more nor less", "length exactly 4 (no more, no less)": the restatement adds nothing
    (re.compile(rf"(?i)\b(?P<c>exactly\s+{_K}\s+{_SOME}|length\s+(?:is\s+|of\s+)?(?:exactly\s+)?{_K}){_AGAIN}"),
     lambda m: m.group("c")),
    # "with two a's, no more and no less", "two a's exactly": a count said to be exact — "exactly two a's"
    (re.compile(rf"(?i){_COUNTED}(?P<c>{_K}\s+{_SOME}){_AGAIN}"), lambda m: f"exactly {m.group('c')}"),
    (re.compile(rf"(?i){_COUNTED}(?P<c>{_K}\s+{_SOME})\s+(?:exactly|precisely)(?![A-Za-z])"),
     lambda m: f"exactly {m.group('c')}"),
    # a language by exclusion: "every string except the empty one", "all strings but those ending in b"
    (re.compile(rf"(?i)\b{_ALLSTR}{_EXCEPT}{_EMPTY}(?![A-Za-z])"), "nonempty strings"),
    (re.compile(rf"(?i)\b{_ALLSTR}{_EXCEPT}(?:(?:those|the\s+ones|ones|the\s+strings|the\s+words|strings|words)\s+)?{_COND}"),
     "strings not "),
    # a rejected condition after a self-repair that adds it: "— actually no, it should also reject anything ending in b" ("also": the
    # first condition stays; without it the repair would replace it, which is not read here)
    (re.compile(rf"(?i)(?<=[A-Za-z0-9'’)])\s*(?:,|;|—|–|\s-)\s*(?:(?:actually|wait|oh|hmm|sorry|oops)\s*,?\s*)+(?:no\s*,?\s*)?"
                rf"(?=(?:(?:it|the\s+(?:dfa|nfa|automaton|machine))\s+)?(?:(?:should|must|shall|will|has\s+to|needs\s+to)\s+)?also\s+reject)"
                rf"{_REJECTS}{_COND}"), " and not "),
    # "…, and it should also reject anything ending in b": after another condition, the complement of this one
    (re.compile(rf"(?i)(?<=[A-Za-z0-9'’)])\s*(?:,|;|—|–|\s-)?\s*(?:(?:and|but)\s+)?{_REJECTS}{_COND}"), " and not "),
    # the ends of a string in other verbs: "finish with b", "terminates in 0", "commence with a"
    (re.compile(r"(?i)\b(?:finish(?:es)?|terminates?|concludes?)\s+(?=(?:with|in|on)\b)"), "ends "),
    (re.compile(r"(?i)\b(?:finishing|terminating|concluding)\s+(?=(?:with|in|on)\b)"), "ending "),
    (re.compile(r"(?i)\b(?:commences?|opens?)\s+(?=with\b)"), "starts "),
    (re.compile(r"(?i)\b(?:commencing|opening)\s+(?=with\b)"), "starting "),
    (re.compile(r"(?i)\b(ends?|ending)\s+on\s+(?=[A-Za-z0-9]+\b)"), r"\1 with "),
    (re.compile(r"(?i)\bw/o(?![A-Za-z])"), "without"),
    (re.compile(r"(?i)\bw/(?![A-Za-z])"), "with"),
    (re.compile(r"(?i)\bbin(?=\s+(?:strings?|words?|numbers?|inputs?|sequences?)\b)"), "binary"),
    # "both the number of a's and the number of b's are even"
    (re.compile(rf"(?i)\b(?:both\s+)?{_COUNT.format(n='x')}\s+and\s+{_COUNT.format(n='y')}\s+"
                r"(?:are\s+(?:both\s+)?|both\s+are\s+|are\s+each\s+)(?P<p>even|odd)\b"),
     lambda m: f"the number of {m.group('x')}s is {m.group('p')} and the number of {m.group('y')}s is {m.group('p')}"),
    # "the numbers of a's and b's are (both) even"
    (re.compile(rf"(?i)\b(?:both\s+)?the\s+numbers?\s+of\s+(?P<x>{_S})(?:'?s)?\s+and\s+(?:of\s+)?(?P<y>{_S})(?:'?s)?\s+"
                r"(?:are\s+(?:both\s+)?|both\s+are\s+|are\s+each\s+)(?P<p>even|odd)\b"),
     lambda m: f"the number of {m.group('x')}s is {m.group('p')} and the number of {m.group('y')}s is {m.group('p')}"),
    # "an even number of a's and b's" (not "… and an …", which is already two conditions)
    (re.compile(rf"(?i)\b(?P<art>an?\s+(?P<p>even|odd)\s+number\s+of\s+)(?P<x>{_S})(?:'?s)?\s+and\s+(?P<y>{_S})(?:'?s)?"
                r"(?![A-Za-z0-9'])"),
     lambda m: f"{m.group('art')}{m.group('x')}s and an {m.group('p')} number of {m.group('y')}s"),
    (re.compile(r"(?i)\bis\s+multiple\s+of\b"), "is a multiple of"),
    (re.compile(r"(?i)\b(consecutive|adjacent|successive|two)\s+(zeroe?s|ones)\b"),
     lambda m: f"{m.group(1)} {'0s' if m.group(2).lower().startswith('z') else '1s'}"),
    # a run of one symbol, denied or required in any words: "do not contain two b's in a row", "never has three
    # consecutive 0s", "containing two adjacent 1s" → "not containing bb", "not containing 000", "containing 11"
    # (k consecutive equal symbols is the substring of k of them; "consecutive" or "in a row" must say so)
    (re.compile(rf"(?i)\b(?:(?:do|does|did)\s*(?:not|n't)\s+(?:contain|have|include)|(?:don't|doesn't)\s+(?:contain|have|include)|"
                rf"never\s+(?:contains?|has|have|having|containing|includes?)|(?:contains?|containing|has|have|having|with)\s+no|"
                rf"without(?:\s+any)?)\s+(?P<k>two|three|four|2|3|4)\s+(?P<c>(?:consecutive|adjacent|successive)\s+)?"
                rf"(?P<x>{_S})(?:'?s)(?P<r>\s+(?:in\s+a\s+row|next\s+to\s+each\s+other|side\s+by\s+side|consecutively|back\s+to\s+back))?"
                rf"(?<=\S)(?![A-Za-z0-9])"),
     lambda m: (f"not containing {m.group('x') * _RUN[m.group('k').lower()]}" if m.group("c") or m.group("r")
                else m.group(0))),
    (re.compile(rf"(?i)\b(?:contains?|containing|has|have|having|with|includes?|including)\s+(?P<k>two|three|four|2|3|4)\s+"
                rf"(?P<c>(?:consecutive|adjacent|successive)\s+)?(?P<x>{_S})(?:'?s)(?P<r>\s+(?:in\s+a\s+row|next\s+to\s+each\s+other|"
                rf"side\s+by\s+side|consecutively|back\s+to\s+back))?(?![A-Za-z0-9])"),
     lambda m: (f"containing {m.group('x') * _RUN[m.group('k').lower()]}" if m.group("c") or m.group("r")
                else m.group(0))),
    # containment said of the substring: "in which aba never appears", "where 11 does not occur", "in which 00 occurs"
    (re.compile(r"(?i)\b(?:in\s+which|where|such\s+that)\s+(?:the\s+(?:sub)?string\s+)?['\"‘’“”]?(?P<w>[A-Za-z0-9]{1,8})['\"‘’“”]?\s+"
                r"(?:never|does\s*(?:not|n't)|doesn't|do\s*(?:not|n't)|cannot|can't|must\s+not|may\s+not)\s+(?:ever\s+)?"
                r"(?:appears?|occurs?|shows?\s+up)(?:\s+(?:anywhere|as\s+a\s+substring|in\s+(?:it|them|the\s+string)))?\b"),
     lambda m: f"not containing {m.group('w')}"),
    (re.compile(r"(?i)\b(?:in\s+which|where|such\s+that)\s+(?:the\s+(?:sub)?string\s+)?['\"‘’“”]?(?P<w>[A-Za-z0-9]{1,8})['\"‘’“”]?\s+"
                r"(?:appears?|occurs?|shows?\s+up)(?:\s+(?:somewhere|anywhere|as\s+a\s+substring|in\s+(?:it|them|the\s+string)))?"
                r"(?!\s+(?:twice|thrice|once|exactly|at\s+(?:least|most)|an?\s+(?:even|odd)|\d|one|two|three|four|five|more|fewer|"
                r"less|only|never|not)\b)(?![A-Za-z0-9])"),
     lambda m: f"containing {m.group('w')}"),
    # "no two consecutive 1s", "without two 1s in a row", "never two consecutive 1s"
    (re.compile(rf"(?i)\b(?:with\s+)?(?:no|without(?:\s+any)?|never(?:\s+(?:having|has|have|contains?|containing))?)\s+(?:two\s+)?(?:consecutive|adjacent|"
                rf"successive)\s+(?P<x>{_S})(?:'?s)?\b"),
     lambda m: f"not containing {m.group('x') * 2}"),
    (re.compile(rf"(?i)\b(?:with\s+)?(?:no|without(?:\s+any)?|never(?:\s+(?:having|has|have|contains?|containing))?)\s+two\s+(?P<x>{_S})(?:'?s)\s+"
                r"(?:in\s+a\s+row|next\s+to\s+each\s+other|side\s+by\s+side)\b"),
     lambda m: f"not containing {m.group('x') * 2}"),
    # the language as the subject of a passive "accept" ("every word with … should be accepted, all others
    # rejected"): the verb says what a language phrase already says, and the rest being rejected is the definition
    (re.compile(r"(?i)\s*(?:,\s*|;\s*)?(?:(?:and|while|but)\s+)?(?:all|any|every)?\s*(?:the\s+)?(?:others?|other\s+(?:strings|words|inputs)|"
                r"everything\s+else|anything\s+else|the\s+rest)\s+(?:(?:should|must|shall|will|are\s+to|is\s+to|are|is)\s+)?"
                r"(?:be\s+|being\s+)?rejected\b"), " "),
    (re.compile(r"(?i)\b(?:should|must|shall|will|are\s+to|is\s+to|are|is|to)\s+be\s+(?:accepted|recogni[sz]ed)\b"), " "),
    # the plain passive, its subject first and the condition extraposed after the verb ("those strings over {a, b}
    # are accepted whose length is …": the relative clause moved past the verb, Huddleston & Pullum 2002, ch. 12
    # §4.3 extraposition from NP)
    (re.compile(r"(?i)\b(?:are|get|being)\s+(?:accepted|recogni[sz]ed)\b(?=\s+(?:whose|that|which|with|where|in\s+which|"
                r"if|when|of)\b)"), " "),
    # … and said actively after the condition: "… and rejects all others", ", rejecting everything else"
    (re.compile(r"(?i)\s*(?:,\s*|;\s*)?(?:(?:and|while|but)\s+)?(?:(?:it|the\s+(?:dfa|nfa|automaton|machine))\s+)?"
                r"(?:(?:should|must|shall|will)\s+)?rejects?(?:ing)?\s+(?:all\s+(?:the\s+)?others?|(?:all|every|any)\s+other\s+"
                r"(?:strings?|words?|inputs?)|everything\s+else|anything\s+else|all\s+else|the\s+rest)\b"), " "),
    # containment said twice: "contain aba somewhere (as a substring)", "aba as a substring"
    (re.compile(r"(?i)\s+(?:somewhere|anywhere)(?:\s+(?:in\s+(?:it|them|the\s+string)))?\b"), ""),
    (re.compile(r"(?i)\s+as\s+an?\s+(?:substring|factor|subword|contiguous\s+substring)\b"), ""),
    # an aside that agrees with containment's reading: a substring may overlap itself
    (re.compile(r"(?i)\b(?:overlaps?|overlapping(?:\s+occurrences)?)\s+(?:are\s+|is\s+)?(?:allowed|permitted|ok|okay|"
                r"count|counted|fine)\b\s*,?\s*"), ""),
]


def rewrite(desc: str) -> str:
    """``desc`` with each form above rewritten to the condition nesy reads (see the module docstring)."""
    for rx, rep in _RULES:
        desc = rx.sub(rep, desc)
    desc = re.sub(r"\(\s*,?\s*\)", " ", desc)
    return desc
