"""Sets: reading what people write about sets before the shared noun-phrase grammar reads the rest.

The shared grammar (``nesy.parse.grammar``) reads "A is a subset of B" and lists of names. People also
write set facts as quantified sentences about the members, and name sets by what their members are:

* ``"Naturals ⊆ Integers, Evens ⊆ Integers"`` — a comma that ends one complete statement and opens the
  next (a name, then a relation) is a clause break, never a list of objects (``split_statements``);
* ``"every tennis player also plays football"``, ``"all mammals are animals"`` — subset;
  ``"no animal is both a mammal and a reptile"``, ``"nobody plays both A and B"``, ``"S contains no
  football players"`` — disjoint; ``"some students are athletes"`` — overlap; ``"some … are in all
  three"`` — the three sets have common members (``read_quantified``);
* a set is named by its own name, by its name's singular or plural ("mammal" for Mammals), by an
  apposition ("S, the swimmers, …") or by the words of its definition ("F is the set of pupils who play
  football": "football player", "plays football").

Each such clause is read whole into relations, and blanked (offsets kept) in the text the shared grammar
reads; a quantified clause nesy cannot draw ("some A are not B") is handed back as not drawn. Facts come
from Rosen, *Discrete Mathematics and Its Applications* (7th ed.) §1.4 (quantified statements: "all A
are B" is A ⊆ B, "no A is B" is A ∩ B = ∅, "some A are B" is A ∩ B ≠ ∅) and §2.1–2.2 (subsets,
intersection).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .sets_roster import LINK, ROSTER_NAME, roster_items

__all__ = ["PreRead", "pre_read", "split_statements", "singular"]

_NAME = r"[A-Z][A-Za-z0-9_]{0,15}"
_MANY = (r"(?:a\s+(?:handful|few|couple|bunch|lot|load|heap|ton|number|good\s+few|fair\s+few)\s+of"
         r"|(?:lots|heaps|loads|tons|plenty|several|many)(?:\s+of)?|a\s+few|several|many)")
_QUANT = (r"(?:every(?:one|body|thing)?|each|all|any|some|no\s+one|nobody|nothing|none(?:\s+of(?:\s+the)?)?"
          r"|not\s+(?:a\s+single|one)|not\s+(?:every(?:one|body)?|all|each)|no"
          # "some" said by a vague quantity: "a handful of keen ones", "many pupils", "heaps of blokes"
          rf"|{_MANY})")
_LEAD = r"(?:(?:and|but|while|so|yet|also|moreover|furthermore|however)\s*,?\s+)*"
_NEG = re.compile(r"\b(?:not|n't|never|neither|nor)\b|n't\b", re.IGNORECASE)
_STOP = frozenset("""a an the of who that which whose is are be been was were also too as well both and or in
    on at to for with all every each some no none any one only set sets collection group class pupils people
    persons person students student members member elements element things thing ones those these them they
    it its their there here so such likewise at all either neither""".split())

# capitalised only because they open a sentence: never a set's name
_FUNCTION = frozenset("""a an the in on at of for with and or but so if then there here it its they them this
    these those draw make show let suppose assume consider given is are be also both either neither only
    my our your his her their we you he she hi hello please thanks not nor never
    off over out up down away back near far further farther next beside beyond inside outside above below left right
    to from into onto just now finally lastly first second third again meanwhile elsewhere somewhere nearby apart
    across along around between add put place include insert mark sketch label make give now next""".split())   # (prepositions and adverbs of place opening a sentence: "Off to the right, …"; instruction verbs: "2. Add B = …")


@functools.lru_cache(maxsize=1)
def _sets_words() -> frozenset[str]:
    """The sets grammar's own nouns and fillers ("Sets", "Venn", "Circles" opening a sentence name no set)."""
    from ..resources import load_yaml
    g = load_yaml("grammars", "sets/grammar.yaml")
    words = [w for ws in g["entities"].values() for w in ws] + list(g.get("keywords", [])) + \
        list(g.get("domain_filler", [])) + ["diagram", "diagrams", "draw", "show", "create", "make", "plot",
                                            "sketch", "illustrate", "depict", "two", "three", "four"]
    return frozenset(w.lower() for w in words) | frozenset(w.lower() + "s" for w in words)


def singular(w: str) -> str:
    """English singular of a lower-case plural noun (regular plurals: -ies, -es after s/x/z/ch/sh, -s)."""
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and re.search(r"(?:s|x|z|ch|sh)es$", w):
        return w[:-2]
    if len(w) > 2 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


@functools.lru_cache(maxsize=1)
def _relation_rx() -> re.Pattern:
    """Any relation phrase of the sets grammar (longest first), as a regex."""
    from ..resources import load_yaml
    g = load_yaml("grammars", "sets/grammar.yaml")
    phrases: set[str] = set()
    for v in g["relations"].values():
        phrases.update(v["phrases"] if isinstance(v, dict) else v)
    phrases |= {"disjoint from", "intersects", "="}
    alts = []
    for p in sorted(phrases, key=len, reverse=True):
        e = re.escape(p).replace(r"\ ", r"\s+")
        alts.append(rf"\b{e}\b" if p[:1].isalpha() else e)
    return re.compile("|".join(alts), re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _symmetric_phrases() -> dict[str, str]:
    """Phrase → kind for the symmetric relations (outside, overlaps) of the sets grammar."""
    from ..resources import load_yaml
    g = load_yaml("grammars", "sets/grammar.yaml")
    out = {}
    for kind in g.get("symmetric", []):
        v = g["relations"][kind]
        for p in (v["phrases"] if isinstance(v, dict) else v):
            if p[:1].isalpha():
                out[p.lower()] = kind
    return out


def _pair_clause_rx() -> re.Pattern:
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_symmetric_phrases(), key=len, reverse=True))
    # (after a comma, an adjective or participle with no relative pronoun: "EU and NATO, overlapping")
    adj = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_symmetric_phrases(), key=len, reverse=True)
                   if p.split()[-1].endswith("ing") or p in ("disjoint", "separate", "mutually exclusive"))
    return re.compile(rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s*and\s+{_NAME})(?:\s*,?\s*"
                      rf"(?P<rel>(?:that|which)\s+(?:are\s+|is\s+)?(?:both\s+|all\s+)?(?P<phrase>{alts})"
                      rf"(?:\s+(?:each\s+other|one\s+another))?)|\s*,\s*(?P<rel2>(?:both\s+|all\s+)?(?P<phrase2>{adj})"
                      rf"(?:\s+(?:each\s+other|one\s+another))?))\s*(?=[.;:!?,()]|$)", re.IGNORECASE)


def split_statements(text: str) -> str:
    """``text`` with every comma that ends a complete statement and opens another ("A ⊆ B, C ⊆ B",
    "X ∩ Y = ∅, Y and Z overlap") turned into ';' (same length: offsets kept). A comma inside a list
    ("A, B and C are subsets of D", "A overlaps B, C and D") stays: the text before it holds no relation
    of its own, or the text after it opens none."""
    rel = _relation_rx()
    # (a negated relation opens a statement too: "… but X and Z do not meet")
    opener = re.compile(rf"\s*{_LEAD}(?:both\s+)?{_NAME}(?:\s*(?:,|and)\s*{_NAME})*\s+"
                        rf"(?:(?:is|are|also|both|each|too|all)\s+)*(?:(?:(?:do|does|did|can|will)\s*(?:not|n't)|don'?t|doesn'?t"
                        rf"|never|(?:is|are)\s+not|isn't|aren't)\s+)?(?:{rel.pattern})", re.IGNORECASE)
    out = list(text)
    last = 0
    # an 'and' between two complete statements ("A ⊂ B, C ⊂ D and B ∩ D = ∅") joins clauses, never a list;
    # so does a contrasting 'but'/'yet'/'whereas' ("X and Y overlap but X and Z don't touch"), after which
    # an 'and' opens a list again ("… but X and Z …": X and Z are the next statement's subjects)
    contrast = r"(?<=\s)(?:but|yet|whereas|while|though|although)(?=\s)"
    for m in re.finditer(rf"[.;:!?]|\n(?=[ \t]*(?:[#*•>]|-(?!>)|–))|,|(?<=\s)and(?=\s)|{contrast}", text):
        if m.group() not in (",", "and", "but", "yet", "whereas", "while", "though", "although"):
            last = m.end()
            continue
        before = text[last:m.start()]
        if m.group() == "and":
            # the clause right before the 'and' must hold a relation of its own ("…, C ⊂ D and B ∩ D = ∅");
            # in "sets X, Y and Z, where X and Y overlap" the 'and' joins a list
            cut = max([text.rfind(",", last, m.start()) + 1] +
                      [c.end() for c in re.finditer(contrast, text[:m.start()]) if c.start() >= last])
            before = text[max(last, cut):m.start()]
        after = opener.match(text, m.end())
        tail = re.match(r"[^.;:!?,]*", text[m.end():]).group()
        if after and rel.search(before) and re.match(rf"\s*{_LEAD}(?:both\s+)?[A-Z]", text[m.end():]) and \
                not re.search(r"\b(?:it|its|itself|them|this|these|those)\b", tail, re.IGNORECASE):
            out[m.start()] = ";"
            if m.group() != ",":
                out[m.start() + 1:m.end()] = " " * (m.end() - m.start() - 1)
            last = m.end()
    return "".join(out)


