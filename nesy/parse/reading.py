"""The generic reading of a text: what it mentions, with what quantities, in what relations — and an
honest account of every word.

``read(text)`` is the language front end every science shares. It

1. normalises markup (``markup.normalize``: ``{eq}``, ``$…$``, LaTeX, Unicode) keeping a map back to
   the user's characters;
2. finds quantities with pint (``quantities.locate_quantities``) and bare numbers with the one number
   reader (``words.scan_numbers``);
3. parses with nesy's trained English pipeline (``nlp.get_language()``: UD tags, lemmas, parse);
4. marks words that carry nothing to draw (``lexicon.no_content()``: figure words "draw", "labelled";
   question words "calculate", "what is", "how many"; function words) and multi-word relation
   phrases (``grammars/common/relations.yaml``: "to the left of", "in series with");
5. groups the rest into **mentions** (noun phrases: head lemma, count from numbers, number words and
   count phrases "a pair of", modifiers, a name or symbol "resistor R1", "mass m", attached quantities
   "a 5 kg block", "a resistor of 10 Ω", "R1 = 10 Ω"), **coordinated groups** ("Mercury, Venus and
   Mars") and **relations**: the words between two mentions (or after one, to the end of its clause)
   as a predicate ("orbits", "adjacent to", "connected in series with"; passive "is surrounded by"
   turned active), one relation per subject × object of the two groups, with a negation flag;
6. resolves simple coreference: a definite mention ("the block") refers to the last mention with the
   same head, "it"/"they" to the last mention of the same number;
7. accounts for every token: *content* (part of a mention, quantity or relation), *no content*
   (function, figure or question word) or *not understood* — listed in ``Reading.not_understood`` with
   its position in the original text and why.

The reading is generic: it knows no science. A science maps mentions (by head lemma, synonyms and
hypernyms of its own lexicon) and relations (by predicate) onto its scene graph, and may claim words
the no-content lexicon would skip (``keep``). A value the text does not give stays a symbol: a mention
"mass m" has the name "m" and no quantity.

``read`` never raises on a string (a missing language pipeline raises ``NesyError``, with how to fix).
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Iterable

from ..errors import InputError
from .lexicon import no_content
from .markup import Normalized, normalize
from .quantities import Quantity, locate_quantities
from .words import Number, count_words, read_count, scan_numbers

__all__ = ["Mention", "Relation", "TokenRole", "NotUnderstood", "Reading", "read", "PIECE_CHARS",
           "ROLES"]

PIECE_CHARS = 20_000      # the parser reads long texts in pieces of at most this many characters
ROLES = ("content", "no-content", "not-understood")
_NAME = re.compile(r"(?:[A-Z]{1,2}|[a-zA-Zα-ωΑ-Ω])(?:_?[A-Za-z0-9]{0,4})?\d*['′]*")
_BARRIER = {".", "?", "!", ";", ":", "\n"}


@dataclass(frozen=True)
class Mention:
    """A noun phrase: ``head`` (lemma), ``count`` (``None`` when the text gives none), ``plural``,
    ``definite`` ("the"), ``negated`` ("no nucleus"), ``modifiers`` (adjectives and compound nouns,
    lemmas), ``name`` ("R1", "m", "P"), ``quantities`` (indices into ``Reading.quantities``),
    ``refers_to`` (the earlier mention a definite phrase or pronoun points back to), ``span`` and
    ``text`` in the original text."""
    id: int
    head: str
    span: tuple[int, int]
    text: str
    count: int | None = None
    count_text: str = ""
    plural: bool = False
    definite: bool = False
    negated: bool = False
    modifiers: tuple[str, ...] = ()
    name: str = ""
    quantities: tuple[int, ...] = ()
    refers_to: int | None = None
    pronoun: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "head": self.head, "span": list(self.span), "text": self.text, "count": self.count,
                "count_text": self.count_text, "plural": self.plural, "definite": self.definite,
                "negated": self.negated, "modifiers": list(self.modifiers), "name": self.name,
                "quantities": list(self.quantities), "refers_to": self.refers_to, "pronoun": self.pronoun}


@dataclass(frozen=True)
class Relation:
    """``subject`` —``predicate``→ ``object`` (mention ids; ``object`` is ``None`` for a one-place
    predicate such as "the block slides"). ``predicate`` is lemmas joined by spaces ("orbit", "adjacent
    to", "connect in series with", "surround" for "is surrounded by" with ``passive`` set);
    ``negated``: "not", "n't", "never", "without", "no"; ``quantities``: those written inside the
    predicate ("inclined at 30° to the horizontal")."""
    subject: int
    predicate: str
    object: int | None
    span: tuple[int, int]
    text: str
    negated: bool = False
    passive: bool = False
    quantities: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"subject": self.subject, "predicate": self.predicate, "object": self.object,
                "span": list(self.span), "text": self.text, "negated": self.negated, "passive": self.passive,
                "quantities": list(self.quantities)}


@dataclass(frozen=True)
class TokenRole:
    """One token of the text and what it is: ``role`` in ``ROLES``; ``kind`` says more: mention,
    quantity, relation (content); function, figure, question (no content); or why not understood."""
    text: str
    span: tuple[int, int]
    role: str
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span), "role": self.role, "kind": self.kind}


@dataclass(frozen=True)
class NotUnderstood:
    """A run of words nesy read but could not use, with its position in the original text and why."""
    text: str
    span: tuple[int, int]
    why: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span), "why": self.why}


@dataclass(frozen=True)
class Reading:
    """What ``read`` found in ``text`` (``plain``: the normalised text the parser saw)."""
    text: str
    plain: str
    mentions: tuple[Mention, ...]
    quantities: tuple[Quantity, ...]
    relations: tuple[Relation, ...]
    tokens: tuple[TokenRole, ...]
    not_understood: tuple[NotUnderstood, ...]
    groups: tuple[tuple[int, ...], ...] = ()

    def coverage(self) -> dict[str, int]:
        """Tokens per role: content, no-content, not-understood (and the total)."""
        out = {r: 0 for r in ROLES}
        for t in self.tokens:
            out[t.role] += 1
        out["total"] = len(self.tokens)
        return out

    def mention(self, i: int) -> Mention:
        return self.mentions[i]

    def resolve(self, i: int) -> Mention:
        """The mention ``i`` refers to, following ``refers_to`` back to the first one."""
        seen = set()
        m = self.mentions[i]
        while m.refers_to is not None and m.refers_to not in seen:
            seen.add(m.id)
            m = self.mentions[m.refers_to]
        return m

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "plain": self.plain, "mentions": [m.to_dict() for m in self.mentions],
                "quantities": [q.to_dict() for q in self.quantities],
                "relations": [r.to_dict() for r in self.relations], "tokens": [t.to_dict() for t in self.tokens],
                "not_understood": [n.to_dict() for n in self.not_understood],
                "groups": [list(g) for g in self.groups], "coverage": self.coverage()}


# ---------------------------------------------------------------------------------------------
# data

@functools.lru_cache(maxsize=1)
def _relations_data() -> dict[str, Any]:
    from ..resources import load_yaml
    d = load_yaml("grammars", "common/relations.yaml")
    return {"phrases": tuple(sorted({tuple(str(p).lower().split()) for p in d["phrases"]}, key=len, reverse=True)),
            "coordinators": tuple(sorted({tuple(str(p).lower().split()) for p in d["coordinators"]}, key=len,
                                         reverse=True)),
            "negators": frozenset(str(w).lower() for w in d["negators"]),
            "relatives": frozenset(str(w).lower() for w in d["relatives"]),
            "measure": tuple(sorted({tuple(str(p).lower().split()) for p in d["measure_words"]}, key=len,
                                    reverse=True))}


@functools.lru_cache(maxsize=1)
def _count_phrases() -> tuple[tuple[tuple[str, ...], int], ...]:
    """Multi-word count phrases of the common grammar ("a pair of", "a couple of", "a few")."""
    return tuple(sorted(((tuple(k.split()), v) for k, v in count_words().items() if " " in k),
                        key=lambda kv: -len(kv[0])))


@functools.lru_cache(maxsize=1)
def _lemmas() -> dict[str, str]:
    from .lemmas import lemma_table
    return lemma_table()


# ---------------------------------------------------------------------------------------------
# tokens

@dataclass
class _Tok:
    i: int
    text: str
    lower: str
    lemma: str
    pos: str
    tag: str
    dep: str
    start: int          # in the normalised text
    end: int
    kind: str = ""      # quantity | number | count | relphrase | function | figure | question | ...
    ref: int = -1       # the quantity / number / mention it belongs to
    role: str = ""
    why: str = ""
    head: int = -1      # the token the parser attaches this one to (index into the token list)


def _lemma(t) -> str:
    """The lemma: nesy's lookup table for known words (the quick trained lemmatizer still mangles some:
    "inclined" → "inclin"), else the trained lemmatizer's. A capitalised word inside a sentence is a
    name and keeps its form ("Mars", not "mar")."""
    table = _lemmas()
    if t.text[:1].isupper() and not t.is_sent_start and t.pos_ in ("PROPN", "NOUN"):
        return t.text
    if t.tag_ == "NN":
        return t.lower_  # a singular noun is its own lemma (the lookup table has "lens" → "len")
    lk = table.get(t.text) or table.get(t.lower_)
    if lk:
        return lk.lower() if t.pos_ != "PROPN" else lk
    lem = (t.lemma_ or t.text).lower()
    if lem + "s" == t.lower_ and t.lower_.endswith(("ss", "us", "is", "ns")):
        return t.lower_  # "lens", "nucleus", "axis": not plurals
    return lem if t.pos_ != "PROPN" else t.text


_LONG_RUN = 200   # a run of this many characters without a space is cut for the tokenizer


def _pieces(s: str) -> list[tuple[int, int]]:
    """Cut a long text at line or sentence ends into pieces of at most ``PIECE_CHARS`` characters, and
    a run of ``_LONG_RUN`` or more characters without a space into pieces of 100 (spaCy's suffix search
    is quadratic in the length of one whitespace-free string: 10 k "{" take minutes)."""
    out, a = [], 0
    while len(s) - a > PIECE_CHARS:
        b = a + PIECE_CHARS
        cut = max(s.rfind("\n", a, b), s.rfind(". ", a, b))
        if cut <= a:
            cut = s.rfind(" ", a, b)
        if cut <= a:
            cut = b - 1
        out.append((a, cut + 1))
        a = cut + 1
    out.append((a, len(s)))
    fine: list[tuple[int, int]] = []
    for a, b in out:
        last = a
        for m in re.finditer(rf"\S{{{_LONG_RUN},}}", s[a:b]):
            x, y = a + m.start(), a + m.end()
            if x > last:
                fine.append((last, x))
            fine.extend((k, min(k + 100, y)) for k in range(x, y, 100))
            last = y
        if b > last or not fine:
            fine.append((last, b))
    return fine


def _repair(toks: list["_Tok"]) -> None:
    """Undo the commonest tagging slip of a small parser: a verb in -s read as a plural noun right after
    the subject ("a block slides down", "the ball falls and", "10^6 m/s enters a field"), and, in a
    clause with no verb at all, the first such noun ("the moon orbits around the Earth")."""
    def verbify(t: "_Tok") -> None:
        t.pos, t.tag = "VERB", "VBZ"
        t.lemma = _lemmas().get(t.lower, t.lemma).lower()

    def candidate(k: int) -> bool:
        t, prev = toks[k], toks[k - 1]
        return t.tag == "NNS" and t.lower.endswith("s") and not t.kind and prev.kind not in ("number", "count") \
            and (prev.tag in ("NN", "NNP") or prev.kind == "quantity" or _is_name(prev.text) and prev.pos != "DET")

    start = 0
    for k in range(len(toks) + 1):
        if k < len(toks) and toks[k].text not in _BARRIER:
            continue
        clause = range(start, k)
        has_verb = any(toks[x].pos in ("VERB", "AUX") or toks[x].kind in ("figure", "question") for x in clause)
        for x in clause:
            if x and toks[x - 1].lower in ("a", "an", "the") and toks[x].pos in ("VERB", "AUX") and \
                    toks[x].tag not in ("VBN", "VBG") and not toks[x].kind:
                toks[x].pos = "NOUN"  # "a lens", "the block": a determiner starts a noun phrase
        for x in clause:
            if x == 0 or x + 1 >= len(toks) or not candidate(x):
                continue
            nxt = toks[x + 1]
            if nxt.pos in ("DET", "ADV", "PRON", "CCONJ", "SCONJ") or nxt.kind in ("quantity", "number") or \
                    not has_verb and nxt.pos in ("ADP", "PUNCT"):
                verbify(toks[x])
                has_verb = True
        start = k + 1


# what a math region may hold and still be read as words: a symbol or name, maybe "= <quantity>"
_SYMBOLIC = re.compile(r"\s*(?:[A-Za-zα-ωΑ-Ω][\w′']{0,6}(?:\^\(?\d*[+\-−]\)?)?)?\s*(?:[=≈]\s*)?[.,]?\s*")


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of the sorted, non-overlapping ``spans``."""
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _formulas(toks: list["_Tok"], norm: Normalized, located) -> None:
    """Mark the tokens of a math region that is an equation or expression ("x^2 + y^2 = 64",
    "Pr[Z < 4.5/5]") as a formula: nesy reads no equations, and their letters are not things to draw.
    A region holding a symbol ("m", "R1", "Fe^3+"), a quantity, or "m = 4.35 × 10^24 kg" is read."""
    if not norm.math:
        return
    qspans = sorted(sp for _, sp in located)
    starts = [t.start for t in toks]
    for a, b in norm.math:
        rest = [" " if _inside(qspans, k) else norm.text[k] for k in range(a, b)]
        if _SYMBOLIC.fullmatch("".join(rest)):
            continue
        k = max(0, bisect.bisect_left(starts, a) - 1)
        while k < len(toks) and toks[k].start < b:
            t = toks[k]
            if t.end > a and not _inside(qspans, t.start):
                t.kind = "formula"
            k += 1


