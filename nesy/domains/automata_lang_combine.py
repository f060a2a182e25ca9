"""Languages combined from languages: a language less another, a finite list of strings, and languages named in
the text and then referred to.

``automata_lang.build`` reads one description (conditions joined by and / or / not); this module reads what joins
whole descriptions, and builds each part with ``build`` itself, so every condition nesy reads can stand on either
side:

- **exclusion** — "all strings over {a, b} except those that contain bb", "strings of even length other than the
  ones ending in 0", "every word excluding ab and ba", "binary numbers divisible by 3 but not those starting with
  0": the difference L \\ R = L ∩ complement(R), by the product construction (HMU §4.2.1, closure under
  intersection and complement). "All strings" (with or without the alphabet) is Σ*. Several excluded sets joined
  by "and those …" / "or the ones …" are each excluded (their union); a finite list of strings after "except" is a
  finite language.
- **finite lists** — "exactly the strings ab and ba (and nothing else)", "only the words 0, 01 and 011": every
  finite language is regular; its DFA is the prefix tree of its strings and a dead state (HMU §4.2.1, union of the
  one-string languages; Sipser Theorem 1.25, closure under union, so every finite language is regular).
- **named languages** — "L1 = strings of even length, L2 = strings with an odd number of 0s. Draw a DFA for the
  latter": each definition ``NAME = description`` (also "NAME: …", "NAME is the set of …") is built on its own; the
  language drawn is the one the text points at: a name ("a DFA for L2"), "the former" / "the latter" / "the first"
  / "the second", or names joined by ∩, ∪, "intersection", "union", "and", "or", "minus", "but not", "complement
  of" (HMU §4.2.1: the product construction for ∩ ∪ and difference, the swapped accepting set for the
  complement). Two or more languages named and none pointed at is refused naming them: nesy does not choose.

Nothing here guesses: a side not read whole makes the whole unread (``why`` says which), as for one description.
"""
from __future__ import annotations

import contextvars
import re

__all__ = ["EXCEPT", "FINITE", "in_definition", "finite_words", "finite_dfa", "exclusion", "named"]

# one string of a list: a run of symbols, not an English word of a description ("ending", "that"), or ε
_NOTW = (r"(?!(?:and|or|nor|nothing|no|none|not|the|that|which|with|of|over|ending|ends?|starting|starts?|beginning|"
         r"begins?|containing|contains?|whose|where|having|has|have|in|on|from|strings?|words?|those|ones|length|even|"
         r"odd|number|at|exactly|more|fewer|less|least|most|any|all|every|but|except)\b)")
_ONE = r"(?:" + _NOTW + r"['\"‘’“”]?[A-Za-z0-9]+['\"‘’“”]?(?![A-Za-z0-9'’])|ε|λ|the\s+empty\s+(?:string|word|one))"
_LIST = _ONE + r"(?:\s*,\s*(?:and\s+|or\s+)?" + _ONE + r"|\s+(?:and|or)\s+" + _ONE + r")+"
FINITE = re.compile(r"(?:exactly|only|just|precisely)\s+(?P<noun>(?:the|these|those)\s+(?:(?:two|three|four|five|six|\d)\s+)?"
                    r"(?:strings|words)\s*:?\s*)?(?P<ws>" + _LIST + r")", re.I)
# a string list alone, after "except" / "other than" (the right side of an exclusion)
_LIST_ONLY = re.compile(r"\s*(?:(?:the|these|those)\s+(?:(?:two|three|four|five|six|\d)\s+)?(?:strings?|words?)\s*:?\s*)?"
                        r"(?P<ws>" + _ONE + r"(?:\s*,\s*(?:and\s+|or\s+)?" + _ONE + r"|\s+(?:and|or)\s+" + _ONE + r")*)"
                        r"(?:\s+(?:itself|themselves|alone))?\s*[.,;]?\s*$", re.I)


def _words_of(body: str) -> list[str]:
    out = []
    for part in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", body.strip(), flags=re.I):
        part = part.strip().strip("'\"‘’“”")
        out.append("" if re.fullmatch(r"(?i)ε|λ|the\s+empty\s+(?:string|word|one)", part) else part)
    return out


