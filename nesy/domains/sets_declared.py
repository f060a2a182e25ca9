"""Sets: relations declared in forms other than a sentence "A is a subset of B" — facts, definition lists, and
verb phrases the grammar's relation list does not hold.

* Prolog-style facts, ``subset(noble_gases, gases).``, ``overlap(a, b).``, ``disjoint(a, b).`` (Sterling &
  Shapiro, *The Art of Prolog*, §1.1: a fact is a predicate over its arguments; ``%`` opens a comment, read as
  nothing to draw): each fact one relation, each argument a set named as written (``read_facts``);
* a definition list, ``(b) "Britain" means the island of Great Britain, which lies wholly within the UK;``:
  each quoted (or capitalised) name defined by "means"/"denotes"/"refers to" is a set; its definition's words
  describe it and name no set of their own ("Northern Ireland" inside the definition of "UK" is no region), and
  a relation clause of the definition ("which lies wholly within the UK", "shares part of its area with the
  UK", "but is not contained in it") relates the defined set to another defined one. A definition that holds a
  relation word nesy does not read is refused by its phrase: a figure drawn without it would be wrong
  (``read_means``);
* relation verbs outside the grammar's list, between two sets the text names (``read_phrases``): "stand(s)
  entirely apart from" (disjoint), "shares part of its … with", "lies wholly within", "with no overlap with Q"
  after a clause's subject, "sit(s) across both" (overlaps each of the two sets named before), "isn't inside
  either" (part of it outside each, Rosen §1.4: ¬(A ⊆ B) ≡ ∃x (x ∈ A ∧ x ∉ B)), "every A and every B is a C"
  (each a subset of C, Rosen §1.4: ∀x (A(x) ∨ B(x) → C(x))).

Rosen, *Discrete Mathematics and Its Applications* (7th ed.) §2.1–2.2: A ⊆ B, A ∩ B = ∅, A ∩ B ≠ ∅.
"""
from __future__ import annotations

import re

__all__ = ["read_facts", "read_means", "read_phrases", "read_compound_every", "read_set_glosses", "read_asides", "read_contractions", "equals_aliases", "describe_equals", "read_across", "definition_list", "read_speaker", "read_groups_both", "read_because_so"]

_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,15})"
_ARG = r"[A-Za-z][A-Za-z0-9_]{0,30}"
_FACT = re.compile(rf"(?m)(?<![\w])(?P<p>subset|proper_subset|subset_of|inside|overlaps?|intersects?|disjoint)"
                   rf"\(\s*(?P<a>{_ARG})\s*,\s*(?P<b>{_ARG})\s*\)\s*\.?")
_KIND = {"subset": "inside", "proper_subset": "inside", "subset_of": "inside", "inside": "inside",
         "overlap": "overlaps", "overlaps": "overlaps", "intersect": "overlaps", "intersects": "overlaps",
         "disjoint": "outside"}


def read_facts(text: str, chars: list[str], pre, blank) -> None:
    """``subset(a, b).`` facts (see the module docstring): relations by the arguments as written; a ``%``
    comment in a text of two or more facts is commentary, nothing to draw."""
    facts = list(_FACT.finditer(text))
    if len(facts) < 2:
        return
    for m in facts:
        a, b = m.group("a"), m.group("b")
        pre.relations.append((_KIND[m.group("p").lower()], a, b, m.start(), m.end()))
        pre.defined += [(a, m.start("a"), m.end("a")), (b, m.start("b"), m.end("b"))]
        blank(chars, m.start(), m.end())
    for m in re.finditer(r"(?m)%[^\n]*", text):
        pre.ignored.append((m.start(), m.end()))
        blank(chars, m.start(), m.end())