@dataclass
class PreRead:
    """What the sets pre-reader found: the text for the grammar (read clauses blanked, offsets kept),
    relations by set name with their spans, sets its definitions name, and clauses it cannot draw."""

    text: str
    relations: list[tuple[str, str, str, int, int]] = field(default_factory=list)  # kind, a, b, start, end
    # sets that overlap each other (all of the scene's when none are named), and whether all of them share
    # members (a common region)
    common: list[tuple[tuple[str, ...], int, int, bool]] = field(default_factory=list)
    defined: list[tuple[str, int, int]] = field(default_factory=list)              # name, span of the name
    unknown: list[tuple[int, int]] = field(default_factory=list)                    # not drawn, with why
    ignored: list[tuple[int, int]] = field(default_factory=list)                    # read, nothing to draw
    renamed: dict[str, str] = field(default_factory=dict)                          # placeholder → name
    ordinals: list[tuple[int, int, int]] = field(default_factory=list)             # "a fourth set D": n, span
    some_not: list[tuple[str, str, int, int]] = field(default_factory=list)         # "some A are not B"
    keep: list[tuple[int, int]] = field(default_factory=list)                      # left for the grammar
    members: list[tuple[str, str, int, int, int, int]] = field(default_factory=list)  # element, set, spans
    only: list[tuple[str, int, int]] = field(default_factory=list)                 # "nobody is only in X"
    # "every pair overlaps", "no two of them meet": kind, the group (all sets when empty), span
    pairwise: list[tuple[str, tuple[str, ...], int, int]] = field(default_factory=list)
    relate: list[tuple[int, int]] = field(default_factory=list)                    # "showing how they relate"
    counts: list = field(default_factory=list)                                     # sets_counts.CountStatement
    questions: list[tuple[int, int]] = field(default_factory=list)                 # "find how many …"
    names: tuple[str, ...] = ()
    # members of a set of numbers with infinitely many (``sets_numbers_read``): element, set, its span
    number_members: list[tuple[str, str, int, int]] = field(default_factory=list)
    # which set a word names (a definition's words, a name's singular or plural): a count's "football"
    # is the set F of "Let F be the set of football players"
    which: object = None
    # a member placed by a sentence of its own ("the number 7 is in both A and C"): no roster
    loose_members: list[tuple[str, str, int, int, int, int]] = field(default_factory=list)
    # a set's description in brackets after its roster ("E = {2, 4, 6} (even numbers)"): name, words, span
    described: list[tuple[str, str, int, int]] = field(default_factory=list)
    # a word problem's numbers for its regions ("with 13, 9 and 6 in the regions") and "no surrounding box"
    # (``sets_count_regions``): checked against the counts
    region_numbers: list[tuple[list[int], int, int]] = field(default_factory=list)
    no_frame: list[tuple[int, int]] = field(default_factory=list)
    # "a few play both", "no animal is both" (``sets_both``): kind, the two sets (the figure's two when
    # empty), span
    both: list[tuple[str, tuple[str, ...], int, int]] = field(default_factory=list)
    # an example member kept out of a set ("graphite conducts but isn't a metal"): element, set, span
    members_outside: list[tuple[str, str, int, int]] = field(default_factory=list)
    # "EU and NATO, overlapping": a relation said by a bare adjective after the names; a pair the text relates
    # another way too keeps that way, and this one is listed as not drawn
    apposed: list[tuple[str, str, str, int, int]] = field(default_factory=list)


def _blank(chars: list[str], a: int, b: int) -> None:
    for k in range(a, b):
        if chars[k] != "\n":
            chars[k] = " "



# "sets P and Q inside U, with P and Q having no elements in common", "with K and L sharing members", "with A
# being a subset of B", "with A and B not overlapping": 'with' + the sets' names + a participle clause is an
# absolute clause (Quirk et al. 1985 §15.58) stating a relation between those sets — never a containment of
# them; a pronoun in it ("with B having no part outside it") names the set before 'with', read as before
_ABSOLUTE = re.compile(rf",\s*with\s+(?=(?:both\s+|all\s+)?{_NAME}(?:\s*(?:,|and)\s*{_NAME})*\s+"
                       rf"(?:(?:all|both|each)\s+)?(?:being\b|having\b|sharing\b|(?:not|never)\s+[a-z]+ing\b))")

# "Given A ⊆ B and B ∩ C = ∅, draw an Euler diagram of A, B and C", "Since K is apart from L, show K, L and M": a
# fronted clause ends at the comma before the main clause's imperative verb (Quirk et al. 1985 §15.17:
# an initial adverbial clause is set off by a comma), so the names listed after the verb are what it draws, never
# more objects of the relation before the comma
_IMPERATIVE = re.compile(r"(?i),(?=\s*(?:(?:and|then|now|please|so)\s+)*(?:draw|sketch|show|represent|illustrate|depict|"
                         r"construct|produce|make|plot|create)\b)")


def _open_absolute(chars: list[str]) -> None:
    """Turn each ', with' that opens an absolute participle clause on named sets into a clause break."""
    masked = "".join(chars)
    for m in _ABSOLUTE.finditer(masked):
        tail = re.match(r"[^.;!?]*", masked[m.end():]).group()
        if re.search(r"\b(?:it|its|itself|them|this|these|those)\b", tail, re.IGNORECASE):
            continue
        chars[m.start()] = ";"
        _blank(chars, m.start() + 1, m.end())


def _close_blanked(masked: str, text: str, chars: list[str]) -> None:
    """Where a pass read a predicate and blanked it but kept its subjects' names for the grammar's list of sets
    ("A and B have elements in common and C lies inside B" → "A and B ··· and C lies inside B"), the conjunction
    after the blank joins a new clause, not one more name to the list (else C was read with A and B as subjects
    of "inside B", and A drawn inside B): a clause break is put at the blank. Only where the user's text had words
    there (a blank the user typed is no read predicate), and only before a name with its own predicate ("and B
    [blank]" is the list's next item, whose description was read)."""
    for m in re.finditer(rf"(?<![\w{{]){_NAME}(?P<gap>[ \t]{{3,}})(?=,?\s*(?:and|but|while|whereas|yet)\s+{_NAME} [a-z])",
                         masked):
        a, b = m.span("gap")
        if re.search(r"[A-Za-z]", text[a:b]):
            chars[a] = ";"


_DEF = re.compile(
    rf"\b({_NAME})\s*(?:,\s*(?:the\s+)?|(?:is|=|denotes|stands\s+for|be|for|will\s+be)\s+(?:the\s+|a\s+)?|the\s+)"
    rf"(?:set|collection|group|class)\s+(?:(?:of|for)\s+)?(?:all\s+)?(?:the\s+)?(?P<desc>[^.;:!?,]*?)"
    rf"(?=\s*(?:[.;:!?]|,|\band\s+{_NAME}\s+(?:is\s+|=\s+|be\s+)?(?:the\s+)?(?:set|collection|group|class)\b|$))")
# "F those who speak French", "G, the ones that speak German", "S = everyone who swims": a set defined by
# what its members do, with "the set of" left out after a first definition
_DEF_THOSE = re.compile(
    rf"\b({_NAME})\s*(?:,\s*|\s+(?:is|are|=|denotes|for|be)\s+|\s+)(?:all\s+)?(?:those|the\s+ones|everyone|everybody|"
    rf"the\s+(?:people|students|pupils|persons|members|children))\s+(?P<desc>(?:who|that|which)\s+[^.;:!?,]*?)"
    rf"(?=\s*(?:[.;:!?]|,|\band\s+{_NAME}\s*(?:,|is\b|=|be\b|those\b|the\s+ones\b|the\s+set\b|everyone\b)|$))")
_APPOS = re.compile(rf"\b({_NAME})\s*(?:,\s*|\(\s*)(?:i\.e\.\s*)?the\s+([a-z][a-z\- ]{{1,40}}?)\s*(?:,|\))")


def _keywords(desc: str) -> set[str]:
    """The words of a definition that tell its set apart: after a relative pronoun ("pupils who play
    football": play, football) only what the clause says — the noun before it is the universe."""
    rel = re.search(r"\b(?:who|that|which|whose)\b", desc)
    if rel:
        desc = desc[rel.end():]
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z\-]*", desc)]
    return {w for w in words if w not in _STOP and len(w) > 2} | {singular(w) for w in words
                                                                  if w not in _STOP and len(w) > 2}


def _stem_of(key: str, word: str) -> bool:
    """Whether ``word`` is a form of the definition word ``key`` ("dancers"/"dance", "cyclist"/"cycle",
    "drives"/"drive"): it starts with the key less a final e, and that stem has four letters or more."""
    stem = key[:-1] if key.endswith("e") else key
    return len(stem) >= 4 and word.startswith(stem) and len(word) - len(stem) <= 4


class _Resolver:
    """Which set a word names: its own name (case-sensitive for one letter), its singular/plural, an
    apposition's noun, or a word only its definition uses."""

    def __init__(self, text: str):
        self.names = sorted({m.group() for m in re.finditer(rf"(?<![\w{{]){_NAME}(?![\w}}])", text)
                             if (m.group() == "A" or m.group().lower() not in _FUNCTION | _sets_words())
                             and not re.fullmatch(_QUANT, m.group(), re.I)})
        # "A Venn diagram of …", "A three-circle diagram": the article, when every 'A' of the text is one
        if "A" in self.names and all(_article(text, m.end()) for m in re.finditer(r"(?<![\w{])A(?![\w}])", text)):
            self.names.remove("A")
        # a heading in capitals ("VERTEBRATES.") is the same word as the set it heads, no second name
        self.names = [n for n in self.names if not (len(n) > 3 and n.isupper() and
                                                    any(o != n and o.lower() == n.lower() for o in self.names))]
        # a line written in capitals ("HEADLINE: 'NOT EVERY EU STATE IS IN NATO'") capitalises every word: a
        # word there names a set only when the text writes it so outside the capitals too ("EU and NATO")
        shout = _shouted(text)
        if shout:
            outside = {m.group() for m in re.finditer(r"[A-Za-z0-9_]+", text)
                       if not any(a <= m.start() < b for a, b in shout)}
            self.names = [n for n in self.names if not (n.isupper() and len(n) > 1 and n not in outside and
                                                        all(any(a <= k.start() < b for a, b in shout)
                                                            for k in re.finditer(rf"(?<![\w{{]){n}(?![\w}}])", text)))]
        self.alias: dict[str, set[str]] = {}

    def add_alias(self, name: str, words: set[str]) -> None:
        self.alias.setdefault(name, set()).update(words)

    def finish(self) -> None:
        # a word several definitions share ("play", "pupils") names none of them
        seen: dict[str, int] = {}
        for ws in self.alias.values():
            for w in ws:
                seen[w] = seen.get(w, 0) + 1
        self.alias = {n: {w for w in ws if seen[w] == 1} for n, ws in self.alias.items()}
        # a capitalised word of a definition ("who speak English") is what the set's members are, no set
        # of its own, unless the text defines it too
        words = {w for ws in self.alias.values() for w in ws}
        self.names = [n for n in self.names if n in self.alias or n.lower() not in words or len(n) <= 2]

    def which(self, word: str) -> str | None:
        low, sing = word.lower(), singular(word.lower())
        if len(word) <= 2 and word in self.names:
            return word
        # (Latin plurals: "rhombus" names Rhombi, "datum" Data, "criterion" Criteria)
        latin = {low[:-2] + "i"} if low.endswith("us") else {low[:-2] + "a"} if re.search(r"(?:um|on)$", low) else set()
        hits = {n for n in self.names if len(n) > 2 and (n.lower() in (low, sing) or singular(n.lower()) in (low, sing)
                                                        or n.lower() in latin)}
        hits |= {n for n, ws in self.alias.items() if low in ws or sing in ws or any(_stem_of(w, low) for w in ws)}
        if not hits and len(low) >= 4 and low.isalpha():
            # a verb whose agent noun names a set: "every metal conducts" (Conductors), "does conduct"
            stem = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
            agents = {stem + "or", stem + "er", stem + "r", stem + stem[-1] + "er"}   # "swims": Swimmers
            if low.endswith("ies"):   # "flies": Flyers
                agents.add(low[:-3] + "yer")
            hits = {n for n in self.names if len(n) > 2 and singular(n.lower()) in agents}
        if not hits and len(low) >= 4 and low.isalpha():
            # a set named by what its members did ("Purchased", "Refunded"): the verb's agent noun or the verb
            # itself names it ("every purchaser", "who got a refund")
            base = {sing, sing[:-2] if sing.endswith("er") else sing, sing[:-1] if sing.endswith("r") else sing}
            hits = {n for n in self.names if len(n) > 4 and n.lower().endswith("ed") and
                    base & {n.lower()[:-2], n.lower()[:-1]}}
        return hits.pop() if len(hits) == 1 else None

    def mentions(self, text: str, a: int, b: int) -> list[tuple[str, int, int]]:
        """Sets named in ``text[a:b]``, in order, each once (adjacent words naming the same set merge)."""
        out: list[tuple[str, int, int]] = []
        for m in re.finditer(r"[A-Za-z][A-Za-z0-9_\-]*", text[a:b]):
            n = self.which(m.group())
            if n is None:
                continue
            if not out or out[-1][0] != n:
                if all(o[0] != n for o in out):
                    out.append((n, a + m.start(), a + m.end()))
        return out