def finite_words(m: re.Match) -> list[str] | None:
    """The strings of a ``FINITE`` match ("" for ε); None where every one is a single symbol and no noun says they
    are strings ("only a and b" may name the alphabet: not read as a list)."""
    ws = _words_of(m.group("ws"))
    if not m.group("noun") and all(len(w) <= 1 for w in ws):
        return None
    return ws


def finite_dfa(words: list[str], sigma: tuple[str, ...]):
    """The minimal DFA of a finite language: the prefix tree of its strings (one state per prefix, the strings'
    own states accepting) and a dead state, minimised (HMU §4.2.1, §4.4)."""
    from .automata_lang import DFA, _minimise
    prefixes = sorted({w[:k] for w in words for k in range(len(w) + 1)}, key=lambda p: (len(p), p))
    ix = {p: k for k, p in enumerate(prefixes)}
    dead = len(prefixes)
    delta = [{c: ix.get(p + c, dead) for c in sigma} for p in prefixes] + [{c: dead for c in sigma}]
    return _minimise(DFA(sigma, tuple(delta), 0, frozenset(ix[w] for w in words)))


# the words that take a language away from another: "except (for)", "excluding", "other than", "apart from", "save
# for", "with the exception of", "but not", "minus", "not counting"
EXCEPT = re.compile(r"(?i)\s*,?\s*(?:—|–|\s-)?\s*\b(?:except(?:\s+for)?|excepting|excluding|other\s+than|apart\s+from|save\s+for|"
                     r"with\s+the\s+exception\s+of|but\s+not(?=\s+(?:those|the\s+ones|ones|the\s+strings|the\s+words|strings|words|"
                     r"any|for)\b)|minus|not\s+counting|leaving\s+out)\b\s*")
# a second excluded set: "… except those ending in a and those containing bb" (each excluded: their union)
_AND_THOSE = re.compile(r"(?i)\s*,?\s*\b(?:and|or|as\s+well\s+as|plus)\s+(?=(?:also\s+)?(?:those|the\s+ones|ones|the\s+strings|"
                        r"the\s+words|any\s+(?:strings?|words?))\b)")
# Σ*: "all strings", "every word over {a, b}", "anything", "Σ*"
_ALL = re.compile(r"(?i)^\s*(?:(?:the\s+)?(?:set|language)\s+of\s+)?(?:all|every|each|any)?\s*(?:the\s+)?(?:possible\s+)?"
                  r"(?:(?:binary|bit|input)\s+)?(?:strings?|words?|inputs?|sequences?|numbers?)?\s*$|^\s*(?:everything|anything|Σ\s*\*)\s*$")


def _span(phrase: dict, a: int, b: int) -> dict:
    return {"text": phrase["text"][a:b], "start": phrase["start"] + a, "end": phrase["start"] + b}


def _sigma(text: str, phrase: dict, given: list[str] | None) -> tuple[str, ...] | None:
    from .automata_lang import _alphabet, _named_alphabet
    from .automata_lang_read import normalise
    d, sig = normalise(phrase["text"])
    _d, named = _named_alphabet(d)
    return _alphabet(text, given or sig or named)