# a relation clause inside a definition, its subject the defined set ("which lies wholly within the UK")
_ADV = r"(?:(?:wholly|entirely|completely|fully|totally|strictly|partly|partially|only)\s+)?"
_OBJ = r"(?:the\s+)?(?P<o>[\"“']?(?:{name})[\"”']?|it|them)"
_CLAUSES = (
    ("inside", rf"(?:lies?|sits?|falls?|is|are|being)\s+{_ADV}(?:contained\s+|included\s+|located\s+|situated\s+)?"
               rf"{_ADV}(?:with)?in(?:side)?(?:\s+of)?\s+"),
    ("inside", r"(?:forms?|is|are)\s+(?:a\s+|one\s+)?part\s+of\s+"),
    ("overlaps", r"shares?\s+(?:a\s+|some\s+)?(?:part|parts|some|portion)\s+(?:of\s+(?:its|their)\s+\w+\s+)?with\s+"),
    ("overlaps", r"(?:partly|partially)\s+overlaps?\s+(?:with\s+)?|overlaps?\s+(?:with\s+)?"),
    ("outside", r"(?:has|have)\s+no\s+\w+\s+in\s+common\s+with\s+|(?:lies?|is|are|stands?)\s+" + _ADV +
                r"(?:apart\s+from|outside(?:\s+of)?|separate\s+from|disjoint\s+from)\s+"),
    ("not_inside", r"(?:(?:is|are)\s+not|isn'?t|aren'?t)\s+" + _ADV + r"(?:contained\s+|included\s+)?"
                   r"(?:with)?in(?:side)?\s+"),
)
_MEANS = re.compile(r"(?m)(?:^|(?<=[;:.])|(?<=\s)(?=[\"“]))\s*(?:\(\s*(?:[a-z]|[ivx]{1,4}|\d{1,2})\s*\)\s*)?"
                    r"(?P<q>[\"“']?)(?P<n>[A-Z][A-Za-z0-9_ ]{0,30}?)[\"”']?\s+"
                    r"(?:means|denotes|refers\s+to|stands\s+for|is\s+defined\s+as)\s+(?P<d>[^;\n]*?)\s*(?=;|\.\s|\.$|\n|$)")
_MARK = re.compile(r"(?m)(?:^|(?<=[;:.]\s))\s*\(\s*(?:[a-z]|[ivx]{1,4}|\d{1,2})\s*\)\s*")
_PREAMBLE = re.compile(r"(?i)\bfor\s+the\s+purposes?\s+of\s+(?:this|these|the)\s+\w+\s*[:,]?|"
                       r"\b(?:in|for)\s+(?:this|the)\s+(?:figure|diagram|drawing|map|picture)\s*[:,]?|\b(?:so|thus|as|here)\s+defined\b")


def read_means(text: str, chars: list[str], pre, blank, relation_rx: re.Pattern) -> set[str]:
    """A definition list (see the module docstring): the defined names as sets, the relation clauses of their
    definitions as relations, the definitions' other words as their descriptions; the names defined."""
    from ..errors import UnsupportedError
    defs = [m for m in _MEANS.finditer(text) if m.group("q") or len(m.group("n").split()) == 1]
    if len(defs) < 2:
        return set()
    names = [m.group("n").strip() for m in defs]
    name_rx = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    for m in defs:
        me, d0 = m.group("n").strip(), m.start("d")
        desc = list(text[d0:m.end("d")])
        for kind, verb in _CLAUSES:
            rx = re.compile(rf"(?i)\b(?:{verb})" + _OBJ.format(name=name_rx) + r"(?![\w])")
            for c in rx.finditer("".join(desc)):
                obj = c.group("o").strip("\"“”'")
                if obj.lower() in ("it", "them"):
                    # "it": the other set this definition named last ("… with the UK … not contained in it")
                    said = [n for n in re.findall(rf"\b(?:{name_rx})\b", text[d0:d0 + c.start()]) if n != me]
                    if not said:
                        continue
                    obj = said[-1]
                if obj == me:
                    continue
                a, b = d0 + c.start(), d0 + c.end()
                if kind == "not_inside":
                    pre.some_not.append((me, obj, a, b))
                else:
                    pre.relations.append((kind, me, obj, a, b))
                desc[c.start():c.end()] = " " * (c.end() - c.start())
        rest = "".join(desc)
        left = relation_rx.search(re.sub(r"\bof\b", "  ", rest))
        if not (left and re.search(r"[a-z]", left.group())):
            # another defined set named on its own (not inside a longer proper name, "Northern Ireland") in words
            # not read: the definition relates the two in a way nesy did not read ("which touches P somehow")
            left = next((k for k in re.finditer(rf"(?<![\w\"“])(?:{name_rx})(?![\w\"”])", rest)
                         if k.group() != me and not re.search(r"[A-Z][a-z]*\s+$", rest[:k.start()])
                         and not re.match(r"\s+[A-Z]", rest[k.end():])), None)
            if left is not None:
                k0 = max(rest.rfind(c, 0, left.start()) for c in ",(") + 1
                left = re.match(r"\s*(.*)", rest[k0:left.end()])
                a = d0 + k0 + left.start(1)
                raise UnsupportedError(f"'{text[a:d0 + k0 + left.end()]}' at {a}-{d0 + k0 + left.end()} in the definition of "
                                       f"'{me}' relates it to another set in words nesy does not read, so the figure would "
                                       f"show it wrong; say it as 'X is inside Y', 'X overlaps Y' or 'X and Y are disjoint'")
        if left and re.search(r"[a-z]", left.group()):
            a = d0 + left.start()
            raise UnsupportedError(f"'{text[a:a + len(left.group())]}' at {a}-{a + len(left.group())} in the definition "
                                   f"of '{me}' relates it in words nesy does not read, so the figure would show it "
                                   f"wrong; say it as 'X is inside Y', 'X overlaps Y' or 'X and Y are disjoint'")
        pre.defined.append((me, m.start("n"), m.start("n") + len(me)))
        pre.described.append((me, m.group("d"), m.start("d"), m.end("d")))
        blank(chars, m.start("n") + len(me), m.end())
        blank(chars, m.start(), m.start("n"))
    for m in [*_MARK.finditer(text), *_PREAMBLE.finditer(text)]:
        pre.ignored.append((m.start(), m.end()))
        blank(chars, m.start(), m.end())
    return set(names)