def _shouted(text: str) -> list[tuple[int, int]]:
    """Spans of runs of four or more words all in capitals ("NOT EVERY EU STATE IS IN NATO"): capitals of
    emphasis, which mark no word as a name."""
    return [(m.start(), m.end()) for m in
            re.finditer(r"(?<![\w])[A-Z][A-Z0-9']*(?:[ \t,\-]+[A-Z][A-Z0-9']*(?![\w])){3,}", text)]


def _article(text: str, at: int) -> bool:
    """Whether the 'A' ending at ``at`` is the article: the sets grammar's own noun ("Venn", "diagram",
    "set", "circle") or a hyphenated modifier ("three-circle") follows it."""
    m = re.match(r"\s+([A-Za-z]+(?:-[A-Za-z]+)?)", text[at:])
    return m is not None and ("-" in m.group(1) or m.group(1).lower() in _sets_words())


def _clauses(text: str) -> list[tuple[int, int]]:
    """Clause spans: sentences, cut again at a comma or 'and' that opens a quantified clause."""
    out = []
    # (a line that opens with a list or comment mark — "# every leap year is in A", "- C lies inside A" — is a
    # clause of its own)
    # (a spaced dash before words, "… IN THE EU' - sub-editor wants …", ends a clause as a full stop does)
    for s in re.finditer(r"(?:(?!\s[-–—]{1,2}\s+[a-z]{2})[^.;:!?\n]|\n(?![ \t]*(?:[#*•>]|-(?!>)|–)))+", text):
        a = s.start()
        # "each other" after "with" is no clause of its own ("share elements with each other")
        qstart = rf"(?!each\s+other\b|one\s+another\b)(?={_QUANT}\b)"
        cut = re.compile(rf",\s*{_LEAD}(?:(?:with|where|whereas|such\s+that)\s+)?(?:{qstart}|(?={_NAME}\s+"
                         rf"(?:contains?|has|have|includes?|holds?)\s+no\b)"
                         # "…, and Invertebrates is a separate set": a clause with a subject of its own
                         rf"|(?<=and\s)(?=\s*(?-i:{_NAME})\s+(?:is|are|lies|lie|sits|contains?|has|have|includes?|holds?|overlaps?|"
                         rf"intersects?|meets?|shares?|touches)\b))"
                         rf"|\s(?:and|but|with|where|whereas|such\s+that|that)\s+{qstart}|\s*[(\[]\s*{qstart}"
                         # "some cats are pets, but Felix is not a pet": a contrast with a subject and verb of its
                         # own is a clause of its own (left whole, the quantified clause before it went unread)
                         r"|,\s*(?:but|yet|whereas|while|although|though)\s+(?=(?:[\w'’-]+\s+){1,5}"
                         r"(?:is|are|isn['’]t|aren['’]t|was|were|has|have|does|do|doesn['’]t|don['’]t)\b)",
                         re.IGNORECASE)
        for m in cut.finditer(text, s.start(), s.end()):
            out.append((a, m.start()))
            a = m.end()
        out.append((a, s.end()))
    return [(a, b) for a, b in out if text[a:b].strip()]


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}
_ORDINAL = re.compile(rf"\b(?:a|an|the)\s+({'|'.join(_ORDINALS)})\s+(?=(?:set|circle|collection|class|group)\s+{_NAME}\b)",
                      re.IGNORECASE)
# (a description may stand between the name and its roster: "R = rocky planets = {Mercury, Venus, …}")
# (or the description then the braces: "A = pupils with cats {Ann, Bo, Cy}"; it may hold a bound: "P = primes < 10 =
# {2, 3, 5, 7}", "O = odd nos. < 10 = {…}")
_DESC = r"[A-Za-z](?:[A-Za-z \-/]|\d|[<>≤≥]|\.(?!\s*[A-Z]))" + "{1,48}?"
_ROSTER = re.compile(rf"\b({ROSTER_NAME}){LINK}(?:(?!{_NAME}\s*=)(?P<desc>{_DESC})(?:\s*=\s*|\s+(?=\{{)))?"
                     rf"\{{([^{{}}]*)\}}")
_BUILDER = re.compile(r"\{\s*[A-Za-z]\w*\s*(?:\||:|∣|∈)[^{}]*\}")


def _roster(text: str, chars: list[str], pre: PreRead) -> None:
    """Roster notation, ``A = {1, 2, 3}`` (Rosen §2.1): each listed member an element of A, drawn in
    the region of exactly the sets that list it. Set-builder notation ``{x | …}`` is refused by name."""
    from ..errors import InputError
    m = _BUILDER.search("".join(chars))   # those ``sets_numbers_read`` read are blanked by now
    if m is not None:
        raise InputError(f"'{m.group()}' at {m.start()}-{m.end()} is set-builder notation, which nesy does not "
                         "read: list the members ('A = {1, 2, 3}') or name the sets and how they relate")
    from .sets_algebra import after_operator
    for m in _ROSTER.finditer(text):
        if after_operator(text, m.start()):
            continue   # "A ∩ B = {3, 4}": an intersection given by its members (``sets_algebra``), no roster of B
        items = roster_items(m.group(3), m.start(3))
        if items is None:
            continue   # not a plain list of members: the shared grammar refuses the braces by name
        if not items:
            continue   # "A = {}": the empty set, read by the shared grammar's refusal
        if any(x in ("...", "…", "..", "....") for x, _a, _b in items):
            continue   # a progression, read by ``sets_numbers_read``
        pre.defined.append((m.group(1), m.start(1), m.end(1)))
        # "E = {2, 4, 6} (even numbers)": the bracket after the roster describes the set — written in the caption
        d = re.match(r"\s*\(\s*([A-Za-z][A-Za-z \-]{1,40}?)\s*\)", text[m.end():])
        if m.group("desc"):   # "R = rocky planets = {…}": the description written before the roster
            pre.described.append((m.group(1), m.group("desc"), m.start("desc"), m.end("desc")))
        elif d is not None:
            pre.described.append((m.group(1), d.group(1), m.end() + d.start(1), m.end() + d.end(1)))
            _blank(chars, m.end(), m.end() + d.end())
        for x, a, b in items:
            pre.members.append((x, m.group(1), a, b, m.start(), m.end()))
        _blank(chars, m.end(1), m.end())


@functools.lru_cache(maxsize=1)
def _common_filler() -> frozenset[str]:
    from ..resources import load_yaml
    return frozenset(str(w).lower() for w in load_yaml("grammars", "common/grammar.yaml").get("filler", []))


# "In a class, …", "Among the pupils of a school, …": the setting the sets are drawn from, said before
# the sentence's subject — no set of its own
_SETTING = re.compile(r"(?:^|(?<=[.!?;:]))\s*(?:In|Among|At|For|Within|During|Throughout|Across|Under|Pursuant\s+to)\s+(?:a|an|the|our|my|this|one|his|her|their)\s+"
                      r"(?:(?:[A-Za-z]+\s+\d{1,3}\s+)?(?:[a-z]+|(?<=this\s)[A-Z][a-z]+)(?:\s+(?:[a-z]+|(?<=this\s)[A-Z][a-z]+)){0,4}\s*[,:]"
                      # "In a vaccine trial 22 volunteers reported …": the comma left out before a count
                      r"|[a-z]+(?:\s+(?!of\b|with\b|has\b|had\b)[a-z]+){0,3}(?=\s+\d{1,6}\s+[a-z])"
                      # "In my class of English some students speak Spanish": the comma left out before a quantified
                      # clause; what the class is of (a subject taught, a place) names no set of the figure
                      r"|(?P<q>[a-z]+(?:\s+[a-z]+){0,2}(?:\s+of\s+[A-Za-z]+)?)(?=\s+(?:some|most|many|all|every|each|no|nobody|none)\s+[a-z]))")


# where a subset of two sets lies, said again after "inside both": "Squares inside both of them, in the part they
# share", "… within both, in their overlap" — the intersection of the two (Rosen §2.2 Def. 3), read already
_SHARED_PART = re.compile(
    r"(?i)\b(?:inside|in|within)\s+both(?:\s+of\s+them)?(?:\s+[A-Z]\w*\s+and\s+[A-Z]\w*)?\s*,?\s*(?P<where>"
    r"(?:in|inside|within)\s+(?:the\s+)?(?:part|region|area|bit|space|zone)\s+(?:that\s+)?they\s+(?:both\s+)?"
    r"(?:share|have\s+in\s+common|overlap)|(?:in|inside|within)\s+(?:their|the)\s+(?:overlap|intersection|"
    r"common\s+(?:part|region|area)|shared\s+(?:part|region|area)))\b")