def _tokens(plain: str) -> list[_Tok]:
    from .nlp import get_language
    nlp = get_language()
    toks: list[_Tok] = []
    spans = _pieces(plain)
    for (a, _b), doc in zip(spans, nlp.pipe(plain[a:b] for a, b in spans)):
        mine: dict[int, int] = {}
        first = len(toks)
        for t in doc:
            if t.is_space or not t.text.strip():
                continue
            mine[t.i] = len(toks)
            if re.fullmatch(r"[A-Za-z]\.", t.text) and (t.i + 1 == len(doc) or doc[t.i + 1].is_space or
                                                         doc[t.i + 1].text[:1].isupper()):
                # "capacitor C." at a sentence end: the letter is a name, the dot ends the sentence
                s0 = a + t.idx
                toks.append(_Tok(len(toks), t.text[0], t.text[0].lower(), t.text[0], "PROPN", "NNP", t.dep_,
                                 s0, s0 + 1))
                toks.append(_Tok(len(toks), ".", ".", ".", "PUNCT", ".", "punct", s0 + 1, s0 + 2))
                continue
            toks.append(_Tok(len(toks), t.text, t.lower_, _lemma(t), t.pos_, t.tag_, t.dep_,
                             a + t.idx, a + t.idx + len(t.text)))
        for t in doc:
            if t.i in mine and t.head.i in mine and first <= mine[t.i] < len(toks):
                toks[mine[t.i]].head = mine[t.head.i]
    return toks