def _clause_start(s: str, at: int) -> int:
    return max(s.rfind(c, 0, at) for c in ".;:!?\n,") + 1


def read_phrases(text: str, chars: list[str], pre, res, blank) -> None:
    """Relation verbs the grammar does not list, between sets the text names (see the module docstring)."""
    s = "".join(chars)

    def name_at(word: str) -> str | None:
        return res.which(word) if word else None
    obj = r"(?:the\s+)?(?P<b>[A-Za-z][A-Za-z0-9_]{0,20})"
    table = (
        ("outside", rf"(?P<a>[A-Za-z][A-Za-z0-9_]{{0,20}})(?:\s*,[^,.;]{{0,80}},)?\s+(?:stands?|sits?|stays?|lies?|is|are)"
                    rf"\s+(?:entirely|wholly|completely|quite|totally|well)\s+(?:apart|separate)\s+from\s+{obj}"),
        ("outside", rf"(?P<a>[A-Za-z][A-Za-z0-9_]{{0,20}})(?:\s*,[^,.;]{{0,80}},)?\s+stands?\s+apart\s+from\s+{obj}"),
        ("inside", rf"(?P<a>[A-Za-z][A-Za-z0-9_]{{0,20}})\s+(?:lies?|sits?|is|are)\s+(?:wholly|entirely|completely|fully)\s+"
                   rf"(?:with)?in(?:side)?\s+{obj}"),
        ("overlaps", rf"(?P<a>[A-Za-z][A-Za-z0-9_]{{0,20}})\s+shares?\s+(?:a\s+|some\s+)?(?:part|parts|some|portion)\s+of\s+"
                     rf"(?:its|their)\s+\w+\s+with\s+{obj}"),
    )
    for kind, rx in table:
        for m in re.finditer(rx, s, re.IGNORECASE):
            a, b = name_at(m.group("a")), name_at(m.group("b"))
            if a is None or b is None or a == b:
                continue
            pre.relations.append((kind, a, b, m.start(), m.end()))
            aside = re.match(r"\s*,([^,.;]*),", s[m.end("a"):m.end()])
            if aside and re.search(r"\d", aside.group(1)):   # "which make up some 97 % of species": a value, not drawn
                pre.unknown.append((m.end("a") + aside.start(1), m.end("a") + aside.end(1)))
            blank(chars, m.start(), m.end())
    s = "".join(chars)
    # "I inside R with no overlap with Q": the clause's subject kept apart from Q
    for m in re.finditer(r"(?i)\s*,?\s*\b(?:with\s+no\s+overlap\s+with|without\s+(?:any\s+)?overlap(?:ping)?\s+(?:with\s+)?|"
                         r"with\s+nothing\s+in\s+common\s+with)\s+(?:the\s+)?(?P<b>[A-Za-z][A-Za-z0-9_]{0,20})", s):
        b = name_at(m.group("b"))
        subj = re.match(r"\s*(?:and\s+|but\s+)?(?:the\s+)?(?:\w+\s+)??(?P<a>[A-Za-z][A-Za-z0-9_]{0,20})\b",
                        s[_clause_start(s, m.start()):m.start()])
        a = name_at(subj.group("a")) if subj else None
        if a is None or b is None or a == b:
            continue
        pre.relations.append(("outside", a, b, m.start(), m.end()))
        blank(chars, m.start(), m.end())