def exclusion(text: str, phrase: dict, given: list[str] | None, kind: str, why: list[str], build):
    """The ``Language`` of a description "L except R" (module docstring), or None: no such word in it (``why`` left
    empty), or a side not read (``why`` says which)."""
    from .automata_lang import Language, MAX_STATES, _complement, _minimise, _named_alphabet, _product
    from .automata_lang_ops import length_between
    m = EXCEPT.search(phrase["text"])
    if m is None or not phrase["text"][:m.start()].strip():
        return None
    sigma = _sigma(text, phrase, given)
    if sigma is None:
        why.append("the text states no alphabet, which the strings 'except' leaves are taken from")
        return None
    left_ph = _span(phrase, 0, m.start())
    left_txt, _named = _named_alphabet(left_ph["text"])
    full = length_between(sigma, 0, None)
    from .automata_lang import _FILLER
    bare = _FILLER.sub(" ", re.sub(r"(?i)\{[^{}]*\}|Σ\s*\*|\b(?:everything|anything|possible)\b", " ", left_txt))
    if _ALL.match(re.sub(r"\{[^{}]*\}", " ", left_txt)) or not re.search(r"[A-Za-z0-9]", bare):
        left = Language(full, None, lambda w: True, False, ())
    else:
        left = build(text, left_ph, list(sigma), kind, why)
        if left is None:
            return None
    # the excluded sets: a list of strings, or one or more descriptions; examples at the end ("…, e.g. ab and aba")
    # are of the whole language, checked against it below, not against the set excluded
    rest = phrase["text"][m.end():]
    examples: list[str] = []
    ex = re.search(r"(?i)\s*(?:\(\s*(?:e\.g\.,?|for\s+example,?|like|such\s+as)\s+(?P<a>[^()]*)\)|,?\s*(?:e\.g\.,?|for\s+example,?|"
                   r"such\s+as|like)\s+(?P<b>[A-Za-z0-9ε]+(?:\s*(?:,|and|or)\s*[A-Za-z0-9ε]+)*))\s*[.]?\s*$", rest)
    if ex:
        examples = re.findall(r"[A-Za-z0-9]+", re.sub(r"(?i)\b(?:and|or)\b", " ", ex.group("a") or ex.group("b")))
        rest = rest[:ex.start()]
    # a bracket at the end on the empty string is of the whole language too ("every string except those ending in b
    # (the empty string is accepted)"): read into the excluded set, it excluded the empty string as well
    from .automata_lang_read import _EMPTY_NO, _EMPTY_YES
    empty_said = None
    eb = re.search(r"\s*\((?P<a>[^()]*)\)\s*[.]?\s*$", rest)
    if eb and (_EMPTY_YES.search(eb.group("a")) or _EMPTY_NO.search(eb.group("a"))):
        empty_said = (bool(_EMPTY_YES.search(eb.group("a"))), eb.group("a").strip())
        rest = rest[:eb.start()]
    parts, k = [], m.end()
    for a in list(_AND_THOSE.finditer(rest)) + [None]:
        b = len(rest) if a is None else a.start()
        parts.append((k, m.end() + b))
        if a is not None:
            k = m.end() + a.end()
    drop_dfa, drop_preds, notes = None, [], list(left.notes)
    minimal = left.minimal
    for a, b in parts:
        lead = re.match(r"(?i)\s*(?:for\s+)?(?:(?:those|the\s+ones|ones|the\s+strings|the\s+words|any\s+(?:strings?|words?))\b\s*)?", phrase["text"][a:b])
        seg = _span(phrase, a + lead.end(), b)
        neg = re.match(r"(?i)\s*(?:(?:that|which)\s+)?(?:without|not|no|never|avoiding|free\s+of|(?:do|does)\s*(?:not|n't)|don't|"
                       r"doesn't)\b", seg["text"])
        if neg:
            # "every string except those without aa": a negation excluded, which writers often mean as the negation
            # itself — not guessed at (say "strings containing aa")
            why.append(f"'{phrase['text'][m.start():b].strip(' ,')}' (a negated condition after '{m.group(0).strip(' ,')}' "
                       "is not read: say the strings kept, e.g. 'strings containing …')")
            return None
        lm = _LIST_ONLY.match(seg["text"])
        ws = _words_of(lm.group("ws")) if lm else None
        if ws is not None and all(c in sigma for w in ws for c in w) and (lm.group(0).lower().find("string") >= 0 or
                                                                           any(len(w) != 1 for w in ws) or len(ws) == 1):
            d, p = finite_dfa(ws, sigma), (lambda w, s=frozenset(ws): w in s)
        else:
            got = build(text, seg, list(sigma), kind, why)
            if got is None:
                return None
            d, p = got.dfa, got.pred
            notes += list(got.notes)
            minimal = minimal or got.minimal
        drop_dfa = d if drop_dfa is None else _product(drop_dfa, d, union=True)
        drop_preds.append(p)
    dfa = _minimise(_product(left.dfa, _complement(drop_dfa), union=False))
    if len(dfa.delta) > MAX_STATES:
        why.append(f"its minimal DFA has {len(dfa.delta)} states, more than the {MAX_STATES} nesy draws legibly")
        return None
    if empty_said is not None and dfa.accepts("") != empty_said[0]:
        from ..errors import UnsupportedError
        raise UnsupportedError(
            f"'{empty_said[1]}' in the phrase '{phrase['text']}' at {phrase['start']}-{phrase['end']} says the empty "
            f"string is {'in' if empty_said[0] else 'not in'} the language, which the description "
            f"{'excludes' if empty_said[0] else 'includes'}: correct one of them")
    bad = next((x for x in examples if any(c not in sigma for c in x) or not dfa.accepts(x)), None)
    if bad is not None:
        from ..errors import UnsupportedError
        raise UnsupportedError(
            f"the example '{bad}' in the phrase '{phrase['text']}' at {phrase['start']}-{phrase['end']} is not a string "
            f"of the language the phrase describes (over {{{', '.join(sigma)}}}); correct the example or the description")
    lp = left.pred
    notes.append(f"'{m.group(0).strip(' ,—–-')}' read as the difference of two languages, the first less the second "
                 "(product with the complement, HMU §4.2.1)")
    return Language(dfa, None, lambda w: bool(lp(w)) and not any(p(w) for p in drop_preds), minimal, tuple(notes))