def _mark_spans(toks: list[_Tok], spans: list[tuple[int, int]], kind: str) -> None:
    j = 0
    for k, (a, b) in enumerate(spans):
        while j < len(toks) and toks[j].end <= a:
            j += 1
        i = j
        while i < len(toks) and toks[i].start < b:
            if not toks[i].kind:
                toks[i].kind, toks[i].ref = kind, k
            i += 1


def _match(lowers: list[str], i: int, phrases) -> int:
    for p in phrases:
        if tuple(lowers[i:i + len(p)]) == p:
            return len(p)
    return 0


# ---------------------------------------------------------------------------------------------
# the reader

_HEAD_POS = {"NOUN", "PROPN"}
_MOD_POS = {"ADJ", "NOUN", "PROPN"}
_FUNC_POS = {"DET", "ADP", "CCONJ", "SCONJ", "PART", "PRON", "AUX", "PUNCT", "SYM", "INTJ"}
_PRONOUNS = {"it": False, "itself": False, "they": True, "them": True, "themselves": True}
_DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "each", "every", "both", "either"}
_ATTACH = {"of", "with", "=", "≈", ":", "is", "was", "are", "be", "has", "having", "weighing", "measuring",
           "about", "approximately", "around", "roughly", "equal", "to", "equals", "~", "measures",
           "weighs", "of about", "-"}