def _two_before(text: str, res, a: str, at: int) -> list[str]:
    """The two sets a "both"/"either" at ``at`` means: the two other sets named in its sentence, else in the text
    before it."""
    start = max(text.rfind(c, 0, at) for c in ".;!?\n") + 1
    said = [n for n, _, _ in res.mentions(text, start, at) if n != a]
    if len(said) != 2:
        said = [n for n, _, _ in res.mentions(text, 0, at) if n != a]
    return said


def read_across(text: str, chars: list[str], pre, res, blank) -> None:
    """"C sits across both (A and B)": C overlaps each of the two; "C … isn't inside either": part of C outside
    each (see the module docstring). Read before the counts reader, which takes "both" for a count."""
    def name_at(word: str) -> str | None:
        return res.which(word) if word else None
    s = "".join(chars)
    # "C sits across both (A and B)": overlaps each of the two sets named before it
    for m in re.finditer(r"(?i)\b(?P<a>[A-Za-z][A-Za-z0-9_]{0,20})\s+(?:(?:sits?|lies?|spreads?|cuts?|is|are|reaches|reach)"
                         r"\s+(?:across|over|into)|(?:straddles?|spans?|bridges?))\s+both(?:\s+(?:of\s+them|sets|regions|circles))?"
                         r"(?:\s+(?P<x>[A-Za-z][A-Za-z0-9_]{0,20})\s+and\s+(?P<y>[A-Za-z][A-Za-z0-9_]{0,20}))?\b", s):
        a = name_at(m.group("a"))
        if a is None:
            continue
        two = [name_at(m.group("x")), name_at(m.group("y"))] if m.group("x") else _two_before(text, res, a, m.start())
        if len(two) != 2 or None in two or a in two:
            pre.unknown.append((m.start(), m.end()))
        else:
            for t in two:
                pre.relations.append(("overlaps", a, t, m.start(), m.end()))
        blank(chars, m.start(), m.end())
    s = "".join(chars)
    # "… but isn't inside either (of them)": part of it outside each of the two it overlaps
    for m in re.finditer(r"(?i)\b(?:(?:is|are)\s+not|isn'?t|aren'?t)\s+(?:inside|in|within|contained\s+in)\s+either"
                         r"(?:\s+(?:one|of\s+them|set))?\b", s):
        # its subject: the last set of the sentence that is the subject of a verb of meeting ("C overlaps A and
        # overlaps B but isn't inside either", "Primes sits across both but isn't inside either")
        start = max(text.rfind(c, 0, m.start()) for c in ".;!?\n") + 1
        verbs = list(re.finditer(r"(?i)\b(?P<n>[A-Za-z][A-Za-z0-9_]{0,20})\s+(?:(?:also|both|each)\s+)?(?:overlaps?|intersects?|"
                                 r"meets?|sits?|spans?|straddles?|cuts?|crosses|cross|lies|lie|bridges?|reaches|reach)\b",
                                 text[start:m.start()]))
        subjects = [res.which(v.group("n")) for v in verbs]
        subjects = [x for x in subjects if x is not None]
        a = subjects[-1] if subjects else None
        two = _two_before(text, res, a, m.start()) if a else []
        if len(two) == 2:
            pre.some_not += [(a, two[0], m.start(), m.end()), (a, two[1], m.start(), m.end())]
        else:
            pre.unknown.append((m.start(), m.end()))
        blank(chars, m.start(), m.end())