# "Venn, nothing else", "just the diagram and nothing more": the figure asked for alone — nesy adds nothing the
# text does not state, so it is read as said (never after a set's members: "A holds x and nothing else" is a claim)
_ONLY_FIGURE = re.compile(r"(?i)\b(?:venn|euler|diagram|figure|picture|drawing|circles)\s*[,:;\-–—]?\s*"
                          r"((?:and\s+|but\s+)?nothing\s+(?:else|more))\b")
# "… where Y is a subset of X, no other sets", "and no other circles", "there are no more sets", "with no further
# regions shown": a closure statement — the figure holds only the sets (regions, elements) named — read, not a
# count of none; nesy draws nothing the text does not name, so it holds by construction. Only at the end of its
# clause: "no other set overlaps A" is a relation, read as such
_NO_OTHER = re.compile(r"(?i)(?:\b(?:and|but|with)\s+)?(?:\bthere\s+(?:are|is|will\s+be|should\s+be)\s+)?"
                       r"\bno\s+(?:other|more|further|additional|extra)\s+"
                       r"(?:sets?|circles?|ovals?|curves?|regions?|elements?|members?|groups?|classes)"
                       r"(?:\s+(?:drawn|shown|needed|required|included|at\s+all|in\s+the\s+(?:diagram|figure|picture)))?"
                       r"(?=\s*(?:[.;,!?)]|$))")
# a reference to a place in a book in brackets: "(Ch. 6)", "(Section 2.1)", "(p. 34)", "(Exercise 3b)"
_SOURCE_REF = re.compile(r"(?i)\(\s*(?:(?:ch(?:apter)?|sec(?:tion)?|§|pp?|pages?|ex(?:ercise)?|problem|question|q)\.?\s*"
                         r"\d{1,4}(?:\.\d{1,3})*[a-z]?|fig(?:ure)?\.?(?:\s*\d{1,3}[a-z]?)?)\s*\)")
# a reference to the figure by its number ("in Figure 4", "of Fig. 2b", "in panel 3"; the number may be gone from
# the text read: "in figure the set M …"): which figure the text speaks of, read as nothing to draw
_FIGURE_REF = re.compile(r"(?i)\b(?:in|on|of|for)\s+(?:the\s+)?(?:fig(?:ure)?\.?|diagram|panel|plate|chart)\s*"
                         r"(?:\d{1,3}[a-z]?\b|[ivx]{1,4}\b|(?=\s+(?:the|a|an|set|sets)\b|\s*,))(?:\s*,)?")


_GLOSS_NAME = r"(?-i:[A-Z][A-Za-z0-9]{0,2})"
_GLOSS_WORD = r"[A-Za-z][a-z\-]{2,20}"


def _glosses(text: str, chars: list[str], pre: PreRead, res: _Resolver) -> None:
    """A short name with a word in brackets, or a word with the name in brackets — "F (French)",
    "Chemistry (C)", "the swimmers (S)": the word is what the set is, the letter its name. The word
    becomes the name's alias (so "every chemistry student" names C) and no set of its own; the bracketed
    part is read."""
    rx = re.compile(rf"(?<![\w{{]){_GLOSS_NAME}(?P<g1>\s*\(\s*(?:the\s+)?(?P<w1>{_GLOSS_WORD})\s*\))"
                    rf"|\b(?P<w2>{_GLOSS_WORD})(?P<g2>\s*\(\s*(?P<n2>{_GLOSS_NAME})\s*\))")
    for m in rx.finditer("".join(chars)):
        if m.group("w1"):
            name, word = m.group().split("(")[0].strip(), m.group("w1")
            if name.lower() in _FUNCTION or word.lower() in _STOP:
                continue
            _blank(chars, m.start("g1"), m.end("g1"))
        else:
            name, word = m.group("n2"), m.group("w2")
            if word.lower() in _STOP | _FUNCTION | _sets_words():
                continue
            _blank(chars, m.start("w2"), m.end("w2"))
            for k in (m.start("g2"), m.end("g2") - 1):   # the brackets around the name
                if chars[k] in "()":
                    chars[k] = " "
            k = m.start("g2") + m.group("g2").index("(")
            chars[k] = " "
        res.add_alias(name, {word.lower(), singular(word.lower())})
        res.names = [n for n in res.names if n != word]
        pre.ignored.append((m.start(), m.end()))
    # "squares S, rhombuses R and quadrilaterals Q": a plural noun right before a short name, in a list
    # the noun stands where a list of things does (after "of", "the", "and", a comma): "A contains B" is a verb
    rx2 = re.compile(rf"(?:\b(?i:of|the|and|for|between|both|draw|show|sketch|plot|depict)\s+|,\s*|\(\s*|^)(?P<w>[a-z][a-z\-]{{2,20}}s) "
                     rf"(?P<n>{_GLOSS_NAME})(?=\s*(?:,|\band\b|[().;:]|$))")
    verbs = {w for w in re.findall(r"[a-z]+", " ".join(p for p in _relation_rx().pattern.split("|")))}
    for m in rx2.finditer("".join(chars)):
        word, name = m.group("w"), m.group("n")
        if word in _STOP | _FUNCTION | _sets_words() | verbs or name.lower() in _FUNCTION:
            continue
        _blank(chars, m.start("w"), m.end("w"))
        res.add_alias(name, {word, singular(word)})
        pre.ignored.append((m.start("w"), m.end("w")))