# ---------------------------------------------------------------------------------------------------------------
# named languages

_SUB = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_NAME = r"L\s*_?\s*\{?\s*[0-9₀-₉]\s*\}?|L[′']{1,2}"
_DEF = re.compile(r"(?<![A-Za-z0-9])(?P<name>" + _NAME + r")\s*(?:=|:(?!=)|:=|\bis\s+(?:the\s+(?:set|language)\s+of|"
                  r"defined\s+as|made\s+of)|\bdenotes?)\s*")
_REF_NAME = re.compile(r"(?<![A-Za-z0-9])(?P<name>" + _NAME + r")(?![A-Za-z0-9])")
_INTER = r"(?:∩|\\cap|cap|intersect(?:ed\s+with)?|intersection\s+with)"
_UNION = r"(?:∪|\\cup|cup|union(?:ed)?(?:\s+with)?)"
_DIFF = r"(?:\\|∖|-|−|minus|but\s+not(?:\s+(?:in|of))?|and\s+not(?:\s+(?:in|of))?|without|except)"


def _key(name: str) -> str:
    return re.sub(r"[\s_{}]", "", name.translate(_SUB)).replace("′", "'")


_GUARD: contextvars.ContextVar[bool] = contextvars.ContextVar("nesy_automata_named", default=False)


def _definitions(text: str) -> list[tuple[str, int, int, int]]:
    """Each definition (name key, start of the name, start and end of its description) in text order; a
    description ends at the next definition, at the end of its sentence, or at the text's end."""
    out = []
    ms = list(_DEF.finditer(text))
    for i, m in enumerate(ms):
        end = ms[i + 1].start() if i + 1 < len(ms) else len(text)
        stop = re.search(r"[.;!?\n](?:\s|$)", text[m.end():end])
        b = m.end() + stop.start() if stop else end
        seg = text[m.end():b]
        seg = re.sub(r"\s*,?\s*(?:and)?\s*$", "", seg)
        out.append((_key(m.group("name")), m.start(), m.end(), m.end() + len(seg)))
    return out


def in_definition(text: str, p: dict) -> bool:
    """Whether the phrase ``p`` lies in the definition of a named language ("L2 = strings with …")."""
    return any(a <= p["start"] and p["end"] <= e for _k, _s, a, e in _definitions(text))


def named(text: str, phrase: dict, given: list[str] | None, kind: str, why: list[str], build):
    """The language a text that names languages points at (module docstring): a ``Language``; False when it names
    some but the one drawn is not read (``why`` says why); None when the phrase is not about named languages."""
    if _GUARD.get():
        return None
    defs = _definitions(text)
    if not defs or not (any(s < phrase["end"] and phrase["start"] < e for _k, s, _a, e in defs) or
                        any(_key(r.group("name")) in {k for k, *_ in defs} for r in _REF_NAME.finditer(phrase["text"]))):
        return None
    token = _GUARD.set(True)
    try:
        return _named(text, phrase, given, kind, why, build, defs)
    finally:
        _GUARD.reset(token)