def read_compound_every(text: str, chars: list[str], pre, res, blank) -> None:
    """"every A and every B is a C" (see the module docstring): A ⊆ C and B ⊆ C."""
    s = "".join(chars)
    for m in re.finditer(r"(?i)\b(?:every|each|all)\s+(?P<a>[a-z]+)\s+and\s+(?:every|each|all)\s+(?P<b>[a-z]+)\s+"
                         r"(?:is|are)\s+(?:also\s+)?(?:an?\s+)?(?P<c>[a-z]+)\b", s):
        a, b, c = (res.which(m.group(k)) for k in "abc")
        if None in (a, b, c) or len({a, b, c}) != 3:
            if res.mentions(text, m.start(), m.end()):   # read in part: not drawn, never half of it
                pre.unknown.append((m.start(), m.end()))
                blank(chars, m.start(), m.end())
            continue
        pre.relations += [("inside", a, c, m.start(), m.end()), ("inside", b, c, m.start(), m.end())]
        blank(chars, m.start(), m.end())
    s = "".join(chars)
    # "every Q year is a leap year and is also in C": one subject, two inclusions
    obj = r"(?:(?:an?\s+|in\s+(?:the\s+)?|inside\s+|within\s+)(?P<{k}>[A-Za-z][A-Za-z0-9_]*)(?:\s+(?P<{k}2>[a-z]+))?)"
    for m in re.finditer(r"(?i)\b(?:every|each|all|any)\s+(?P<a>[A-Za-z][A-Za-z0-9_]*)(?:\s+(?P<a2>[a-z]+))?\s+(?:is|are)\s+"
                         r"(?:also\s+)?" + obj.format(k="b") + r"\s*,?\s+and\s+(?:(?:is|are)\s+)?(?:also\s+)?"
                         + obj.format(k="c") + r"(?:\s+too|\s+as\s+well)?(?=\s*(?:[.;:!?\n]|$))", s):
        def pick(k: str) -> str | None:   # "Q year" (a name and its noun), "leap year" (the words of L)
            w, w2 = m.group(k), m.group(k + "2")
            got = res.which(w)
            if got is None and w2:
                got = res.which(w2)
            return got
        a, b, c = pick("a"), pick("b"), pick("c")
        if None in (a, b, c) or len({a, b, c}) != 3:
            continue
        pre.relations += [("inside", a, b, m.start(), m.end()), ("inside", a, c, m.start(), m.end())]
        blank(chars, m.start(), m.end())


_GLOSS = re.compile(rf"\bthe\s+set\s+(?P<n>{_NAME})\s*(?:\((?P<m>[^()\n]{{1,200}})\)|,\s*(?P<d>(?:of|namely|i\.e\.|that\s+is|"
                    rf"consisting\s+of|made\s+up\s+of)\s+[^.;:!?()\n]{{1,120}}?)\s*(?=[.;:!?\n]|$))")


def read_set_glosses(text: str, chars: list[str], pre, blank) -> None:
    """"the set Rocky (Mercury, Venus, Earth, Mars)", "the set Moons, of the planets which possess at least one
    moon": what the set is, said right after its name — its description, no set or count of its own. A gloss
    that names another capitalised set after a relation word is no description and is left to the readers."""
    for m in _GLOSS.finditer(text):
        words = m.group("m") or m.group("d")
        a, b = (m.start("m"), m.end("m")) if m.group("m") else (m.start("d"), m.end("d"))
        if re.search(r"\b(?:subset|inside|within|overlaps?|intersects?|disjoint|apart|contains?)\b", words, re.I) or \
                (m.group("m") and re.search(r"\d", words)):
            continue   # a relation, or members by number ("the set A (1, 2, 3)"): left to the readers of those
        pre.defined.append((m.group("n"), m.start("n"), m.end("n")))
        pre.described.append((m.group("n"), words, a, b))
        if m.group("m"):   # its members, by name: words that name no set of their own later ("(Earth and Mars …)")
            pre.gloss_members = getattr(pre, "gloss_members", set()) | set(re.findall(r"[A-Z][A-Za-z0-9_]*", words))
        blank(chars, a - 1 if m.group("m") else a, b + 1 if m.group("m") else b)