class _Reader:
    def __init__(self, norm: Normalized, keep: frozenset[str]):
        self.norm = norm
        self.keep = keep
        self.lex = no_content()
        self.rel = _relations_data()

    def orig(self, a: int, b: int) -> tuple[tuple[int, int], str]:
        sp = self.norm.span(a, b)
        return sp, self.norm.original[sp[0]:sp[1]]

    # -- 1. what each token is before grouping ------------------------------------------------
    def mark(self, toks: list[_Tok], qspans, numbers: list[Number]) -> None:
        _mark_spans(toks, [sp for _, sp in qspans], "quantity")
        _mark_spans(toks, [(n.start, n.end) for n in numbers], "number")
        lowers = [t.lower for t in toks]
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.kind:
                if t.kind == "quantity" and i + 1 < len(toks) and toks[i + 1].kind == "":
                    n = _match(lowers, i + 1, self.rel["measure"])  # "30 cm away", "2 m long"
                    for x in toks[i + 1:i + 1 + n]:
                        x.kind, x.ref = "quantity", t.ref
                i += 1
                continue
            n = _match(lowers, i, self.rel["phrases"])
            if n and all(not x.kind for x in toks[i:i + n]):
                for x in toks[i:i + n]:
                    x.kind = "relphrase"
                toks[i].ref = n
                i += n
                continue
            n = _match(lowers, i, [p for p, _ in _count_phrases()])
            if n and all(not x.kind for x in toks[i:i + n]) and i + n < len(toks):
                val = dict(_count_phrases())[tuple(lowers[i:i + n])]
                for x in toks[i:i + n]:
                    x.kind, x.ref = "count", val
                i += n
                continue
            ph = self.lex.phrase_at(lowers, i)
            if ph and all(not x.kind for x in toks[i:i + ph[1]]) and \
                    not any(x.lemma in self.keep for x in toks[i:i + ph[1]]):
                for x in toks[i:i + ph[1]]:
                    x.kind = ph[0]
                i += ph[1]
                continue
            if t.lower in self.rel["relatives"] and i and toks[i - 1].text not in _BARRIER:
                t.kind = "function"  # "a cell which is …": a relative word, not a question
            elif t.lemma not in self.keep and t.lower not in self.keep:
                cls = self.lex.classify(t.lemma, t.lower)
                if cls in ("figure", "question"):
                    t.kind = cls
                elif cls == "function" and t.pos not in _HEAD_POS | {"ADJ", "VERB", "NUM"}:
                    t.kind = "function"
                elif cls == "function" and t.lower in set(_PRONOUNS) | {"a", "an", "the"}:
                    t.kind = "function"
                elif cls == "function" and t.pos in ("ADJ", "NUM") and t.lower in ("several", "many", "few",
                                                                                     "both", "all", "each"):
                    t.kind = "function"
            i += 1

    # -- 2. mentions --------------------------------------------------------------------------
    def mentions(self, toks: list[_Tok], quants: list[Quantity], numbers: list[Number]) -> list[dict]:
        out: list[dict] = []
        i, n = 0, len(toks)

        def startable(t: _Tok) -> bool:
            if t.kind in ("quantity", "number", "count"):
                return True
            if t.kind:
                return t.kind == "function" and t.pos == "DET" and t.lower in _DEFINITE | {"a", "an", "no", "some",
                                                                                          "another", "several",
                                                                                          "many", "all", "both",
                                                                                          "each", "every"} \
                    or t.lower in ("a", "an", "the", "no", "its", "their", "his", "her", "our", "your", "my")
            return t.pos in _MOD_POS | {"DET", "NUM", "X"} or (t.pos == "VERB" and t.tag in ("VBN", "VBG"))

        def participle_starts(k: int) -> bool:
            """ "a moving ball" yes; "was casting long shadows" no: after a verb it is the verb."""
            return not (toks[k].pos == "VERB" and k and toks[k - 1].pos in ("AUX", "VERB", "ADV", "PART"))

        def inside(t: _Tok) -> bool:
            if t.kind in ("quantity", "number"):
                return True
            if t.kind:
                return False
            return t.pos in _MOD_POS | {"NUM", "X"} or (t.pos == "VERB" and t.tag in ("VBN", "VBG")) or \
                (t.text in ("-", "–") and t.pos == "PUNCT")

        while i < n:
            t = toks[i]
            if t.lower in _PRONOUNS and t.kind in ("", "function") and t.pos == "PRON":
                out.append({"toks": [i], "head": i, "pronoun": True})
                i += 1
                continue
            if not startable(t) or not participle_starts(i):
                i += 1
                continue
            j = i + 1
            while j < n and (toks[j].kind == "count" or toks[j - 1].kind == "count" and toks[j].lower in
                             ("a", "an", "the")):
                j += 1  # "a pair of", "a couple of the"
            while j < n and inside(toks[j]):
                if toks[j].pos == "VERB" and (j + 1 >= n or toks[j + 1].pos not in ("NOUN", "ADJ", "PROPN")):
                    break  # "a planet orbiting …": a participle after the noun is a predicate
                j += 1
                if _is_name(toks[j - 1].text) and j - 2 >= i and toks[j - 2].pos in _HEAD_POS and \
                        not _is_name(toks[j - 2].text) and j < n and toks[j].tag not in ("NN", "NNP"):
                    break  # "mass m slides": a name closes its phrase ("an RC circuit" goes on)
            if j < n and toks[j].kind == "figure" and toks[j].pos in _HEAD_POS and toks[j - 1].kind == "":
                # "the ray diagram", "a circuit schematic": a figure word with its kind before it
                for x in toks[i:j + 1]:
                    if x.kind in ("", "function", "count"):
                        x.kind = "figure"
                i = j + 1
                continue
            # the head: the last noun; a short name after it ("resistor R1", "mass m", "point P")
            heads = [k for k in range(i, j) if toks[k].pos in _HEAD_POS and toks[k].kind == ""]
            if not heads:
                # a lone letter the tagger did not call a noun ("m = 5 kg", "let x be …")
                lone = [k for k in range(i, j) if toks[k].kind == "" and _is_name(toks[k].text)]
                if not lone and j - i >= 2 and toks[j - 1].pos == "ADJ" and toks[j - 1].kind == "" and \
                        (j >= n or toks[j].pos not in ("NOUN", "PROPN")) and \
                        (toks[i].lower in ("a", "an", "the") or toks[i].kind in ("number", "count")):
                    lone = [j - 1]  # "a single planet": a noun the small tagger called an adjective
                if not lone:
                    i = max(j, i + 1)
                    continue
                heads = lone
            h = heads[-1]
            name = -1
            if len(heads) >= 2 and heads[-2] == h - 1 and _is_label(toks[h].text) and \
                    not _is_label(toks[h - 1].text):
                name, h = h, h - 1  # "resistor R1"; "triangle ABC", "square PQRS": capitals after a noun name it
            elif toks[h].pos == "PROPN" and h + 1 < j and toks[h + 1].kind == "number":
                name = h + 1  # "Webb 13", "Apollo 11": a number that is part of a name
            elif _is_name(toks[h].text) and h - 1 >= i and toks[h - 1].kind == "" and \
                    toks[h - 1].pos in ("NOUN", "ADJ", "PROPN") and not _is_name(toks[h - 1].text):
                name, h = h, h - 1  # "mass m" with "mass" tagged as an adjective
            elif h + 1 < n and toks[h + 1].kind == "" and _is_name(toks[h + 1].text) and \
                    toks[h + 1].lower not in self.lex.words["function"]:
                name = h + 1
            last = max(h, name)
            span = list(range(i, last + 1))
            out.append({"toks": span, "head": h, "name": name, "pronoun": False})
            i = last + 1
        return out

    # -- 3. build ----------------------------------------------------------------------------
    def build(self, toks: list[_Tok], quants: list[Quantity], numbers: list[Number]) -> Reading:
        raw = self.mentions(toks, quants, numbers)
        mentions: list[Mention] = []
        tok_mention: dict[int, int] = {}
        attached: dict[int, int] = {}   # quantity index → mention id
        sent, sid = [], 0
        for t in toks:
            sent.append(sid)
            sid += t.text in _BARRIER
        msent: dict[int, int] = {}
        self.head_tok: dict[int, int] = {}
        for m in raw:
            mid = len(mentions)
            msent[mid] = sent[m["head"]]
            self.head_tok[mid] = m["head"]
            ts = [toks[k] for k in m["toks"]]
            head = toks[m["head"]]
            if m["pronoun"]:
                plural = _PRONOUNS[head.lower]
                # centering, simply: the first compatible mention of this sentence, else of the nearest
                # sentence before that has one ("The lens is thin. It has …" → the lens)
                cands = [x for x in mentions if not x.pronoun and x.plural == plural]
                ref = None
                for sid in sorted({msent[x.id] for x in cands if msent[x.id] <= sent[m["head"]]}, reverse=True):
                    ref = next(x.id for x in cands if msent[x.id] == sid)
                    break
                if ref is None:
                    continue
                sp, txt = self.orig(head.start, head.end)
                mentions.append(Mention(mid, head.lower, sp, txt, plural=plural, definite=True, refers_to=ref,
                                        pronoun=True))
                head.kind, head.ref = "mention", mid
                continue
            count, count_text, definite, negated = None, "", False, False
            cnt = [t for t in ts if t.kind in ("number", "count") and t.i < m["head"]]
            if cnt:
                a, b = cnt[0].start, cnt[-1].end
                if cnt[0].kind == "count":
                    count = cnt[0].ref
                    count_text = self.norm.text[a:b]
                    extra = [t for t in cnt if t.kind == "number"]
                    if extra:
                        count = None  # "a pair of 3 cells": the reader cannot tell
                else:
                    try:
                        count = read_count(self.norm.text[a:b], roman=False)
                    except InputError:
                        count = None
                    count_text = self.norm.text[a:b]
            for t in ts:
                if t.i >= m["head"]:
                    break
                if t.lower in ("a", "an", "one", "single") and count is None and not cnt:
                    count, count_text = 1, t.text
                if t.lower in _DEFINITE:
                    definite = True
                if t.lower in ("no", "zero"):
                    negated, count, count_text = True, 0, t.text
            plural = count > 1 if count is not None else (head.tag in ("NNS", "NNPS") and head.lemma != head.lower)
            mods = tuple((t.lemma if t.pos in ("NOUN", "VERB") else t.lower) for t in ts if t.i < m["head"] and t.kind == "" and
                         t.pos in ("ADJ", "NOUN", "PROPN", "VERB"))
            qs = tuple(sorted({t.ref for t in ts if t.kind == "quantity"}))
            name = toks[m["name"]].text if m["name"] >= 0 else ""
            first, lastt = ts[0], ts[-1]
            sp, txt = self.orig(first.start, lastt.end)
            hl = head.lemma if head.pos != "PROPN" else head.text
            refers = None
            if definite and count is None or (definite and head.pos == "PROPN"):
                # "the membrane" → "the cell membrane"; never "the south pole" → "north pole"
                refers = next((x.id for x in reversed(mentions) if not x.pronoun and
                               (x.head.lower() == hl.lower() and set(mods) <= set(x.modifiers)
                                and (not name or not x.name or x.name == name)
                                or (name and x.name == name))), None)
            elif not cnt and name:
                refers = next((x.id for x in reversed(mentions) if x.name == name), None)
            elif not cnt and head.pos == "PROPN" and all(t.lower not in ("a", "an") for t in ts):
                refers = next((x.id for x in reversed(mentions) if x.head == hl and x.count is None), None)
            mentions.append(Mention(mid, hl, sp, txt, count, count_text, plural, definite, negated, mods, name,
                                    qs, refers))
            for t in ts:
                tok_mention[t.i] = mid
                if t.kind == "quantity":
                    attached[t.ref] = mid
                    continue
                t.kind, t.ref = "mention", mid
        # quantities after a mention: "a resistor of 10 Ω", "R1 = 10 Ω", "a spring 20 cm long"
        n = len(toks)
        mentions = list(mentions)
        last_of: dict[int, int] = {}
        for k, v in tok_mention.items():
            last_of[v] = max(k, last_of.get(v, -1))
        for mid, m in enumerate(list(mentions)):
            if m.pronoun or mid not in last_of:
                continue
            last = last_of[mid]
            k = last + 1
            skipped = []
            while k < n and len(skipped) < 3 and toks[k].kind in ("", "function", "relphrase") and \
                    toks[k].lower in _ATTACH:
                skipped.append(k)
                k += 1
            if k < n and toks[k].kind == "quantity" and toks[k].ref not in attached:
                qi = toks[k].ref
                attached[qi] = mid
                for s in skipped:
                    toks[s].kind, toks[s].ref = "attach", mid
                mentions[mid] = _replace(m, quantities=tuple(sorted(set(m.quantities) | {qi})))
        # coordinated groups and relations
        groups, relations = self.relations(toks, mentions)
        return self.account(toks, mentions, quants, relations, groups)

    def relations(self, toks: list[_Tok], mentions: list[Mention]):
        order = []  # (mention id, first token, last token)
        for t in toks:
            if t.kind == "mention":
                if not order or order[-1][0] != t.ref:
                    order.append([t.ref, t.i, t.i])
                else:
                    order[-1][2] = t.i
        # attached/quantity tokens directly after a mention extend it for gap purposes
        ext = []
        for mid, a, b in order:
            while b + 1 < len(toks) and (toks[b + 1].kind == "attach" and toks[b + 1].ref == mid or
                                         toks[b + 1].kind == "quantity" and
                                         toks[b + 1].ref in mentions[mid].quantities):
                b += 1
            ext.append((mid, a, b))
        coords = self.rel["coordinators"]
        # groups: mentions separated only by coordinators
        groups: list[list[int]] = []
        gap_after: list[tuple[int, int]] = []
        for k, (mid, a, b) in enumerate(ext):
            if k and self._is_coord(toks, ext[k - 1][2] + 1, a, coords):
                groups[-1].append(mid)
                for x in toks[ext[k - 1][2] + 1:a]:
                    x.kind, x.ref = "coord", mid
            else:
                groups.append([mid])
        gid = {m: g for g, ms in enumerate(groups) for m in ms}
        first_tok = {mid: a for mid, a, b in ext}
        last_tok = {mid: b for mid, a, b in ext}
        rels: list[Relation] = []
        subj_of: dict[int, int] = {}   # group → group that is its subject through a parenthetical
        np_parent: dict[int, int] = {}  # group → the group whose noun phrase it completes
        for g, ms in enumerate(groups):
            a = last_tok[ms[-1]] + 1
            nxt = groups[g + 1] if g + 1 < len(groups) else None
            b = first_tok[nxt[0]] if nxt else len(toks)
            gap = toks[a:b]
            cut = next((k for k, t in enumerate(gap) if t.text in _BARRIER or "\n" in t.text), None)
            closes = cut is not None
            if closes:
                gap = gap[:cut]
            if any(t.kind == "number" for t in gap):
                continue
            has_obj = nxt is not None and not closes
            subj_g = g
            if gap and gap[0].text == "," and g in subj_of:
                subj_g = subj_of[g]
            # segments: "falls | and hits", "moving at 3 m/s | enters": earlier ones say something of
            # the subject alone, the last one relates it to the next group
            segs: list[list[_Tok]] = [[]]
            for k, t in enumerate(gap):
                segs[-1].append(t)
                nxt_verb = any(x.pos == "VERB" for x in gap[k + 1:])
                if (t.kind == "quantity" and (k + 1 == len(gap) or gap[k + 1].kind != "quantity") or
                        t.pos == "CCONJ") and nxt_verb:
                    segs.append([])
            verbal = any(t.pos in ("VERB", "AUX") or t.lemma == "be" for t in gap if t.kind in ("", "function"))
            if verbal and g in np_parent:
                subj_g = np_parent[g]   # "a block of mass m slides": the block slides
            if has_obj and not verbal and gap and gap[0].text != ",":
                subj_g = self._attachment(toks, gap, nxt, gid, subj_g, g, rels)
            made = False
            for si, seg in enumerate(segs):
                last = si == len(segs) - 1
                n0 = len(rels)
                made |= self._relation(seg, groups[subj_g], nxt if last and has_obj else None, mentions, rels)
                if last and has_obj and len(rels) > n0 and not verbal:
                    np_parent[g + 1] = np_parent.get(subj_g, subj_g)  # "X of Y", "X with Y": Y inside X's phrase
            if made and has_obj and gap and gap[0].text == ",":
                subj_of[g + 1] = subj_g
        return tuple(tuple(g) for g in groups), rels

    def _attachment(self, toks: list[_Tok], gap: list[_Tok], nxt: list[int], gid: dict[int, int], subj_g: int,
                    g: int, rels: list[Relation]) -> int:
        """Where the parser attaches a prepositional phrase to a verb ("s0 goes to s1 on epsilon": s0 goes
        on epsilon; "the moon was casting shadows at midnight"): the group of that verb's subject.
        Otherwise the nearest group before the preposition."""
        if not all(t.pos in ("ADP", "DET", "PART") and t.kind != "relphrase" for t in gap
                   if t.kind in ("", "relphrase", "function")):
            return subj_g  # a relation phrase ("in series with") is a predicate of the nearest thing
        h = self.head_tok.get(nxt[0], -1)
        p = toks[h].head if 0 <= h < len(toks) else -1
        seen = 0
        while 0 <= p < len(toks) and toks[p].kind == "relphrase" and seen < 4:
            p, seen = toks[p].head, seen + 1
        if p < 0 or p >= h:
            return subj_g
        # only a verb's attachment is trusted: between nouns ("a cell with a nucleus above the vacuole")
        # the parser's choice was worse than the nearest noun on nesy's suites
        if any(t.text in _BARRIER for t in toks[p:h]):
            return subj_g  # never across a sentence or clause end
        if toks[p].kind == "relation" and 0 <= toks[p].ref < len(rels) and \
                toks[p].lemma not in ("have", "contain", "include", "hold", "comprise", "show"):
            # "has a nucleus with a nucleolus": after a verb of having, the phrase belongs to the thing had
            return gid.get(rels[toks[p].ref].subject, subj_g)
        return subj_g

    def _relation(self, seg: list[_Tok], subjects: list[int], objects: list[int] | None,
                  mentions: list[Mention], rels: list[Relation]) -> bool:
        """Read one predicate from the words ``seg`` and add subject × object relations."""
        preds = [t for t in seg if (t.kind in ("", "relphrase", "function") or t.kind == "figure" and t.pos == "ADP")
                 and (t.kind == "relphrase" or t.pos in ("VERB", "ADP", "ADJ", "ADV", "AUX")
                      or t.lower in self.rel["negators"])]
        if not any(t.kind == "relphrase" or t.pos in ("VERB", "ADP", "ADJ") or t.lower in ("to", "by")
                   for t in preds):
            return False
        lem = [t for t in preds if t.lower not in self.rel["negators"] and t.lower not in self.rel["relatives"]
               and not (t.pos == "AUX" and t.lemma in ("be", "have", "do", "will", "would", "can", "could", "may",
                                                       "might", "shall", "should", "must"))
               and t.lower not in ("it", "which", "that", "who")]
        if not lem or objects is None and not any(t.pos in ("VERB", "ADJ") for t in lem):
            return False
        negated = any(t.lower in self.rel["negators"] for t in seg)
        passive = (objects is not None and any(t.lemma == "be" for t in seg) and any(t.tag == "VBN" for t in lem)
                   and lem[-1].lower == "by")
        words_p = [("with" if t.lower == "without" else t.lemma if t.pos in ("VERB", "AUX") and
                    t.kind != "relphrase" else t.lower) for t in lem]
        if passive:
            words_p = words_p[:-1]
        pred = " ".join(words_p)
        sp, txt = self.orig(lem[0].start, lem[-1].end)
        rq = tuple(sorted({t.ref for t in seg if t.kind == "quantity"}))
        for t in seg:
            if t.kind in ("", "relphrase") or t in lem or t.lower in self.rel["negators"]:
                t.kind, t.ref = "relation", len(rels)
        if objects is not None and any(mentions[o].negated for o in objects):
            negated = True
        for s_ in subjects:
            for o in (objects if objects is not None else [None]):
                if passive and o is not None:
                    rels.append(Relation(o, pred, s_, sp, txt, negated, True, rq))
                else:
                    rels.append(Relation(s_, pred, o, sp, txt, negated, False, rq))
        return True

    def _is_coord(self, toks: list[_Tok], a: int, b: int, coords) -> bool:
        if a >= b:
            return False
        lowers = [t.lower for t in toks[a:b]]
        k = 0
        while k < len(lowers):
            n = _match(lowers, k, coords)
            if not n:
                return False
            k += n
        return True

    # -- 4. accounting -------------------------------------------------------------------------
    def account(self, toks, mentions, quants, relations, groups) -> Reading:
        roles: list[TokenRole] = []
        nu: list[NotUnderstood] = []
        for t in toks:
            k = t.kind
            if k in ("mention", "attach", "coord"):
                role, kind = "content", "mention"
            elif k == "quantity":
                role, kind = "content", "quantity"
            elif k == "relation":
                role, kind = "content", "relation"
            elif k in ("figure", "question"):
                role, kind = "no-content", k
            elif k == "function" or (k in ("", "relphrase", "count") and
                                     (t.pos in _FUNC_POS or t.lower in self.lex.words["function"])):
                role, kind = "no-content", "function"
            elif k == "formula":
                role, kind = "not-understood", "a formula: nesy does not read equations"
            elif k == "number":
                role, kind = "not-understood", "a number with no unit and nothing it counts"
            elif k == "count":
                role, kind = "not-understood", "a count with nothing after it to count"
            elif k == "relphrase":
                role, kind = "not-understood", "a relation phrase with no mention on one side"
            elif t.pos in ("VERB",):
                role, kind = "not-understood", "a verb with no mention it relates"
            elif t.pos in ("ADJ", "ADV"):
                role, kind = "not-understood", "a modifier of nothing nesy reads"
            else:
                role, kind = "not-understood", "no mention, quantity or relation holds it"
            sp, txt = self.orig(t.start, t.end)
            roles.append(TokenRole(txt, sp, role, kind))
        # merge neighbouring not-understood tokens with the same reason
        run: list[TokenRole] = []
        for r in roles + [TokenRole("", (0, 0), "end", "")]:
            if run and (r.role != "not-understood" or r.kind != run[-1].kind):
                a, b = run[0].span[0], run[-1].span[1]
                nu.append(NotUnderstood(self.norm.original[a:b], (a, b), run[0].kind))
                run = []
            if r.role == "not-understood":
                run.append(r)
        return Reading(self.norm.original, self.norm.text, tuple(mentions), tuple(quants), tuple(relations),
                       tuple(roles), tuple(nu), groups)