def pre_read(text: str) -> PreRead:
    """Read the quantified clauses, definitions and appositions of ``text`` (see the module docstring)."""
    chars = list(text)
    res = _Resolver(text)
    pre = PreRead(text)
    from .sets_declared import read_facts, read_means   # "subset(a, b).", '(b) "Britain" means …'
    read_facts(text, chars, pre, _blank)
    from .sets_markup import read_markup   # "<set id='Weekdays' within='Days'/>"
    read_markup(text, chars, pre, _blank)
    read_means(text, chars, pre, _blank, _relation_rx())
    from .sets_declared import read_set_glosses   # "the set Rocky (Mercury, Venus, Earth, Mars)"
    read_set_glosses(text, chars, pre, _blank)
    from .sets_declared import read_groups_both   # "netflix ppl & hulu ppl, some hv both"
    read_groups_both(text, chars, pre, _blank)
    from .sets_declared import read_because_so   # "… because 2 is prime and even … so …": examples not drawn
    read_because_so(text, chars, pre, _blank)
    from .sets_declared import read_across   # "C sits across both", "… isn't inside either"
    read_across(text, chars, pre, res, _blank)
    from .sets_declared import read_contractions   # "that's": no element s
    read_contractions(chars, pre, _blank)
    from .sets_adverbials import read_adverbials   # "which in turn sits in R": "in turn" relates nothing
    read_adverbials(text, chars, pre, _blank)
    from .sets_numbers_read import read_numbers   # sets of numbers, and claims about their members
    read_numbers(text, chars, pre, _blank)
    from .sets_count_regions import read_region_numbers   # "with 13, 9 and 6 in the regions", "no box"
    read_region_numbers(chars, pre, _blank)
    from .sets_counts import read_counts
    pre.counts, pre.questions, some = read_counts("".join(chars))   # claims about members are no counts
    for a, b in [(c.start, c.end) for c in pre.counts] + pre.questions + some:   # a word problem's counts
        _blank(chars, a, b)
    pre.ignored += some
    for m in _SHARED_PART.finditer(text):   # "Squares inside both of them, in the part they share": said twice
        pre.ignored.append((m.start("where"), m.end("where")))
        _blank(chars, m.start("where") - (1 if text[m.start("where") - 2:m.start("where")] == ", " else 0), m.end("where"))
    for m in _ONLY_FIGURE.finditer(text):   # "Venn, nothing else": nesy draws nothing the text does not say
        pre.ignored.append((m.start(1), m.end(1)))
        _blank(chars, m.start(1), m.end(1))
    for m in _NO_OTHER.finditer(text):   # "…, no other sets": the figure holds only what is named
        pre.ignored.append((m.start(), m.end()))
        _blank(chars, m.start(), m.end())
    for m in _SOURCE_REF.finditer(text):   # "Margin note (Ch. 6):": where in a book the note is, nothing to draw
        pre.ignored.append((m.start(), m.end()))
        _blank(chars, m.start(), m.end())
    for m in _FIGURE_REF.finditer(text):   # "in Figure 4 the set M …": which figure is meant, nothing to draw
        pre.ignored.append((m.start(), m.end()))
        _blank(chars, m.start(), m.end())
    for m in _SETTING.finditer(text):
        # "In the universe U, …" names a set; "For my Year 8 group:" (a numbered name, 'Year 8') does not
        # (a capitalised word after "this"/"the present" is the document's own term — "For the purposes of this
        # Agreement," — no set)
        if not re.search(r"\b(?<!this )(?<!the present )[A-Z](?![a-z]+\s+\d)", m.group().split(None, 1)[1]) or \
                m.group("q") and not re.search(r"\b[A-Z]", re.sub(r"\bof\s+[A-Z][a-z]+$", "", m.group("q"))):
            a = m.start() + len(m.group()) - len(m.group().lstrip())
            pre.ignored.append((a, m.end()))
            _blank(chars, a, m.end())
    # a set named by a capitalised word the shared vocabulary reads as a filler word ("the sets Students,
    # Athletes …": 'students' is filler there) is read as the name it is: a placeholder of the same length
    # takes its place for the grammar and gives the name back afterwards
    from .sets_algebra import read_given_intersections   # "A ∩ B = {3, 4}", "A & C == set()"
    read_given_intersections(text, chars, pre, _blank)
    _roster(text, chars, pre)
    from .sets_symbols import read_differences   # "A \\ B = ∅": A inside B
    read_differences(chars, pre, set(), _blank)
    from .sets_symbols import read_nonempty_triples   # "A ∩ B ∩ C is non-empty": a common region
    read_nonempty_triples(chars, pre)
    for m in _ORDINAL.finditer(text):   # "plus a fourth set D": which set it is in the count, checked in ``read``
        pre.ordinals.append((_ORDINALS[m.group(1).lower()], m.start(1), m.end(1)))
        _blank(chars, m.start(1), m.end(1))
    filler = _common_filler()
    for m in re.finditer(rf"(?<![\w{{]){_NAME}(?![\w}}])", text):
        w = m.group()
        before = text[:m.start()].rstrip()
        if len(w) >= 3 and w.lower() in filler and before and before[-1] not in ".!?:;" and w[1:].islower():
            ph = f"Zq{len(pre.renamed):0{len(w) - 2}d}"
            pre.renamed[ph] = w
            chars[m.start():m.end()] = list(ph)
    _open_absolute(chars)   # "…, with P and Q having no elements in common": a clause of its own
    for m in _IMPERATIVE.finditer("".join(chars)):   # "Given A ⊆ B and B ∩ C = ∅, draw …": the clause ends there
        chars[m.start()] = ";"
    for m in [*_DEF.finditer(text), *_DEF_THOSE.finditer(text)]:
        kw = _keywords(m.group("desc"))
        if kw and m.group(1).lower() not in _FUNCTION | _sets_words():
            res.add_alias(m.group(1), kw)
            pre.defined.append((m.group(1), m.start(1), m.end(1)))
            _blank(chars, m.end(1), m.end())   # the name stays for the grammar ("F and T", "H, …, is in M")
    for m in _APPOS.finditer(text):
        if re.match(r"(?:two|three|four|both|same|other)\b", m.group(2)) or \
                re.search(r"\b(?:is|are|was|were|have|has|had|share|shares|do|does|overlap|overlaps|meet|meets|lie|lies)\b",
                          m.group(2)):
            continue   # "M and N, the two have nothing in common,": a clause of its own, no description of N
        res.add_alias(m.group(1), _keywords(m.group(2)))
        pre.defined.append((m.group(1), m.start(1), m.end(1)))
        _blank(chars, m.end(1), m.end())
    from .sets_heads import read_hereinafter   # 'the region hereinafter "X"'
    read_hereinafter(chars, pre, _blank)
    from .sets_heads import read_heads   # "Two circles: Tea and Coffee", "#Jazz fans overlap a lot"
    read_heads(text, chars, pre, _blank, _sets_words() | _STOP | _FUNCTION, _relation_rx(), set(res.names))
    _glosses(text, chars, pre, res)
    from .sets_labels import read_labelled_chain   # "regular languages inside … Label them REG, CFL and DEC."
    read_labelled_chain(text, chars, pre, res, _blank)
    from .sets_lists import read_verb_definitions   # "T drinks tea, C drinks coffee"
    for n, ws in read_verb_definitions(chars, pre, _blank, set(res.names)).items():
        res.add_alias(n, ws)
    from .sets_lists import read_figure_with, read_kind_lists   # "the subjects Physics, Chemistry and Biology"
    read_figure_with(chars, pre, _blank)                            # "the standard picture with three sets"
    verbs = frozenset(w for w in re.findall(r"[a-z]+", _relation_rx().pattern.lower()))
    from .sets_lists import read_class_names   # "Mammals M, dogs D and birds B"
    for n in read_kind_lists(text, chars, pre, _blank, _sets_words() | _STOP | _FUNCTION | verbs) + \
            read_class_names(text, chars, pre, _blank, _sets_words() | _STOP | _FUNCTION | verbs):
        name = pre.renamed.get(n, n)
        k = next((m.start() for m in re.finditer(rf"(?<![\w{{]){re.escape(n)}(?![\w}}])", "".join(chars))), None)
        if k is not None and name in res.names:
            pre.defined.append((name, k, k + len(n)))
    from .sets_declared import equals_aliases   # "L = leap years": "every leap year" is L
    equals_aliases(text, res)
    res.finish()
    pre.names = tuple(res.names)
    pre.which = res.which
    from .sets_coord import read_list_and   # "a set B inside A and a set C that …": C a further item, not B's container
    read_list_and(text, chars, pre, set(res.names), _blank)
    from .sets_heads import read_each_next   # "Naturals inside Integers inside Rationals, each inside the next"
    read_each_next(text, chars, pre, set(res.names), _blank)
    from .sets_heads import read_both_after_list   # "Insects and Spiders, both wholly inside Arthropods"
    read_both_after_list(text, chars, pre, set(res.names), _blank)
    from .sets_predicates import read_predicates   # "Bats are inside Mammals and also inside Flyers"
    read_predicates(text, chars, pre, set(res.names), _blank)
    from .sets_partly import read_partly   # "R is partly inside P", "(partly inside P, partly outside Q)"
    read_partly(text, chars, pre, set(res.names), _blank)
    from .sets_declared import read_speaker   # "I have three sets of users: …", "What I tried: …, which is wrong"
    read_speaker(text, chars, pre, set(res.names), _blank)
    from .sets_declared import read_compound_every, read_phrases   # "stands entirely apart from", "sits across both"
    read_compound_every(text, chars, pre, res, _blank)
    read_phrases(text, chars, pre, res, _blank)
    from .sets_declared import read_asides   # "Flyers overlaps Mammals (bats!)": its example, nothing to draw
    read_asides(text, chars, pre, set(res.names), _blank, _relation_rx())
    from .sets_phrases import read_group_phrases
    read_group_phrases(text, chars, pre, set(res.names))
    from .sets_pronoun import read_pronoun_phrases, read_to_each   # "with A and B inside it", "two overlapping subsets A and B"
    read_pronoun_phrases(text, chars, pre, set(res.names))
    read_to_each(text, chars, pre, set(res.names))   # "K overlaps each of them"
    from .sets_pronoun import read_fronted_place   # "Inside S, draw T and L", "P is …: draw it inside S"
    read_fronted_place(text, chars, pre, set(res.names))
    # "Is every conductor a metal? No - graphite conducts …": an answer to the question before, no quantifier
    # (what it denies is the question, which states nothing; the reason after it is read as it stands)
    # (a quantifier "No" is followed by its noun, never by a dash or a comma)
    for m in re.finditer(r"(?:^|(?<=[?.!]))\s*(No|Nope|Yes|Yep)\s*(?:[-–—,:.!]+)", "".join(chars)):
        pre.ignored.append((m.start(1), m.end()))
        _blank(chars, m.start(1), m.end())
    from .sets_both import read_both, read_either   # "a few play both", "no animal is both"
    read_either(text, chars, pre, set(res.names), _blank)   # "either a Solid, a Liquid or a Gas"
    from .sets_both import read_example_members   # "graphite conducts but isn't a metal"
    read_example_members(text, chars, pre, res, _blank)
    from .sets_both import read_kind_members   # "treat Y as a consonant", "Y is a consonant"
    read_kind_members(text, chars, pre, res, _blank)
    read_both(text, chars, pre, res, _blank)
    from .sets_neither import read_neither_subject   # "Neither X nor Y shares any element with Z": each
    read_neither_subject(text, chars, pre, set(res.names), _blank)
    from .sets_negation import read_nor   # "R, which does not touch P nor Q": disjoint from each
    read_nor(text, chars, pre, set(res.names), _blank)
    from .sets_negation import read_generic_not_both   # "a letter can't be a vowel and a consonant at the same time"
    read_generic_not_both(text, chars, pre, res, _blank)
    from .sets_negation import read_but_not   # "R is cutting Q but not touching P": R disjoint from P
    read_but_not(text, chars, pre, set(res.names), _blank)
    from .sets_algebra import read_each_other, read_imperative_and, read_intersections
    read_imperative_and(chars, pre)                                # "Put K in V and draw T apart from K"
    read_intersections(text, chars, pre, set(res.names), _blank)   # "S = R ∩ H": inside each
    read_each_other(text, chars, pre, set(res.names), _blank)      # "R and H are in Q and overlap each other"
    from .sets_negation import read_in_both   # "C ⊆ A ∩ B": inside each
    read_in_both(text, chars, pre, set(res.names), _blank)
    from .sets_common import read_common   # "they have no element in common", "… with nothing in common with V"
    read_common(text, chars, pre, set(res.names), _blank)
    from .sets_negation import read_share   # "A and B share genes", "… have no gene in common"
    read_share(text, chars, pre, set(res.names), _blank)
    from .sets_typos import read_typo_relations   # "U is overlaping with T": no containment from 'with'
    read_typo_relations(text, chars, pre, set(res.names), _blank)
    from .sets_reasons import read_reasons   # ", because that is the region the formula adds back in"
    read_reasons(text, chars, pre, set(res.names), _blank, _relation_rx())
    from .sets_members import read_all_but, read_loose_members   # "the number 7 is an element of both A and C"
    read_all_but(text, chars, pre, set(res.names), _blank)   # "every element of A except 4 is also in B"
    read_loose_members(text, chars, pre, set(res.names), _blank)
    from .sets_negation import read_not_subset   # "A ⊄ B": some of A outside B
    read_not_subset(text, chars, pre, set(res.names), _blank)
    from .sets_negation import read_neither_contains   # "… but neither contains the other"
    read_neither_contains(text, chars, pre, set(res.names), _blank)
    from .sets_roster import RELATED
    for m in RELATED.finditer("".join(chars)):
        pre.relate.append((m.start(), m.end()))
        _blank(chars, m.start(), m.end())
    # "two circles P and Q that don't touch": a symmetric relation said of the listed sets together, with
    # no object after it, holds between each two of them
    for m in _pair_clause_rx().finditer("".join(chars)):
        ns = re.findall(_NAME, m.group("names"))
        rel = "rel" if m.group("rel") else "rel2"
        kind = _symmetric_phrases()[re.sub(r"\s+", " ", (m.group("phrase") or m.group("phrase2")).lower())]
        for k in range(len(ns)):
            for j in range(k + 1, len(ns)):
                (pre.relations if rel == "rel" else pre.apposed).append((kind, ns[k], ns[j], m.start(), m.end(rel)))
        _blank(chars, m.start(rel), m.end(rel))
    masked = "".join(chars)
    # "A ∩ B ∩ C ≠ ∅" (the shared reader has turned its last two names into "B intersects C"): the three
    # have common members; "A ∩ B ∩ C = ∅" says only that the middle region is empty — not drawn here
    for m in re.finditer(rf"({_NAME})\s*∩\s*({_NAME})\s*(?:∩\s*({_NAME})\s*(?:(≠|!=)|=)\s*(?:∅|Ø|\{{\s*\}})"
                         rf"|\s+(?:(intersects)|disjoint\s+from)\s+({_NAME}))", masked):
        names3 = (m.group(1), m.group(2), m.group(3) or m.group(6))
        if m.group(4) or m.group(5):
            pre.common.append((names3, m.start(), m.end(), True))
        else:
            pre.unknown.append((m.start(), m.end()))
        _blank(chars, m.start(), m.end())
    masked = "".join(chars)
    # "sets P, Q and R, with P and Q overlapping and R inside Q": ', with' opens clauses of their own
    # ("with C, P and B drawn inside U", "with A shown overlapping B": a verb of drawing before the relation)
    opens = re.compile(rf",\s*with\s+(?=(?:both\s+|all\s+)?{_NAME}(?:\s*(?:,|and)\s*{_NAME})*\s+(?:(?:is|are)\s+)?"
                       rf"(?:(?:all|both|each)\s+)?(?:(?:drawn|placed|shown|put|positioned|nested|sitting|lying)\s+)?"
                       rf"(?:{_relation_rx().pattern}|overlapping|intersecting|disjoint|to\s+the))", re.IGNORECASE)
    for m in opens.finditer(masked):
        tail = re.match(r"[^.;!?]*", masked[m.end():]).group()
        if re.search(r"\b(?:it|its|itself|them|this|these|those)\b", tail, re.IGNORECASE):
            continue   # "with B, C and D inside it": the pronoun is the set before 'with'
        chars[m.start()] = ";"
        _blank(chars, m.start() + 1, m.end())
    masked = "".join(chars)
    # "three mutually overlapping circles labelled A, B and C": said before the names it describes
    for m in re.finditer(r"\b(?:mutually|pairwise|all)\s+(?:overlapping|intersecting)\b", masked, re.IGNORECASE):
        end = re.search(r"[.;:!?]|$", masked[m.end():]).start() + m.end()
        listed = re.match(rf"\s*(?:[a-z]+\s+){{0,3}}?((?:{_NAME})(?:\s*(?:,|and)\s*(?:{_NAME}))+)", masked[m.end():end])
        ns = re.findall(_NAME, listed.group(1)) if listed else []
        if 2 <= len(ns) <= 3:
            pre.common.append((tuple(ns), m.start(), m.end() + listed.end(1), False))
            _blank(chars, m.start(), m.end())
    masked = "".join(chars)
    for a, b in _clauses(masked):
        sub = masked[a:b]
        lead = re.match(rf"\s*(?:[#*•>–]+\s*|-(?!>)\s*)?[(\[\"'“]?\s*{_LEAD}", sub)   # a clause in brackets reads as one
        a0 = a + lead.end()
        body = masked[a0:b].rstrip().rstrip("\"'”’)]").rstrip()   # a closing quote or bracket ends the clause
        b0 = a0 + len(body)
        q = re.match(rf"{_QUANT}\b", body, re.IGNORECASE)
        ms = res.mentions(masked, a0, b0)
        names = [n for n, _, _ in ms]
        neg = _NEG.search(body)
        got = _quantified(body, q, names, ms, bool(neg), masked, a0, b0, pre)
        if got:
            kept = [k for k in pre.keep if k[0] == a0]
            # the conjunction that joined the read clause to the one before ("…, but not every …")
            back = re.search(r"\b(?:and|but|while|whereas|yet)\s*$", masked[:a0]) if not kept else None
            _blank(chars, kept[0][1] if kept else (back.start() if back else a0), b0)
    from .sets_unsure import check_definitions, lone_symmetric   # "M = multipels of 3 in U", "Z is apart"
    from .sets_declared import describe_equals   # "A = years divisible by 4, L = leap years" with relations said apart
    describe_equals(text, chars, pre, _blank, _relation_rx())
    check_definitions(text, "".join(chars), _relation_rx(), chars, pre, _blank)
    lone_symmetric("".join(chars), chars, pre, set(res.names), _symmetric_phrases(), _blank)
    _close_blanked("".join(chars), text, chars)   # "A and B [read] and C lies inside B": C is a new subject
    pre.text = split_statements("".join(chars))
    return pre