def read_asides(text: str, chars: list[str], pre, names: set[str], blank, relation_rx: re.Pattern) -> None:
    """A bracketed aside right after a relation statement that names no set — its examples or reason, "Flyers
    overlaps Mammals (bats!)", "Rocky and Moons are overlapping (Earth and Mars have moons, Mercury and Venus
    no)" with Earth … listed as Rocky's members: what the statement rests on, nothing more to draw (the
    relation itself is drawn). An aside that names a set is left to the readers."""
    members = getattr(pre, "gloss_members", set())
    s = "".join(chars)
    for m in re.finditer(r"\(([^()\n]{1,160})\)", s):
        inner = m.group(1)
        start = max(s.rfind(c, 0, m.start()) for c in ".;:!?\n") + 1
        if not relation_rx.search(s[start:m.start()]):
            continue
        caps = {w for w in re.findall(r"(?<![\w{])[A-Z][A-Za-z0-9_]{0,15}(?![\w}])", inner)}
        # the statement's own sets may be named in it ("C and L overlap (2000 is in both, 1900 only in C)")
        own = set(re.findall(r"(?<![\w{])[A-Z][A-Za-z0-9_]{0,15}(?![\w}])", s[start:m.start()]))
        if any(w in names and w not in members and w not in own for w in caps):
            continue
        # an example with numbers ("2000 is in both"): members the figure does not draw, handed back as not drawn
        (pre.unknown if re.search(r"\d", inner) else pre.ignored).append((m.start(), m.end()))
        blank(chars, m.start(), m.end())


# a pronoun's contraction ("that's", "it's", "here's"): no member named 's'
_CONTRACTION = re.compile(r"(?i)\b(?:(?:it|let|who|where|he|she)['’]s|(?:that|what|there|here)['’]?s)\b")


def read_contractions(chars: list[str], pre, blank) -> None:
    """Blank the "'s" of a pronoun's contraction, which the grammar would read as an element named s."""
    for m in _CONTRACTION.finditer("".join(chars)):
        blank(chars, m.end() - 2, m.end())


_EQUALS = re.compile(r"(?<![\w{])(?P<n>[A-Z][A-Za-z0-9_]{0,15})\s*=\s*(?P<d>[a-z][a-z0-9 \-]{2,60}?)\s*(?=[,;.(\n]|\band\b|$)")


def equals_aliases(text: str, res) -> None:
    """"L = leap years", "A = years divisible by 4": the words of each definition name its set ("every leap year"
    is L); a word several definitions share names none of them (``_Resolver.finish``)."""
    from .sets_words import _keywords
    defs = list(_EQUALS.finditer(text))
    if len(defs) < 2:
        return
    for m in defs:
        res.add_alias(m.group("n"), _keywords(m.group("d")))


def describe_equals(text: str, chars: list[str], pre, blank, relation_rx: re.Pattern) -> None:
    """Two or more sets defined by words ("A = years divisible by 4, L = leap years (Gregorian)") whose relations
    the text states apart: each definition, with a bracketed gloss after it, is the set's description, read and
    blanked; ``sets_words.read`` refuses one whose words hold a number or a relation word (what its members are
    would fix how it relates) unless the text fixes its relation to every other set (``pre.needs_relation``)."""
    defs = list(_EQUALS.finditer(text))
    if len(defs) < 2:
        return
    s = "".join(chars)
    for m in defs:
        if s[m.start("d"):m.end("d")].strip() == "":
            continue   # read already
        if re.match(r"(?:the\s+)?(?:whole|entire|all|every)\b", m.group("d")) or \
                re.search(r"(?i)\buniver\w*\s+$", text[:m.start()]):
            continue   # the universe ("Universe U = the whole class"): read by the universe reader
        n = m.group("n")
        end = m.end("d")
        gloss = re.match(r"\s*\([^()\n]{1,40}\)", text[end:])
        if gloss:
            end += gloss.end()
        rest = s[:m.start()] + " " * (end - m.start()) + s[end:]
        if not (re.search(rf"(?<![\w{{]){re.escape(n)}(?![\w}}=])(?!\s*=)", rest) or any(n in r[1:3] for r in pre.relations)):
            continue
        pre.described.append((n, text[m.start("d"):end], m.start("d"), end))
        pre.defined.append((n, m.start("n"), m.end("n")))
        if re.search(r"\d", m.group("d")) or relation_rx.search(m.group("d")):
            # words that would fix its members ("divisible by 4") and that nesy does not read: drawn only when the
            # text fixes how it relates to every other set
            pre.needs_relation = getattr(pre, "needs_relation", []) + [(n, m.start(), end)]
        blank(chars, m.end("n"), end)