def _target(text: str, defs) -> tuple[str, list[str], tuple[int, int]] | None:
    """What the text asks to draw, outside the definitions: ('one', [name]) / ('and'|'or'|'diff', [a, b]) /
    ('not', [name]), and where it is said; None when nothing points."""
    keys = [k for k, *_ in defs]
    spans = [(s, e) for _k, s, _a, e in defs]
    outside = "".join(" " if any(s <= i < e for s, e in spans) else ch for i, ch in enumerate(text))
    n = _NAME
    for rx, op in ((rf"(?i)(?:the\s+)?complement\s+of\s+(?P<a>{n})|(?P<a2>{n})\s*(?:\^\s*c|ᶜ|complement(?:ed)?)(?![A-Za-z0-9])", "not"),
                   (rf"(?P<a>{n})\s*{_DIFF}\s*(?P<b>{n})(?![A-Za-z0-9])", "diff"),
                   (rf"(?P<a>{n})\s*{_INTER}\s*(?P<b>{n})(?![A-Za-z0-9])", "and"),
                   (rf"(?P<a>{n})\s*{_UNION}\s*(?P<b>{n})(?![A-Za-z0-9])", "or"),
                   (rf"(?i)\bin\s+both\s+(?P<a>{n})\s+and\s+(?:in\s+)?(?P<b>{n})(?![A-Za-z0-9])|\bin\s+(?P<a3>{n})\s+and\s+"
                    rf"(?:also\s+)?in\s+(?P<b3>{n})(?![A-Za-z0-9])", "and"),
                   (rf"(?i)\bin\s+(?:either\s+)?(?P<a>{n})\s+or\s+(?:in\s+)?(?P<b>{n})(?![A-Za-z0-9])", "or"),
                   (rf"(?i)\bin\s+(?P<a>{n})\s+but\s+not\s+(?:in\s+)?(?P<b>{n})(?![A-Za-z0-9])", "diff"),
                   (rf"(?i)\b(?:the\s+)?intersection\s+of\s+(?P<a>{n})\s+and\s+(?P<b>{n})", "and"),
                   (rf"(?i)\b(?:the\s+)?union\s+of\s+(?P<a>{n})\s+and\s+(?P<b>{n})", "or"),
                   (rf"(?i)\b(?:for|accept(?:s|ing)?|recogni[sz](?:es|ing)|decid(?:es|ing)|generat(?:es|ing))\s+(?:exactly\s+)?"
                    rf"(?:the\s+language\s+)?(?P<a>{n})(?![A-Za-z0-9*^⁺+])", "one")):
        m = re.search(rx, outside)
        if m and op == "one" and len({_key(r.group("name")) for r in _REF_NAME.finditer(outside)}) > 1:
            return None     # "DFAs for L1 and L2", "for L1, and also L2": more than one pointed at — not chosen here
        if m:
            gd = m.groupdict()
            names = [_key(x) for x in (gd.get("a") or gd.get("a2") or gd.get("a3"), gd.get("b") or gd.get("b3")) if x]
            return op, names, (m.start(), m.end())
    if len(keys) == 2:
        m = re.search(r"(?i)\b(?:their|the(?:\s+two)?(?:\s+languages['’]?)?|both(?:\s+languages['’]?)?)\s+(?P<op>intersection|union)\b"
                      r"|\b(?P<op2>intersection|union)\s+of\s+(?:the\s+two|both|them)\b", outside)
        if m:
            op = (m.group("op") or m.group("op2")).lower()
            return ("and" if op == "intersection" else "or"), keys, (m.start(), m.end())
    m = re.search(r"(?i)\bthe\s+(?P<w>latter|former|first|second|third|last)(?:\s+(?:one|language))?\b", outside)
    if m:
        w = m.group("w").lower()
        k = {"former": 0, "first": 0, "second": 1, "third": 2, "latter": len(keys) - 1, "last": len(keys) - 1}[w]
        if k < len(keys) and (w not in ("former", "latter") or len(keys) == 2):
            return "one", [keys[k]], (m.start(), m.end())
    refs = [m for m in _REF_NAME.finditer(outside)]
    if refs and len({_key(r.group("name")) for r in refs}) == 1:
        return "one", [_key(refs[0].group("name"))], (refs[0].start(), refs[0].end())
    if len(keys) == 1:
        return "one", keys, (defs[0][1], defs[0][1])
    return None