def _quantified(body: str, q, names: list[str], ms, neg: bool, text: str, a: int, b: int, pre: PreRead) -> bool:
    """Read one clause into ``pre``; whether it was read (and is to be blanked for the grammar)."""
    low = body.lower()
    word = q.group().lower().split()[0] if q else ""
    if q and re.fullmatch(_MANY, q.group(), re.IGNORECASE):
        word = "some"
    if q and re.match(r"not\s+(?:a\s+single|one)\b", low):
        # "not a single Rock fan voted Jazz", "not one A is a B": the quantifier "no" (Quirk et al. 1985 §10.59);
        # its "not" negates nothing else
        word, neg = "no", bool(_NEG.search(body[q.end():]))
    if q and re.match(r"not\s+(?:every|all|each)", low):
        # "not every physics student takes chemistry": some A are not B (Rosen §1.4: ¬∀x (A(x) → B(x)) ≡
        # ∃x (A(x) ∧ ¬B(x)))
        if len(names) != 2:
            return False
        pre.some_not.append((names[0], names[1], a, b))
        return True
    have_common = re.search(r"\b(?:have|has|share|shares)\s+(?:an?\s+|some\s+|at\s+least\s+one\s+)?(?:common\s+)?"
                            r"(?:elements?|members?)(?:\s+in\s+common)?\b|\bin\s+common\b", low)
    subj_all = re.match(r"(?:all\s+three(?:\s+sets)?|all\s+of\s+them|they\s+all|the\s+three(?:\s+sets)?|they)\b", low)
    if have_common and not neg and not re.search(r"\bno\b|\bnothing\b|\bnone\b", low) and (
            subj_all or len(names) in (2, 3)) and not (q and word != "all"):
        # "A, B and C have an element in common", "all three share members": a common region
        pre.common.append((tuple(names) if len(names) in (2, 3) else (), a, b, True))
        if len(names) in (2, 3):
            pre.keep.append((a, ms[-1][2]))
        return True
    allof = re.search(r"\b(?:in|to|of|by)\s+(?:all|each|every\s+one)\s+(?:three|of\s+them|of\s+these|the\s+sets)\b"
                      r"|\bcommon\s+to\s+all\b|\ball\s+three\b", low)
    if q and allof and word in ("some", "a", "at") and not neg:
        pre.common.append(((), a, b, True))    # the sets of the scene, resolved once they are known
        return True
    together = re.search(r"\b(?:overlap|intersect|meet)(?:s|ping|ting|ing)?\b", low) and re.search(
        r"\b(?:all\s+three|all\s+of\s+them|they\s+all|all\s+(?:overlap|intersect|meet)|each\s+other|one\s+another"
        r"|pairwise|mutually)\b", low)
    if together and not neg and not q or together and word == "all" and not neg:
        # "Sets X, Y and Z overlap each other": the grammar still reads the list; the rest is read here
        cut = ms[-1][2] if len(names) >= 2 else a
        rest = text[cut:b]
        others = [r.group() for r in _relation_rx().finditer(rest)
                  if not re.fullmatch(r"(?:overlap|intersect|meet)(?:s|ping|ting|ing)?(?:\s+with)?", r.group().lower())]
        if others or re.search(rf"(?<![\w{{]){_NAME}(?![\w}}])", rest):
            return False   # more is said there ("with A left of B, overlapping each other"): the grammar's
        pre.common.append((tuple(names) if len(names) >= 2 else (), a, b, False))
        pre.keep.append((a, cut))
        return True
    only = re.search(r"\bonly\b", low)
    if word in ("no", "nobody", "nothing", "none") and only and len(names) == 1:
        pre.only.append((names[0], a, b))       # "nobody plays only tennis": nothing is in that set alone
        return True
    if len(names) < 2:
        return False
    both = re.search(r"\bboth\b", low)
    if neg and word in ("no", "nobody", "nothing", "none") and len(names) == 2 and not only and \
            len(_NEG.findall(body)) == 1 and not re.search(r"\b(?:neither|nor|never)\b", low):
        # "no A is not in B": nothing in A lies outside B — A ⊆ B (Rosen §1.4: ¬∃x (A(x) ∧ ¬B(x)) ≡ ∀x (A(x) → B(x)))
        pre.relations.append(("inside", names[0], names[1], a, b))
        return True
    if neg and word in ("no", "nobody", "nothing", "none", "not"):
        return False   # other negations under "no": left to the grammar, which reads or refuses them by name
    if word in ("no", "nobody", "nothing", "none", "not") and not only:
        x, y = (names[-2], names[-1]) if both or len(names) == 3 else (names[0], names[1])
        if len(names) > 3 or (len(names) == 3 and not both):
            return False
        pre.relations.append(("outside", x, y, a, b))
        return True
    cont = re.search(r"\b(?:contains?|has|have|includes?|holds?)\s+no\b", low)
    if cont and len(names) == 2 and not q and not neg:
        pre.relations.append(("outside", names[0], names[1], a, b))
        return True
    every = word in ("every", "each", "all", "any", "everyone", "everybody", "everything") and not neg and not only
    if every and len(names) == 3 and re.fullmatch(r"\s*,?\s*(?:or|and)?\s*(?:an?\s+|every\s+|all\s+)?",
                                                  text[ms[0][2]:ms[1][1]]):
        # "every cat or dog is a pet", "all squares and circles are shapes": each of the two is a subset
        pre.relations += [("inside", names[0], names[2], a, b), ("inside", names[1], names[2], a, b)]
        return True
    if not q and not neg and not only and len(names) == 2 and ms[0][1] == a and \
            re.fullmatch(r"\s+are\s+(?:all\s+|also\s+|likewise\s+)?", text[ms[0][2]:ms[1][1]]) and \
            re.fullmatch(r"\s*(?:,?\s*(?:too|as\s+well|also))?\s*[,.]?\s*", text[ms[1][2]:b]):
        # a generic plural, "Fish are animals too", "Whales are mammals": every X is a Y (Rosen §1.4 reads
        # "lions are cats" as ∀x (L(x) → C(x)))
        pre.relations.append(("inside", names[0], names[1], a, b))
        return True
    if not q or len(names) != 2 or only:
        return False
    if word in ("some",):
        if neg:  # "some A are not B": A has a part outside B (checked on the figure; impossible if A ⊆ B)
            pre.some_not.append((names[0], names[1], a, b))
            return True
        pre.relations.append(("overlaps", names[0], names[1], a, b))
        return True
    if word in ("every", "each", "all", "any", "everyone", "everybody", "everything") and not neg:
        pre.relations.append(("inside", names[0], names[1], a, b))
        return True
    return False


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
_BACK = re.compile(r"(?:\b(?:all|both|each|every\s+one|any|none|either|neither)\s+(?:of\s+)?)?"
                   r"\b(?:(?:all\s+)?the|these|those|all|both|our|its|their|my)\s*$", re.I)


_SET_ADJ = (r"(?:separate|disjoint|distinct|non-?overlapping|nonoverlapping|overlapping|intersecting|nested"
            r"|unrelated|independent)")