def definition_list(text: str) -> bool:
    """Whether ``text`` defines two or more named regions by "means"/"denotes" and relates them ("lies wholly
    within", "shares part of … with", "in common"): a set diagram, whatever the regions are named after."""
    defs = [m for m in _MEANS.finditer(text) if m.group("q") or len(m.group("n").split()) == 1]
    return len(defs) >= 2 and re.search(r"(?i)\b(?:within|inside|contained\s+in|part\s+of|in\s+common|overlap\w*|"
                                        r"disjoint|apart\s+from|subset)\b", text) is not None


_HAVE = re.compile(rf"(?i)\b(?:I|we)\s+(?:have(?:\s+got)?|['’]ve\s+got|got)\s+(?P<n>two|three|four|five|[2-5])\s+"
                   rf"(?:sets|circles|groups|categories|classes)(?:\s+of\s+[a-z]+)?\s*:\s*"
                   rf"(?=(?P<list>{_NAME}(?:\s*\([^()]*\))?(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*){_NAME}(?:\s*\([^()]*\))?)+))")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
# what the asker tried and calls wrong ("What I tried: matplotlib-venn …, which is wrong."): no part of the figure
_TRIED = re.compile(r"(?i)\b(?:what\s+I(?:'ve|\s+have)?\s+tried|my\s+(?:attempt|try)|I\s+tried)\b(?:[^.!?\n]|\.(?=[.\w,]))*[.!?]?")
_NAME_GLOSS = re.compile(rf"(?<![\w{{])(?P<n>{_NAME})\s*\((?P<d>[a-z][a-z\s\-']{{2,60}})\)")


# the pronoun "I" (a set named I is the irrationals, "I inside R"): before a verb of the asker or after an auxiliary
_PRONOUN_I = re.compile(r"(?<![\w{])(?P<i>I)(?![\w}])(?=\s+(?:do|did|don'?t|have|had|need|needed|want|wanted|would|will|can|"
                        r"could|should|am|was|think|thought|tried|try|got|get|made|make|drew|draw|hope|guess|know|mean|see|"
                        r"just|also|really|still)\b|['’](?:m|ve|d|ll)\b)|\b(?:do|did|can|could|should|would|shall|will|am|"
                        r"have|what|how|where|why|when|if)\s+(?P<j>I)(?![\w}])(?=\s+[a-z])")