def _named(text, phrase, given, kind, why, build, defs):
    from .automata_lang import Language, MAX_STATES, _alphabet, _complement, _minimise, _named_alphabet, _product
    defs = _definitions(text)
    keys = [k for k, *_ in defs]
    if len(set(keys)) != len(keys):
        dup = next(k for k in keys if keys.count(k) > 1)
        why.append(f"'{dup}' is defined twice")
        return False
    spans = [(s, e) for _k, s, _a, e in defs]
    outside = "".join(" " if any(s <= i < e for s, e in spans) else ch for i, ch in enumerate(text))
    other = re.search(rf"(?i)(?:{_NAME})\s*(?:\*|\^\s*[*+R]|[⁺ᴿ]|\+(?!\s*(?:{_NAME})))|(?:{_NAME})\s*[·∘.]?\s*(?:{_NAME})"
                      r"|\b(?:concatenat\w*|kleene|star|revers\w*|shuffle|quotient|homomorph\w*|symmetric\s+difference)\b",
                      outside)
    if other:
        # an operation on the named languages nesy does not build here: drawing one of them instead would be wrong
        why.append(f"'{other.group(0).strip()}' (an operation on the named languages nesy does not build: it builds "
                   "one of them, their intersection, union, difference or complement)")
        return False
    got = _target(text, defs)
    if got is None:
        why.append(f"the text names the languages {', '.join(keys)} and does not say which one (or which "
                   "combination) the automaton accepts: say e.g. 'a DFA for " + keys[-1] + "'")
        return False
    op, names, where = got
    if any(k not in keys for k in names):
        why.append(f"'{next(k for k in names if k not in keys)}' is not defined in the text")
        return False
    sigma = None
    if given:
        sigma = tuple(sorted(dict.fromkeys(given)))
    else:
        _d, found = _named_alphabet(text)
        sigma = _alphabet(text, found)
    langs = {}
    for k, _s, a, e in defs:
        if k not in names:
            continue
        ph = {"text": text[a:e], "start": a, "end": e}
        lang = build(text, ph, list(sigma) if sigma else None, kind, why)
        if lang is None:
            return False
        langs[k] = lang
    if sigma is None:
        sigma = langs[names[0]].dfa.alphabet
    if any(lang.dfa.alphabet != sigma for lang in langs.values()):
        why.append("the languages named are over different alphabets")
        return False
    a = langs[names[0]]
    notes = [n for k in names for n in langs[k].notes]
    said = text[where[0]:where[1]].strip() or names[0]
    if op == "one":
        return Language(a.dfa, a.nfa, a.pred, a.minimal, tuple(notes + [f"the text names {len(keys)} language"
                        f"{'s' if len(keys) > 1 else ''} ({', '.join(keys)}); drawn: {names[0]} ('{said}')"]),
                        a.nfa_construction)
    if op == "not":
        dfa, pa = _complement(a.dfa), a.pred
        pred = lambda w: not pa(w)  # noqa: E731
    else:
        b = langs[names[1]]
        pa, pb = a.pred, b.pred
        bd = _complement(b.dfa) if op == "diff" else b.dfa
        dfa = _product(a.dfa, bd, union=(op == "or"))
        pred = {"and": lambda w: bool(pa(w)) and bool(pb(w)), "or": lambda w: bool(pa(w)) or bool(pb(w)),
                "diff": lambda w: bool(pa(w)) and not pb(w)}[op]
    dfa = _minimise(dfa)
    if len(dfa.delta) > MAX_STATES:
        why.append(f"its minimal DFA has {len(dfa.delta)} states, more than the {MAX_STATES} nesy draws legibly")
        return False
    word = {"not": "complement", "and": "intersection", "or": "union", "diff": "difference"}[op]
    notes.append(f"'{said}' read as the {word} of {' and '.join(names)} (product construction, HMU §4.2.1)")
    return Language(dfa, None, pred, any(langs[k].minimal for k in names), tuple(notes))