# "draw them as two sets", "they are 2 separate sets", "show P and E as two disjoint sets"
_AS_THEM = re.compile(r"\b(?:them|they|these|those|both|(?-i:[A-Z])\w{0,15}\s+and\s+(?-i:[A-Z])\w{0,15})"
                      r"\s+(?:as|are|be|form|make)\s*$", re.I)


def _generic_plural(phrase: str) -> bool:
    """A plural that names no count ("a diagram of number sets", "some nested circles"): it speaks of the
    named sets, never one more set."""
    low = phrase.lower()
    if re.search(r"\b(?:\d+|one|two|three|four|five|six|both|single|another|other|more|new|extra)\b", low):
        return False
    return bool(re.fullmatch(r"(?:(?:an?|the|some|these|those|our|my)\s+)?(?:[a-z-]+\s+){0,4}"
                             r"(?:sets|circles)", low))


def _counted_back(text: str, ents: list, rels: list, defined: list[str]) -> tuple[list, list]:
    """A count of sets that refers back to the sets already named ("A = {1, 2}, B = {3}, C = {4} — draw all
    three sets", "the two sets", "these 2 sets", "each of the three sets") is those sets, not as many more
    unnamed ones: its sets are the named ones, in the order named. A count that disagrees with the named
    sets ("the four sets" with three named) is refused naming the phrase (``UnsupportedError``), not padded."""
    from dataclasses import replace
    named: list[str] = []
    for n in [e.name for e in sorted((e for e in ents if e.kind == "set" and e.name), key=lambda e:
                                     e.span.start if e.span else 0)] + list(defined):
        if n not in named:
            named.append(n)
    from .sets_names import introduced
    touched = {r.source for r in rels} | {r.target for r in rels}
    ids_of = {e.name: e.id for e in ents if e.kind == "set" and e.name}
    named = [n for n in named if n in defined or ids_of.get(n) in touched or introduced(text, n)]   # not "Nothing"
    groups: dict[tuple[int, int], list] = {}
    for e in ents:
        if e.kind == "set" and e.name is None and e.span is not None:
            groups.setdefault((e.span.start, e.span.end), []).append(e)
    if not named or not groups:
        return ents, rels
    ids = {e.id: e.id for e in ents}
    drop: set[str] = set()
    for (a, b), grp in groups.items():
        phrase = text[a:b].strip()
        if _generic_plural(phrase) and len(grp) == 1 and grp[0].id not in touched:
            drop.add(grp[0].id)   # "a diagram of number sets", "nested circles": the named sets, not one more
            continue
        m = re.fullmatch(rf"(?:(?:all|the|these|those|both)\s+)*(\d+|two|three|four|five|six|both)\s+"
                         rf"(?:{_SET_ADJ}\s+)?sets", phrase, re.I)
        if not m or re.search(r"\b(?:other|more|further|additional|new|extra|another|different)\b",
                              text[max(0, a - 20):b], re.I):
            continue
        head = text[:a] + phrase[:m.start(1)]
        w = m.group(1).lower()
        n = int(w) if w.isdigit() else _COUNT_WORDS[w]
        # "three sets: Alpha, Beta and Gamma": the count's sets are the names listed right after it
        after = re.match(rf"\s*:\s*({_NAME}(?:\s*,\s*(?:and\s+)?{_NAME}|\s+and\s+{_NAME})+)\s*(?=[.;:!?\n]|$)", text[b:])
        listed = re.findall(_NAME, after.group(1)) if after else []
        if listed and all(any(x.name == nm for x in ents) for nm in listed) and len(grp) == n:
            if len(listed) != n:
                from ..errors import UnsupportedError
                raise UnsupportedError(
                    f"the phrase '{text[a:b]}' at {a}-{b} counts {n} sets but lists {len(listed)} "
                    f"({', '.join(listed)}); nesy neither adds unnamed sets nor drops named ones — make the count "
                    f"agree with the sets named")
            for e, name in zip(sorted(grp, key=lambda e: e.id), listed):
                ids[e.id] = next(x.id for x in ents if x.kind == "set" and x.name == name)
                drop.add(e.id)
            continue
        cue = _BACK.search(head) or w == "both" or _AS_THEM.search(head)
        if not cue and n != len(named):
            continue   # "A = {1}. Also draw two sets that overlap": not said to be the named ones
        if n != len(named) or len(grp) != n:
            from ..errors import UnsupportedError
            raise UnsupportedError(
                f"the phrase '{text[a:b]}' at {a}-{b} counts {n} sets but the text names {len(named)} "
                f"({', '.join(named)}); nesy neither adds unnamed sets nor drops named ones — make the count "
                f"agree with the sets named, or name every set")
        for e, name in zip(sorted(grp, key=lambda e: e.id), named):
            ids[e.id] = next((x.id for x in ents if x.kind == "set" and x.name == name), name)
            drop.add(e.id)
    if not drop:
        return ents, rels
    ents = [e for e in ents if e.id not in drop]
    out = []
    for r in rels:
        if r.source in drop and ids.get(r.source, r.source) == r.source or \
                r.target in drop and ids.get(r.target, r.target) == r.target:
            continue
        r = replace(r, source=ids.get(r.source, r.source), target=ids.get(r.target, r.target))
        if r.source != r.target:
            out.append(r)
    return ents, out


_INDEFINITE = re.compile(r"(?i)(?:a|an|one)\s+(?P<noun>[a-z]+)")


def _named_back(text: str, ents: list, rels: list) -> tuple[list, list, list[tuple[int, int]]]:
    """A set brought in unnamed by a noun ("a survey of a class of 30 students") and named later by a definite
    phrase of the same noun ("Universe U = the whole class", "let U be the class", "U is that class") is that
    named set: one set, not two (drawn apart, the unnamed one was an extra region). Returns the entities and
    relations with the unnamed set merged into the named one, and the naming phrases (read)."""
    from dataclasses import replace as _replace
    names = {e.name: e.id for e in ents if e.kind == "set" and e.name}
    gone: dict[str, str] = {}
    said: list[tuple[int, int]] = []
    for e in ents:
        if e.kind != "set" or e.name or e.span is None:
            continue
        m = _INDEFINITE.fullmatch(e.span.text.strip())
        if not m:
            continue
        back = re.compile(rf"(?<![\w{{])(?P<n>{_NAME})\s*(?:=|:=|≔|\bis\b|\bbe\b|\bdenotes\b|\bstands\s+for\b)\s*"
                          rf"(?:the|this|that|our|my)\s+(?:(?:whole|entire|same|full)\s+)?{re.escape(m.group('noun'))}s?\b")
        for h in back.finditer(text, e.span.end):
            if h.group("n") in names and names[h.group("n")] not in gone:
                gone[e.id] = names[h.group("n")]
                said.append((h.start(), h.end()))
                break
    if not gone:
        return ents, rels, []
    ents = [x for x in ents if x.id not in gone]
    out, seen = [], set()
    for r in rels:
        r = _replace(r, source=gone.get(r.source, r.source), target=gone.get(r.target, r.target))
        if r.source != r.target and (r.kind, r.source, r.target) not in seen:
            seen.add((r.kind, r.source, r.target))
            out.append(r)
    return ents, out, said