def read_speaker(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """The asker's own words around the sets: "I have three sets of users: …" (the sets introduced, the "I have"
    read as nothing to draw), "What I tried: …" (an attempt the asker rejects, nothing to draw), and a set's
    gloss in brackets after its name, "Clicked (clicked the ad)" (its description)."""
    # a question's number opening the text ("Q4 mark scheme (4 marks).", "Q2(b)"), named nowhere else: no set
    lab = re.match(r"\s*(?P<q>Q\d{1,2}[a-z]?(?:\s*\([a-z]\))?)(?=[\s.:)])", text)
    if lab and not re.search(rf"(?<![\w{{]){re.escape(lab.group('q'))}(?![\w}}])", text[lab.end():]):
        pre.ignored.append((lab.start("q"), lab.end("q")))
        blank(chars, lab.start("q"), lab.end("q"))
    for m in _PRONOUN_I.finditer(text):   # (by the words as written: a blanked definition before "I" is no "and I")
        k = "i" if m.group("i") else "j"
        if chars[m.start(k)] != "I":
            continue
        pre.ignored.append((m.start(k), m.end(k)))
        blank(chars, m.start(k), m.end(k))
    for m in _HAVE.finditer(text):
        # "I have three sets of users: Clicked, Purchased and Refunded": the count said is the names listed
        listed = re.findall(rf"(?<![\w(]){_NAME}(?![\w)])", re.sub(r"\([^()]*\)", " ", m.group("list")))
        n = _COUNTS.get(m.group("n").lower()) or int(m.group("n"))
        (pre.ignored if n == len(listed) else pre.unknown).append((m.start(), m.end()))
        blank(chars, m.start(), m.end())
    for m in _TRIED.finditer(text):
        if re.search(r"(?i)\b(?:wrong|incorrect|not\s+(?:right|correct|what)|doesn'?t\s+work|fails?)\b", m.group()):
            pre.ignored.append((m.start(), m.end()))
            blank(chars, m.start(), m.end())
    for m in _NAME_GLOSS.finditer("".join(chars)):
        if m.group("n") in names and not re.search(r"\b(?:inside|within|overlaps?|disjoint|subset|apart)\b", m.group("d")):
            pre.described.append((m.group("n"), m.group("d"), m.start("d"), m.end("d")))
            blank(chars, m.start("d") - 1, m.end("d") + 1)


# "netflix ppl & hulu ppl, some hv both", "cat owners and dog owners - none are both": two groups of people named by
# what they use or have, and whether some (or none) are in both (Rosen §1.4: "some A are B" is A ∩ B ≠ ∅, "no A is
# B" is A ∩ B = ∅). Chat shorthand read as its words: ppl = people, hv = have, & / + / n = and.
_FOLK = r"(?:ppl|people|peeps|folks?|users?|fans?|owners?|subscribers?|watchers?|viewers?|players?|drinkers?|lovers?|readers?|members?)"
_GROUPS_BOTH = re.compile(
    rf"(?i)(?<![\w])(?P<x>[a-z][a-z0-9\-]{{1,20}})(?:\s+{_FOLK})?\s*(?:&|\+|\band\b|\bn\b)\s*(?P<y>[a-z][a-z0-9\-]{{1,20}})"
    rf"\s+{_FOLK}\s*[,;:\-–—]*\s*(?:(?P<some>some|a\s+few|sm|many|lots|a\s+lot|several|most)|(?P<none>none|nobody|no\s*one|"
    rf"no\s*1|noone|nobdy))\s+(?:of\s+(?:them|em|\'em)\s+)?(?:hv|have|has|r|are|do|does|use|watch|got|get|like|"
    rf"in|r\s+in|are\s+in|is\s+in)?\s*both\b")


def read_groups_both(text: str, chars: list[str], pre, blank) -> None:
    """Two groups of people named by a lower-case word before their noun, and "some/none … both" (see above)."""
    for m in _GROUPS_BOTH.finditer("".join(chars)):
        x, y = m.group("x"), m.group("y")
        if x.lower() == y.lower() or x.lower() in ("the", "and", "some", "all", "of", "with", "for"):
            continue
        kind = "overlaps" if m.group("some") else "outside"
        pre.relations.append((kind, x, y, m.start(), m.end()))
        pre.defined += [(x, m.start("x"), m.end("x")), (y, m.start("y"), m.end("y"))]
        blank(chars, m.start(), m.end())


# "primes sit across both because 2 is prime and even while 3 5 7 are prime and odd … so primes overlaps odd": the
# reason between "because" and "so" gives examples of members — values the figure does not show
_BECAUSE_SO = re.compile(r"(?i)\bbecause\b[^.;!?\n]*?(?=\b(?:so|therefore|hence|thus)\b)")


def read_because_so(text: str, chars: list[str], pre, blank) -> None:
    """Hand back a reason with numbers between "because" and "so" as not drawn (blanked for the grammar, which
    would read its numbers as members)."""
    for m in _BECAUSE_SO.finditer("".join(chars)):
        if re.search(r"\d", m.group()):
            pre.unknown.append((m.start(), m.end()))
            blank(chars, m.start(), m.end())
