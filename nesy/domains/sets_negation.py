"""Sets: one set kept apart from several at once — "R, which does not touch P nor Q", "R doesn't overlap
P or Q", "R touches neither P nor Q", "R meets neither of P and Q", "R is disjoint from both P and Q".

A negated meeting verb over a coordination distributes over it (De Morgan: ¬(R meets P ∨ R meets Q) ≡
R ∩ P = ∅ ∧ R ∩ Q = ∅; Rosen, *Discrete Mathematics and Its Applications*, 7th ed., §1.3 Table 6 and
§2.2 Def. 5 for disjoint sets): the subject is disjoint from each set listed. The meeting verbs are
the grammar's own: every ``outside`` phrase "do not X"/"never X" of ``grammars/sets/grammar.yaml`` gives
its verb X (touch, overlap, intersect, meet), so a verb the grammar reads negated one way is read
negated every way (an auxiliary left out, "nor" for "or", "neither … nor"). Read clauses become
``outside`` relations of the pre-reader and are blanked for the shared grammar.
"""
from __future__ import annotations

import functools
import re

__all__ = ["read_nor"]

_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,15})"


@functools.lru_cache(maxsize=1)
def _verbs() -> tuple[str, ...]:
    """The meeting verbs of the grammar's negated ``outside`` phrases ("do not touch" → touch)."""
    from ..resources import load_yaml
    g = load_yaml("grammars", "sets/grammar.yaml")
    out: set[str] = set()
    for p in g["relations"]["outside"]:
        m = re.fullmatch(r"(?:do\s+not|does\s+not|don't|doesn't|dont|doesnt|never)\s+([a-z]+)", str(p))
        if m:
            out.add(m.group(1))
    return tuple(sorted(out, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    verb = "(?:" + "|".join(rf"{v}(?:e?s)?" for v in _verbs()) + ")"
    neg = (r"(?:(?:do|does|did|can|could|should|must|will|would)\s*(?:not|n't|nt)|don'?t|doesn'?t|didn'?t|"
           r"cannot|can'?t|won'?t|not|never|no\s+longer)")
    # the list ends there: its last name is no subject of a verb of its own ("…, U2 and U3 overlap")
    names = (rf"(?P<objs>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s*(?:nor|or|and)\s+{_NAME})"
             r"(?!\s+(?:(?:do|does|also|both|all)\s+)?(?:overlap|intersect|meet|touch|is|are|lies|lie|share|have|has)\w*)")
    subj = rf"(?P<subj>{_NAME})\s*,?\s*(?:(?:which|that|who)\s+)?(?:(?:is|are)\s+)?"
    return (
        # "R (which) does not touch P nor Q", "R not touch P or Q", "R can't meet either P or Q"
        re.compile(rf"{subj}{neg}\s+{verb}(?:\s+with)?\s+(?:either\s+(?:of\s+)?)?{names}(?![\w])", re.I),
        # "R touches neither P nor Q", "R meets neither of P and Q", "R overlaps with none of P, Q"
        re.compile(rf"{subj}{verb}(?:\s+with)?\s+(?:neither|none)(?:\s+of)?\s+{names}(?![\w])", re.I),
        # "R is disjoint from both P and Q", "R is separate from P and Q"
        re.compile(rf"{subj}(?:disjoint|separate|apart)\s+(?:from|with)\s+(?:both|each\s+of|all\s+of)\s+"
                   rf"{names}(?![\w])", re.I),
    )


def read_nor(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """Add "subject disjoint from each listed set" to ``pre.relations`` and blank the clause."""
    masked = "".join(chars)
    for rx in _patterns():
        for m in rx.finditer(masked):
            subj = m.group("subj")
            objs = re.findall(_NAME, m.group("objs"))
            if subj not in names or not objs or any(o not in names or o == subj for o in objs):
                continue
            for o in objs:
                pre.relations.append(("outside", subj, o, m.start(), m.end()))
            blank(chars, m.end("subj"), m.end())
            # "A inside B and a set C that …", "S and T overlap, with U which …": the connector before a
            # subject whose clause was read joins clauses, not objects (C is not inside B, U not in S)
            lead = re.search(r"(?:,\s*|\s)(and|with|plus)\s+(?:also\s+)?(?:(?:a|an|one|another|the)\s+)?"
                             r"(?:(?:third|fourth|new|separate|further|other)\s+)?(?:set\s+|circle\s+|class\s+)?$",
                             masked[:m.start("subj")], re.I)
            if lead:
                chars[lead.start(1)] = ";"
                blank(chars, lead.start(1) + 1, lead.end(1))
        masked = "".join(chars)


# "C ⊆ A ∩ B", "C is inside the intersection of A and B", "C lies in both A and B": a subset of an
# intersection is a subset of each of its sets (Rosen §2.2 Def. 3: x ∈ A ∩ B iff x ∈ A and x ∈ B), and
# those sets then meet wherever C has members
_IN = r"(?:⊆|⊂|⊊|is\s+(?:a\s+)?(?:proper\s+)?subset\s+of|(?:is|lies|sits)\s+(?:inside|in|within)|(?:is\s+)?contained\s+in|inside|within)"
_BOTH = re.compile(
    rf"(?P<subj>{_NAME})\s*{_IN}\s*(?:(?P<a>{_NAME})\s*(?:∩|\bintersects\b)\s*(?P<b>{_NAME})"
    rf"|(?:the\s+)?(?:intersection|overlap|common\s+part)\s+of\s+(?P<a2>{_NAME})\s+and\s+(?P<b2>{_NAME})"
    rf"|both\s+(?P<a3>{_NAME})\s+and\s+(?P<b3>{_NAME}))(?![\w])", re.IGNORECASE)


def read_in_both(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """Add "subject inside each set of the intersection" to ``pre.relations`` and blank the clause."""
    for m in _BOTH.finditer("".join(chars)):
        s = m.group("subj")
        a = m.group("a") or m.group("a2") or m.group("a3")
        b = m.group("b") or m.group("b2") or m.group("b3")
        if not {s, a, b} <= names or len({s, a, b}) < 3:
            continue
        pre.relations += [("inside", s, a, m.start(), m.end()), ("inside", s, b, m.start(), m.end())]
        blank(chars, m.end("subj"), m.end())


# "A ⊄ B", "A is not a subset of B", "B is not contained in A": some of A lies outside B (Rosen §2.1:
# A ⊆ B iff ∀x (x ∈ A → x ∈ B); its negation is ∃x (x ∈ A ∧ x ∉ B)) — neither disjoint nor overlapping
# follows, so it is checked as a part outside, never drawn as more
_NOT_SUB = re.compile(
    rf"(?P<a>{_NAME})\s*(?:⊄|⊈|(?:is|are)\s+not\s+(?:a\s+)?(?:proper\s+)?(?:subset\s+of|contained\s+in|included\s+in)"
    rf"|isn't\s+(?:a\s+)?(?:proper\s+)?(?:subset\s+of|contained\s+in|included\s+in))\s*(?P<b>{_NAME})(?![\w])")


def read_not_subset(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """Add "some of A is outside B" to ``pre.some_not`` and blank the statement."""
    for m in _NOT_SUB.finditer("".join(chars)):
        a, b = m.group("a"), m.group("b")
        if a in names and b in names and a != b:
            pre.some_not.append((a, b, m.start(), m.end()))
            blank(chars, m.start(), m.end())


# "A and B share genes", "B shares customers with C", "A and C have no gene in common", "X and Y share no
# students": sharing members of whatever kind the text counts is overlapping, sharing none is disjoint
# (Rosen §2.2 Def. 5); the noun says what the members are, nothing to draw; the participle ("with K and L
# sharing members", "P having no element in common with Q") says the same in an absolute clause
_SHARE = re.compile(
    rf"(?P<a>{_NAME})\s+(?:and\s+(?P<b>{_NAME})\s+(?P<v1>share|have|sharing|having)|(?P<v2>shares|has|sharing|having)\b)\s+"
    rf"(?P<neg>no\s+|not\s+any\s+|zero\s+)?(?:(?:some|common|several|a\s+few|many)\s+)?(?P<noun>[a-z][a-z\-]{{2,20}})"
    rf"(?:\s+in\s+common)?(?:\s+with\s+(?P<c>{_NAME}))?(?![\w])")


def read_share(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """Add "A and B share NOUNs" (overlaps) / "… no NOUN in common" (outside) to ``pre.relations``."""
    for m in _SHARE.finditer("".join(chars)):
        a, b = m.group("a"), m.group("b") or m.group("c")
        noun = m.group("noun")
        if (m.group("v2") and not m.group("c")) or (m.group("v1") and m.group("c")) or not b:
            continue
        if not {a, b} <= names or a == b or noun in ("in", "the", "a", "an", "nothing", "no", "some"):
            continue
        if m.group("v1") in ("have", "having") and not re.search(r"\bin\s+common\b", m.group()):
            continue   # "A and B have genes" says nothing of their members in common
        pre.relations.append(("outside" if m.group("neg") else "overlaps", a, b, m.start(), m.end()))
        blank(chars, m.start() + len(a), m.end())   # the names stay for the grammar's list of sets
        if m.group("b"):
            k = m.start("b")
            chars[k:k + len(b)] = list(b)


# "R is cutting Q but not touching P", "R overlaps Q, yet never meeting P": a negated participle after "but"
# shares the clause's subject (R), not its object (Q) — Quirk et al. 1985 §13.2 (ellipsis of the subject in a
# coordinated predicate); a negated meeting verb is disjointness (Rosen §2.2 Def. 5)
@functools.lru_cache(maxsize=1)
def _but_not() -> re.Pattern:
    ing = "|".join(rf"{v[:-1] if v.endswith('e') else v}ing" for v in _verbs())
    return re.compile(
        rf"(?<![\w{{])(?P<subj>{_NAME})\s+(?:(?-i:[a-z]+)\s+){{1,4}}?(?P<o1>{_NAME})\s*,?\s*"
        rf"(?P<tail>(?:but|yet)\s+(?:(?:is|are)\s+)?(?:not|never)\s+(?:{ing})(?:\s+with)?\s+(?P<o2>{_NAME}))(?![\w])",
        re.IGNORECASE)


def read_but_not(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """Add "subject disjoint from the set after 'but not touching'" to ``pre.relations`` and blank that part
    (the clause before it stays for the grammar)."""
    for m in _but_not().finditer("".join(chars)):
        s, o1, o2 = m.group("subj"), m.group("o1"), m.group("o2")
        if not {s, o1, o2} <= names or s in (o1, o2):
            continue
        pre.relations.append(("outside", s, o2, m.start("tail"), m.end("tail")))
        blank(chars, m.start("tail"), m.end("tail"))


# "B ∩ C ≠ ∅, but neither contains the other", "A and B overlap; neither is a subset of the other", "neither of
# them lies inside the other": each has a part outside the other (Rosen §2.1: A ⊄ B is ∃x (x ∈ A ∧ x ∉ B)),
# said of the two sets its clause names before it — checked as a part outside each, never drawn as more
# (with an overlap stated it is the proper overlap the figure draws anyway)
_NEITHER = re.compile(
    r"\bneither(?:\s+(?:one|set|circle)|\s+of\s+(?:them|the\s+two(?:\s+sets)?|these(?:\s+two)?))?\s+"
    r"(?:(?:is|lies|sits|falls)\s+(?:(?:a\s+)?(?:proper\s+)?subset\s+of|(?:contained|included|nested)\s+in|inside|within|in)"
    r"|contains|includes|holds|encloses)\s+the\s+other(?:\s+(?:one|set))?\b", re.IGNORECASE)


# "Z partially overlaps Y, neither containing Y nor being contained by Y", "… neither including Y nor included in
# Y": the same, said of the clause's subject and the set named twice
_NEITHER_NAMED = re.compile(
    rf"(?:,\s*)?\bneither\s+(?:containing|contains|including|includes|enclosing|encloses|holding|holds)\s+(?P<o1>{_NAME})"
    rf"\s*,?\s+nor\s+(?:being\s+|is\s+|lying\s+|lies\s+)?(?:contained|included|enclosed|held|nested|lying|sitting)?\s*"
    rf"(?:by|in|within|inside)\s+(?P<o2>{_NAME})(?![\w])", re.IGNORECASE)


def read_neither_contains(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """Add "each of the two sets has a part outside the other" to ``pre.some_not`` and blank the phrase;
    a phrase whose clause names other than two sets is not drawn (the pipeline refuses its negation)."""
    masked = "".join(chars)
    for m in _NEITHER_NAMED.finditer(masked):
        o = m.group("o1")
        start = max(masked.rfind(c, 0, m.start()) for c in ".;:!?\n") + 1
        subj = next((n for n in re.findall(rf"(?<![\w{{]){_NAME}(?![\w}}])", text[start:m.start()])
                     if n in names and n != o), None)
        if m.group("o2") != o or o not in names or subj is None:
            continue
        pre.some_not += [(subj, o, m.start(), m.end()), (o, subj, m.start(), m.end())]
        blank(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in _NEITHER.finditer(masked):
        start = max(masked.rfind(c, 0, m.start()) for c in ".;:!?\n") + 1
        def named(a: int, b: int) -> list[str]:
            out: list[str] = []
            for n in re.findall(rf"(?<![\w{{]){_NAME}(?![\w}}])", masked[a:b]):
                if n in names and n not in out:
                    out.append(n)
            return out
        found = named(start, m.start())
        if not found and start > 0:   # "Draw K and L. Neither contains the other.": the two just named
            found = named(max(masked.rfind(c, 0, start - 1) for c in ".;:!?\n") + 1, start - 1)
        if len(found) != 2:   # which two sets it is said of is not clear: not drawn, never dropped
            pre.unknown.append((m.start(), m.end()))
            blank(chars, m.start(), m.end())
            continue
        a, b = found
        pre.some_not += [(a, b, m.start(), m.end()), (b, a, m.start(), m.end())]
        conj = re.search(r"(?:,\s*)?\b(?:but|and|yet|while|though|although)\s*$", masked[start:m.start()])
        blank(chars, start + conj.start() if conj else m.start(), m.end())


# "a letter can't be a vowel and a consonant at the same time", "an animal cannot be both an Insect and a Spider",
# "a pupil is never in Chess and in Drama at once": a generic indefinite subject (Quirk et al. 1985 §5.52: "a"
# of generic reference speaks of every member) denied both kinds — no member in both, the two sets are disjoint
# (Rosen §2.2: A ∩ B = ∅). A list joined by "or" ("can't be a vowel or a consonant": neither) is no such statement.
_GENERIC_NOT_BOTH = re.compile(
    r"(?i)\b(?:an?|any|one)\s+(?P<subj>[a-z][\w\-]*)\s+(?:can\s*not|can'?t|cant|cannot|could\s*not|couldn'?t|may\s+not|"
    r"must\s*not|mustn'?t|is\s+never|is\s+not|isn'?t|will\s+never|won'?t|never)\s+(?:be\s+|belong\s+to\s+)?(?:both\s+)?"
    r"(?:in\s+)?(?:an?\s+)?(?P<x>[A-Za-z][\w\-]*)\s+(?:and|&)\s+(?:in\s+)?(?:an?\s+)?(?P<y>[A-Za-z][\w\-]*)"
    r"(?:\s+(?:at\s+the\s+same\s+time|at\s+once|simultaneously|together))?(?=\s*(?:[.;,!?()]|$))")


def read_generic_not_both(text: str, chars: list[str], pre, res, blank) -> None:
    """Add "the two kinds are disjoint" (``_GENERIC_NOT_BOTH``) to ``pre.relations`` when each kind names a set
    of the text (``res.which``: "a vowel" is Vowels) and the subject names neither; blank the statement."""
    masked = "".join(chars)
    for m in _GENERIC_NOT_BOTH.finditer(masked):
        x, y, s = res.which(m.group("x")), res.which(m.group("y")), res.which(m.group("subj"))
        if x is None or y is None or x == y or s in (x, y):
            continue
        pre.relations.append(("outside", x, y, m.start(), m.end()))
        blank(chars, m.start(), m.end())