def read(text: str, *, allow_unknown: bool = False):
    """``text`` → ``SceneGraph``: the pre-read clauses as relations, the rest read by the shared grammar.
    Spans point into ``text``; a clause read but not drawable is in ``scene.unknown`` (or refused with
    ``UnknownWordsError`` unless ``allow_unknown``)."""
    from dataclasses import replace

    from ..errors import UnknownWordsError
    from ..parse.grammar import parse_text
    from ..types import Entity, Relation, Span, _freeze, _thaw
    pre = pre_read(text)
    unknown = list(pre.unknown)
    if pre.text.strip(" \t\n;,.:") or not (pre.relations or pre.common or pre.defined or pre.pairwise
                                             or pre.loose_members):   # "x is an element of A": read whole
        sg = parse_text(pre.text, "sets", allow_unknown=allow_unknown)
    else:
        from ..types import SceneGraph
        sg = SceneGraph("sets", pre.text)
    ents = list(sg.entities)
    rels = list(sg.relations)
    if pre.renamed:   # the placeholders give their names back
        ents = [replace(e, id=pre.renamed.get(e.id, e.id), name=pre.renamed.get(e.name, e.name)) for e in ents]
        rels = [replace(r, source=pre.renamed.get(r.source, r.source), target=pre.renamed.get(r.target, r.target))
                for r in rels]
    # "… Y and Z overlap but X and Z touch nothing": a relation whose object is the name right after a
    # contrasting conjunction took the next clause's subject for its object — a misreading, not drawn
    bad = [r for r in rels if r.span is not None and re.search(rf"\b(?:but|yet|whereas|while)\s+{_NAME}\s*$", r.span.text)]
    if bad:
        rels = [r for r in rels if r not in bad]
        unknown += [(r.span.start, r.span.end) for r in bad]
    ents, rels = _counted_back(text, ents, rels, [n for n, _, _ in pre.defined])
    by_name = {(e.name or e.id): e.id for e in ents if e.kind != "element"}

    def eid(name: str, at: tuple[int, int] | None = None) -> str:
        if name not in by_name:
            if at is None:
                m = re.search(rf"(?<![\w{{]){re.escape(name)}(?![\w}}])", text)
                at = (m.start(), m.end()) if m else (0, 0)
            ents.append(Entity(name, "set", name, (), Span(at[0], at[1], text[at[0]:at[1]])))
            by_name[name] = name
        return by_name[name]
    for name, a, b in pre.defined:
        eid(name, (a, b))
    have = {(r.kind, r.source, r.target) for r in rels}

    def add(kind: str, x: str, y: str, a: int, b: int) -> None:
        i, j = eid(x), eid(y)
        if i == j or (kind, i, j) in have or (kind in ("outside", "overlaps") and (kind, j, i) in have):
            return
        have.add((kind, i, j))
        rels.append(Relation(kind, i, j, Span(a, b, text[a:b])))
    for kind, x, y, a, b in pre.relations:
        add(kind, x, y, a, b)
    setnames = set(by_name)
    if pre.members:   # "put each element in its region": the listed members, not more of them
        generic = {e.id for e in ents if e.kind == "element" and e.name is None}
        pre.ignored += [(e.span.start, e.span.end) for e in ents if e.id in generic and e.span is not None]
        ents = [e for e in ents if e.id not in generic]
        rels = [r for r in rels if r.source not in generic and r.target not in generic]
    # the listed members, then each member placed by its own sentence ("the number 7 is an element of both A and C")
    for x, s_, a, b, ra, rb in (*pre.members, *pre.loose_members):
        i = x if x not in setnames else f"{x}_el"
        if all(e.id != i for e in ents):
            ents.append(Entity(i, "element", x, (), Span(a, b, text[a:b])))
        s_id = eid(s_)
        if ("element_of", i, s_id) not in have:
            have.add(("element_of", i, s_id))
            rels.append(Relation("element_of", i, s_id, Span(ra, rb, text[ra:rb])))
    for x, s_, a, b in pre.members_outside:   # "… but isn't a metal": the member drawn outside the set
        i = x if x not in setnames else f"{x}_el"
        if any(e.id == i for e in ents):
            have.add(("outside", i, eid(s_)))
            rels.append(Relation("outside", i, eid(s_), Span(a, b, text[a:b])))
        else:
            unknown.append((a, b))
    for x, s_, a, b in pre.number_members:   # a listed member of a set of numbers ("2" of A in the evens E)
        i = x if x not in setnames else f"{x}_el"
        if any(e.id == i for e in ents) and ("element_of", i, eid(s_)) not in have:
            have.add(("element_of", i, eid(s_)))
            rels.append(Relation("element_of", i, eid(s_), Span(a, b, text[a:b])))
    from .sets_roster import derived_relations
    derived, equal = derived_relations(pre.members)
    for kind, x, y, a, b in derived:   # rosters fix how their sets relate (Rosen §2.1)
        add(kind, x, y, a, b)
    unknown += equal
    from .sets_names import introduced, prune_sets   # a capital alone names no set ("Helping …", "'Let A = …'", "I need …")
    used = {n for n, _, _ in pre.defined} | {s for _, s, *_ in pre.members} | {s for _, s, *_ in pre.loose_members} | \
        {n for c in pre.counts for n in c.what[1:]} | {n for x, y, *_ in pre.some_not for n in (x, y)} | \
        {n for n, *_ in pre.only}
    from .sets_names import listed_group   # "Cats and Dogs, no overlap": the list the statement is about
    used |= {n for _, g, *_ in pre.pairwise for n in listed_group(text, g)} | \
        {n for g, *_ in pre.common for n in listed_group(text, g)}
    before = {e.name for e in ents if e.kind == "set" and e.name}
    ents, rels, said = _named_back(text, ents, rels)    # "a class of 30 … Universe U = the whole class"
    pre.ignored += said
    ents, rels, dropped, unsaid = prune_sets(text, ents, rels, used)
    pre.ignored += dropped
    unknown += unsaid
    have_sets = tuple(e.name for e in ents if e.kind == "set" and e.name)
    gone = before - set(have_sets)

    def fits(n: str) -> bool:
        return n in have_sets or (n not in gone and (n in used or introduced(text, n, have_sets)))
    # a group read from every capitalised word of its sentence ("I need sets A, B and C where every pair
    # intersects") holds only the words used as sets
    pre.common = [(tuple(n for n in g if fits(n)), a, b, s) for g, a, b, s in pre.common]
    pre.pairwise = [(k, tuple(n for n in g if fits(n)), a, b) for k, g, a, b in pre.pairwise]
    sets = [e.id for e in ents if e.kind == "set"]
    attrs = _thaw(sg.attributes) if sg.attributes else {}
    for named, a, b, shared in pre.common:
        grp = [eid(n) for n in named] if named else sets
        if len(grp) not in (2, 3):   # "in all of them" with no three (or two) sets to name
            unknown.append((a, b))
            continue
        for k in range(len(grp)):
            for m in range(k + 1, len(grp)):
                add("overlaps", grp[k], grp[m], a, b)
        if len(grp) == 3 and shared:
            attrs.setdefault("common", []).append({"sets": list(grp), "span": {"start": a, "end": b,
                                                                              "text": text[a:b]}})
    for kind, named, a, b in pre.pairwise:   # "every pair overlaps", "no two of them meet"
        grp = [eid(n) for n in named] if named else sets
        if len(grp) < 2:
            unknown.append((a, b))
            continue
        for k in range(len(grp)):
            for m in range(k + 1, len(grp)):
                add(kind, grp[k], grp[m], a, b)
    for kind, named, a, b in pre.both:   # "both": two sets, named in its sentence or the figure's only two
        # (capitalised words of the sentence that are no set — "Colleague: Hang on, … nobody ticked both" — name
        # none: the figure's only two are meant)
        grp = [eid(n) for n in named] if named and all(eid(n) in sets for n in named) else sets
        if len(grp) != 2:
            unknown.append((a, b))
            continue
        add(kind, grp[0], grp[1], a, b)
    for kind, x, y, a, b in pre.apposed:
        if any({r.source, r.target} == {eid(x), eid(y)} and r.kind != kind for r in rels):
            unknown.append((a, b))
        else:
            add(kind, x, y, a, b)
    for x, y, a, b in pre.some_not:
        attrs.setdefault("some_not", []).append({"sets": [eid(x), eid(y)],
                                                 "span": {"start": a, "end": b, "text": text[a:b]}})
    from .sets_forced import forced_overlaps   # "Q ⊂ P. R ∩ Q ≠ ∅. R ⊄ P": R overlaps P too
    for x, c, a, b in forced_overlaps(rels, [(eid(x), eid(y), a, b) for x, y, a, b in pre.some_not]):
        add("overlaps", x, c, a, b)
    for n, words, a, b in pre.described:
        if by_name.get(n) not in {e.id for e in ents if e.kind == "set"}:
            # a description alone makes no set ("Note (diagram): show …"): its words are not drawn
            unknown.append((a, b))
            continue
        attrs.setdefault("described", []).append({"set": eid(n), "words": words,
                                                  "span": {"start": a, "end": b, "text": text[a:b]}})
    for n, a, b in pre.ordinals:   # "a fourth set D" with four sets drawn: said, and true of the figure
        (pre.ignored if len([e for e in ents if e.kind == "set"]) >= n else unknown).append((a, b))
    for name, a, b in pre.only:
        x = eid(name)
        if any(r.kind == "inside" and r.source == x for r in rels):
            continue   # "nobody plays only tennis: every tennis player plays football" — said twice
        others = [s for s in sets if s != x]
        if len(others) == 1:
            add("inside", x, others[0], a, b)
        else:          # outside the union of several sets: a fact nesy's layout does not state
            unknown.append((a, b))
    if pre.counts:
        from .sets_count_scene import add_counts
        add_counts(text, pre, ents, rels, attrs, eid, add, unknown)
    else:   # numbers for the regions with no counts to check them against: not drawn
        unknown += [(a, b) for _, a, b in pre.region_numbers]
        # "no universe box needed": read when the figure draws no universe, else not drawn (and refused)
        from ..types import SceneGraph
        from .sets_draw import universe_of
        framed = universe_of(SceneGraph("sets", text, tuple(ents), tuple(rels))) is not None
        (unknown if framed else pre.ignored).extend(pre.no_frame)
    related = {frozenset((r.source, r.target)) for r in rels if r.kind in ("inside", "outside", "overlaps")}
    setids = [e.id for e in ents if e.kind == "set"]
    every = len(setids) >= 2 and all(frozenset((p, q)) in related for k, p in enumerate(setids) for q in setids[k + 1:])
    # "showing how they are related": what the figure shows when every two sets are related, else not drawn
    (pre.ignored if every else unknown).extend(pre.relate)
    for name, a, b in getattr(pre, "needs_relation", []):
        # "A = years divisible by 4": drawn only when the text fixes how A relates to every other set
        if not all(_determined(rels, by_name.get(name, name), e.id) for e in ents if e.kind == "set" and e.id != by_name.get(name)):
            from ..errors import UnsupportedError
            phrase = text[a:b].rstrip()
            raise UnsupportedError(
                f"'{phrase}' at {a}-{a + len(phrase)} defines a set by words nesy does not read, so which members it "
                f"has — and how it relates to the other sets — is not known; list its members ('{name} = {{a, b, c}}') "
                f"or say how it relates to the others")
    if unknown and not allow_unknown:
        raise UnknownWordsError([(text[a:b], a, b) for a, b in unknown], text,
                                "nesy does not draw these statements (an empty region of overlapping sets, a set that is "
                                "not a subset of another, a set outside the union of several, an ordinal with too few sets)")
    # a word that is a set's own name in other case or number ("(football, basketball, tennis)" with the
    # sets Football, Basketball, Tennis) names that set: read, nothing more to draw
    setnames = {f(label.lower()) for e in ents if e.kind == "set" for label in [e.name or e.id] if len(label) > 2
                for f in (str, singular)}
    named = [s for s in sg.unknown if s.text.lower() in setnames or singular(s.text.lower()) in setnames
             or any(a <= s.start and s.end <= b for a, b in said)]
    sg = replace(sg, unknown=tuple(s for s in sg.unknown if s not in named))
    ignored = tuple(sg.ignored) + tuple(named) + tuple(Span(a, b, text[a:b]) for a, b in pre.ignored)
    return replace(sg, text=text, entities=tuple(ents), relations=tuple(rels), attributes=_freeze(attrs),
                   ignored=tuple(sorted(ignored, key=lambda s: (s.start, s.end))),
                   unknown=tuple(sg.unknown) + tuple(Span(a, b, text[a:b]) for a, b in unknown))


def supersets(rels, i: str) -> set[str]:
    """The sets that set ``i`` lies inside through a chain of ``inside`` relations (⊆ is transitive), not ``i``."""
    up: dict[str, set[str]] = {}
    for r in rels:
        if r.kind == "inside":
            up.setdefault(r.source, set()).add(r.target)
    out, todo = set(), [i]
    while todo:
        for t in up.get(todo.pop(), ()):
            if t not in out:
                out.add(t)
                todo.append(t)
    return out


def _determined(rels, x: str, y: str) -> bool:
    """Whether the relations fix how sets ``x`` and ``y`` relate: a relation between them, one inside the other
    through a chain, or each inside (or equal to) one of two disjoint sets (Rosen §2.1: ⊆ is transitive; a subset
    of a set disjoint from B is disjoint from B)."""
    ax, ay = {x} | supersets(rels, x), {y} | supersets(rels, y)
    if y in ax or x in ay:
        return True
    pairs = {frozenset((r.source, r.target)) for r in rels if r.kind in ("overlaps", "outside")}
    if frozenset((x, y)) in pairs:
        return True
    apart = {frozenset((r.source, r.target)) for r in rels if r.kind == "outside"}
    return any(frozenset((p, q)) in apart for p in ax for q in ay)