def _is_name(s: str) -> bool:
    """A short label or symbol: "R1", "P", "m", "AB", "v0", "ε_RMS", "A′" (not a word such as "node")."""
    if len(s) > 6 or not _NAME.fullmatch(s):
        return False
    return len(s) == 1 or any(c.isdigit() for c in s) or "_" in s or "'" in s or "′" in s or \
        (s[0].isupper() and len(s) <= 2)


def _is_label(s: str) -> bool:
    """A name, or capitals naming the vertices of a figure ("ABC", "PQRS") — said of a word right after a
    noun only, where an acronym ("an LED", "a DC source") cannot stand."""
    return _is_name(s) or (s.isalpha() and s.isupper() and 2 <= len(s) <= 6)


def _replace(m: Mention, **kw) -> Mention:
    from dataclasses import replace
    return replace(m, **kw)


def read(text: str, *, keep: Iterable[str] = ()) -> Reading:
    """The generic reading of ``text`` (see the module docstring). ``keep``: lemmas a science draws
    that the no-content lexicon would otherwise skip ("plot" for a geometry plot of land).

    Raises ``TypeError`` for a non-string and ``NesyError`` when the language pipeline is missing;
    never on a string."""
    if not isinstance(text, str):
        raise TypeError(f"read needs a str, got {type(text).__name__}")
    norm = normalize(text)
    located = locate_quantities(norm)
    quants = [q for q, _ in located]
    qstarts = sorted(sp for _, sp in located)
    numbers = [x for x in scan_numbers(norm.text) if not _inside(qstarts, x.start)]
    reader = _Reader(norm, frozenset(str(k).lower() for k in keep))
    if not norm.text.strip():
        return Reading(text, norm.text, (), (), (), (), ())
    toks = _tokens(norm.text)
    for k in range(len(toks) - 1):
        if _is_name(toks[k].text) and toks[k + 1].text in ("=", "≈", "≃") and not toks[k].kind:
            toks[k].pos = "PROPN"  # "f = 10 cm": a symbol, whatever the tagger called it
    _formulas(toks, norm, located)
    reader.mark(toks, located, numbers)
    _repair(toks)
    return reader.build(toks, quants, numbers)
