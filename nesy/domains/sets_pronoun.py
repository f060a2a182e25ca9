"""Sets: "inside it" — a set placed in the set the sentence named before, and sets described as
overlapping or disjoint before their names ("two overlapping subsets A and B").

* "the universal set U with two subsets A and B inside it", "the set Animals, and inside it two sets Mammals
  and Birds", "draw S, and within it T": "it" is the last set named before the pronoun that is not one of
  the sets placed in it (in the sentence before, when the pronoun opens its own: "Animals is the big set.
  Inside it, Vertebrates and Invertebrates"); each of those is a subset of it (Rosen, *Discrete Mathematics and Its
  Applications* 7th ed. §2.1: a set drawn inside another's region is its subset);
* "two overlapping subsets A and B", "three disjoint sets P, Q and R", "non-overlapping circles X and Y":
  the adjective holds between each two of the listed sets;
* "A and B which are having some common elements" (they overlap), "A and B with no common element"
  (disjoint; Rosen §2.2: A ∩ B = ∅);
* "C lies inside B and has nothing in common with A": a second predicate after "and" has the clause's
  subject (the first set named in the clause);
* "P shares some elements with Q but also has elements outside Q, and it has nothing in common with R": a
  subject pronoun (or a bare coordinated verb) continues the subject of the nearest clause before it in
  the sentence that opens with a set — P, never Q, which those clauses name as their object
  (``clause_subject``: Centering theory's subject preference, Grosz, Joshi & Weinstein 1995).

Each phrase read is blanked (offsets kept) for the shared grammar, which reads the names that stay.
A pronoun with no set named before it is left to the grammar, which refuses it naming the phrase.
"""
from __future__ import annotations

import re

__all__ = ["read_fronted_place", "read_pronoun_phrases", "read_to_each"]

_NAME = r"[A-Z][A-Za-z0-9_]{0,15}"
_LIST = rf"{_NAME}(?:\s*(?:,\s*(?:and\s+)?|\band\s+)\s*{_NAME})*"
_IT = re.compile(r"\b(?:inside|within|in)(?:\s+of)?\s+it\b", re.IGNORECASE)
_NOUN = r"(?:sub)?sets?|circles?|ellipses?|regions?"
_NUM = r"(?:two|three|four|2|3|4)"
# "inside it two sets Mammals and Birds", "within it the subsets A and B"
_AFTER = re.compile(rf"\s*,?\s*(?:(?:draw|put|place|show|add|sketch)\s+)?(?:(?:the|two|three|four|2|3|4)\s+)?(?:(?:overlapping|intersecting|disjoint|"
                    rf"non-overlapping|separate)\s+)?(?:(?:{_NOUN})\s+)?(?:(?:called|named)\s+)?(?P<names>{_LIST})")
# "with two overlapping subsets A and B inside it": the names just before the pronoun
_BEFORE = re.compile(rf"(?P<names>{_LIST})\s*,?\s*(?:(?:both|all)\s+)?$")
_ADJ = re.compile(rf"\b(?:{_NUM}\s+)?(?P<adj>overlapping|intersecting|disjoint|non-overlapping|separate|"
                  rf"non-intersecting)\s+(?:{_NOUN})\s+(?:(?:called|named)\s+)?(?P<names>{_LIST})", re.IGNORECASE)
# "A and B which are having some common elements" / "A and B with no common element"
_COMMON = re.compile(rf"(?P<names>{_LIST})\s*,?\s*(?P<rel>(?:(?:which|that)\s+(?:are\s+|is\s+)?)?(?:having|have|has|share|"
                     rf"sharing|with)\s+(?P<no>no\s+|not\s+any\s+)?(?:some\s+|a\s+few\s+|an?\s+|any\s+)?(?:common\s+(?:elements?|"
                     rf"members?)|(?:elements?|members?)\s+in\s+common))\b", re.IGNORECASE)
# "C lies inside B and has nothing in common with A": the second predicate's subject is the clause's
_PRED2 = re.compile(rf"\band\s+(?P<pred>has\s+nothing\s+in\s+common\s+with|shares\s+(?:nothing|no\s+(?:elements?|members?))\s+"
                    rf"with|has\s+no\s+(?:common\s+)?(?:elements?|members?)\s+(?:in\s+common\s+)?with|is\s+disjoint\s+(?:from|"
                    rf"with)|does\s*(?:not|n't)\s+(?:meet|overlap|intersect)(?:\s+with)?|overlaps(?:\s+with)?|meets|"
                    rf"intersects(?:\s+with)?)\s+(?P<o>{_NAME})\b")
_KIND = {"overlapping": "overlaps", "intersecting": "overlaps", "disjoint": "outside", "non-overlapping": "outside",
         "separate": "outside", "non-intersecting": "outside"}


def _names(s: str, known: set[str]) -> list[str]:
    return [n for n in re.findall(rf"(?<![\w{{]){_NAME}(?![\w}}])", s) if n in known]


def _blank(chars: list[str], a: int, b: int) -> None:
    for k in range(a, b):
        if chars[k] != "\n":
            chars[k] = " "


def read_pronoun_phrases(text: str, chars: list[str], pre, known: set[str]) -> None:
    """Read the phrases of the module docstring into ``pre.relations`` and blank them in ``chars``."""
    for m in _IT.finditer(text):
        s0 = max(text.rfind(p, 0, m.start()) for p in ".;!?") + 1
        s1 = min([k for k in (text.find(p, m.end()) for p in ".;!?") if k >= 0] or [len(text)])
        after = _AFTER.match(text, m.end(), s1)
        before = _BEFORE.search(text[s0:m.start()])
        inner = _names(after.group("names"), known) if after else []
        if not inner and before:
            inner = _names(before.group("names"), known)
            # "U with A and B inside it": the container is named before the listed sets
            head = text[s0:s0 + before.start()]
        else:
            head = text[s0:m.start()]
        outer = [n for n in _names(head, known) if n not in inner]
        if inner and not outer and not re.search(r"\w", head):
            # "'Animals' is the big set. Inside it, Vertebrates and Invertebrates": a pronoun that opens its
            # sentence is the last set the sentence before named
            p0 = max(text.rfind(p, 0, max(s0 - 1, 0)) for p in ".;!?") + 1
            outer = [n for n in _names(text[p0:s0], known) if n not in inner]
        if not inner or not outer:
            continue
        for n in inner:
            pre.relations.append(("inside", n, outer[-1], m.start(), m.end()))
        _blank(chars, m.start(), m.end())
    for m in _ADJ.finditer(text):
        ns = _names(m.group("names"), known)
        if len(ns) < 2:
            continue
        _pairs(pre, _KIND[m.group("adj").lower()], ns, m.start("adj"), m.end("adj"))
        _blank(chars, m.start(), m.start("names"))
    for m in _COMMON.finditer(text):
        ns = _names(m.group("names"), known)
        if len(ns) != 2:
            continue
        _pairs(pre, "outside" if m.group("no") else "overlaps", ns, m.start("rel"), m.end("rel"))
        _blank(chars, m.start("rel"), m.end("rel"))
    for m in _PRED2.finditer(text):
        s0 = max(text.rfind(p, 0, m.start()) for p in ".;!?:,") + 1
        subj = _names(text[s0:m.start()], known)
        # the subject of the verb it is coordinated with: the last set of the sentence before a verb ("Odd and Even
        # are disjoint and Primes overlaps Odd and overlaps Even": Primes, not Odd)
        verbed = [v.group(1) for v in re.finditer(rf"({_NAME})\s+(?:also\s+)?(?:overlaps|meets|intersects|has|shares|is|lies|"
                                                  rf"sits|crosses|cuts|does)\b", text[s0:m.start()]) if v.group(1) in known]
        if verbed:
            subj = [verbed[-1]]
        if not subj or m.group("o") not in known or m.group("o") == subj[0]:
            continue
        pred = m.group("pred").lower()
        kind = "overlaps" if re.match(r"(?:overlaps|meets|intersects)", pred) else "outside"
        pre.relations.append((kind, subj[0], m.group("o"), m.start("pred"), m.end("o")))
        _blank(chars, m.start(), m.end())


# "a third set K that overlaps each of them", "C is disjoint from both of them", "Z lies inside all of them",
# "K intersects them both": a relation whose object is the sets named before the subject — each of them
# (a distributive plural object: the relation holds between the subject and every one of them)
_TO_EACH = re.compile(
    rf"\b(?P<subj>{_NAME})\s+(?:(?:that|which|who)\s+)?(?:(?:also|then)\s+)?(?P<pred>overlaps?|intersects?|meets?|"
    rf"(?:as\s+)?(?:is|are|lies|lie|lying|sits|sit|sitting)\s+(?:(?:completely|entirely|fully|wholly)\s+)?"
    rf"(?:inside|within|in|disjoint\s+from|separate\s+from|apart\s+from|outside))"
    # ("Triangles as lying entirely apart from all of these": the sets named before, by a demonstrative)
    rf"\s+(?:(?:each|both|all|every\s+one)\s+of\s+(?:them|these|those)|them\s+(?:both|all)|all\s+(?:these|those)|them)"
    rf"\b(?!\s+(?:and|or)\b)")


def read_to_each(text: str, chars: list[str], pre, known: set[str]) -> None:
    """Read ``_TO_EACH`` phrases into ``pre.relations`` (subject related to every set named before it in the
    text, when there are two or more) and blank them."""
    for m in _TO_EACH.finditer("".join(chars)):
        subj = m.group("subj")
        if subj not in known:
            continue
        before = [n for n in _names(text[:m.start("subj")], known) if n != subj]
        before = list(dict.fromkeys(before))
        if re.search(r"\bboth\b", m.group(), re.IGNORECASE) and len(before) > 2:
            # "both of them" is two sets: the two its sentence names before the subject, else none is guessed
            s0 = max(text.rfind(c, 0, m.start("subj")) for c in ".!?;:\n") + 1
            here = list(dict.fromkeys(n for n in _names(text[s0:m.start("subj")], known) if n != subj))
            before = here if len(here) == 2 else []
        if len(before) < 2:
            continue
        pred = m.group("pred").lower()
        kind = ("overlaps" if re.match(r"(?:overlap|intersect|meet)", pred) else
                "outside" if re.search(r"disjoint|separate|apart|outside", pred) else "inside")
        for n in before:
            pre.relations.append((kind, subj, n, m.start("pred"), m.end()))
        _blank(chars, m.start("pred"), m.end())


def _pairs(pre, kind: str, ns: list[str], a: int, b: int) -> None:
    for k in range(len(ns)):
        for j in range(k + 1, len(ns)):
            pre.relations.append((kind, ns[k], ns[j], a, b))


# the subject a clause opens with: "P shares …", "and the set P lies …", "but then Q overlaps …"
_OPENS = re.compile(rf"\s*(?:(?:and|but|while|whereas|yet|so|then|also)\s+)*(?:(?:the\s+)?(?:set|group|class|circle)\s+)?"
                    rf"(?P<s>{_NAME})(?![\w}}])\s+(?:(?:also|then|only|still|too)\s+)?[a-z]")
_SUBJ_PRONOUN = re.compile(r"\s*(?:(?:and|but|while|whereas|yet|so|then)\s+)*(?:it|this\s+set|that\s+set|the\s+latter\s+set)\s+"
                           r"(?:(?:also|then|still)\s+)?[a-z]", re.IGNORECASE)


def clause_subject(text: str, sent: int, breaks: list[int], known: set[str]) -> list[tuple[str, int]]:
    """The subject a clause with none of its own continues: a subject pronoun ("…, and it has nothing in
    common with R") or a verb coordinated with the one before ("… but also has elements outside Q") takes
    the subject of the nearest clause before it in the same sentence that has one — the set in subject
    position, never a set the clause names as its object. The subject is the highest-ranked entity a
    clause makes available, and the next clause's pronoun continues it (Grosz, Joshi & Weinstein,
    "Centering: a framework for modeling the local coherence of discourse", *Computational Linguistics*
    21(2), 1995, §3 and Rule 1; Halliday & Hasan, *Cohesion in English*, 1976, ch. 2 §2.4 on personal
    reference; a shared subject of coordinated verbs: Huddleston & Pullum 2002, ch. 15 §4). ``breaks``
    are the ends of the clause breaks from ``sent`` up to the clause of the predicate (its start is the
    last). [] when no clause before opens with a set (the caller then reads as before), or when the
    predicate's own clause opens with something other than a pronoun or a bare verb."""
    bounds = [sent] + list(breaks)
    own = bounds[-1]
    rest = text[own:]
    if not (_SUBJ_PRONOUN.match(rest) or re.match(r"\s*(?:(?:and|but|also|then)\s+)*(?:has|have|shares?|is|lies)\b", rest)):
        return []
    for k in range(len(bounds) - 2, -1, -1):
        a, b = bounds[k], bounds[k + 1]
        m = _OPENS.match(text, a, b)
        if m and m.group("s") in known:
            return [(m.group("s"), m.start("s"))]
        seg = text[a:b]
        if _SUBJ_PRONOUN.match(seg) or re.fullmatch(r"[\s,;]*(?:(?:and|but|or|then|yet|while|so)[\s,;]*)*", seg) or re.match(r"[\s,;]*(?:(?:and|but|also|then|yet|while)\s+)*(?:has|have|shares?|is|"
                                                 r"lies|contains?|overlaps?|meets?|includes?)\b", seg):
            continue       # a clause continuing the same subject: look further back
        # a clause with a subject of its own that is no set opening it ("plus a fourth set D that overlaps A"): the
        # antecedent of its relative clause, or nothing — never a set of a clause further back ("with C ⊂ B ⊂ A")
        rel = [r for r in re.finditer(r"(?<![\w{])(?P<s>[A-Z][\w']*)\s*,?\s+(?:that|which|who)\s+", seg)
               if r.group("s") in known]
        return [(rel[-1].group("s"), a + rel[-1].start("s"))] if rel else []
    return []


# A numbered procedure places sets by a fronted place and by "it" (requests-22 sets-09: "2. Inside S, draw T (tablet
# owners) and L (laptop owners); … 3. P is the set of students who own only a phone: draw it inside S, apart from T
# and L"). A fronted place phrase is the place of what the clause's verb draws (Quirk et al., *A Comprehensive
# Grammar of the English Language*, 1985, §8.15: a fronted adjunct keeps its role in the clause); "draw it" after
# "P is …" draws the set the sentence opens with (the subject: Grosz, Joshi & Weinstein 1995, as above).
_VERB = r"(?:draw|put|place|show|add|sketch)"
_FRONTED = re.compile(rf"(?:^|(?<=[.;!?:\n])|(?<=^\d\.)|(?<=\n\d\.))\s*(?P<place>(?i:inside|within)\s+(?P<outer>{_NAME}))\s*,\s*"
                      rf"(?i:{_VERB})\s+(?P<what>[^.;!?\n]*)")
_DRAW_IT = re.compile(rf"(?i:\b{_VERB})\s+(?P<it>it)\s+(?P<rest>(?i:inside|within|in|apart\s+from|outside(?:\s+of)?|"
                      rf"disjoint\s+from|separate\s+from)\b[^.;!?\n]*)")
_PLACE = re.compile(rf"(?P<p>(?i:inside|within|in|apart\s+from|outside(?:\s+of)?|disjoint\s+from|separate\s+from))\s+"
                    rf"(?P<names>{_LIST})")
# the universal set drawn as Venn's rectangle (Rosen §2.1: "the universal set U is represented by a rectangle")
_UNIVERSE_FOR = re.compile(rf"(?i:\b(?:draw\s+)?(?:a|the|one)\s+(?:large\s+|big\s+)?(?:rectangle|box|frame)\s+"
                           rf"(?:for|representing|to\s+represent|standing\s+for)\s+)(?P<u>{_NAME})\b")
_SUBJECT = re.compile(rf"^\s*(?:\d{{1,2}}[.)]\s*)?(?P<s>{_NAME})\s+(?:is|are|was)\b")


def read_fronted_place(text: str, chars: list[str], pre, known: set[str]) -> None:
    """"Inside S, draw T and L": each set the verb draws lies inside S; "P is …: draw it inside S, apart from T and
    L": P inside S, disjoint from T and from L. Each phrase read is blanked."""
    for m in _FRONTED.finditer(text):
        outer = m.group("outer")
        what = re.sub(r"\([^()]*\)", lambda x: " " * len(x.group()), m.group("what"))   # "(tablet owners)"
        inner = [n for n in _names(what, known) if n != outer]
        if outer not in known or not inner:
            continue
        for n in inner:
            pre.relations.append(("inside", n, outer, m.start("place"), m.end()))
        _blank(chars, m.start("place"), m.end())   # the sets drawn are named: their relation is read
    for m in _UNIVERSE_FOR.finditer(text):   # "Draw a rectangle for S": S is the universe (``sets_draw``)
        if m.group("u") in known:
            pre.ignored.append((m.start(), m.start("u")))
            _blank(chars, m.start(), m.start("u"))
    for m in _DRAW_IT.finditer(text):
        s0 = max(text.rfind(p, 0, m.start()) for p in ".;!?\n") + 1
        subj = _SUBJECT.match(text[s0:m.start()])
        if subj is None or subj.group("s") not in known:
            continue
        who = subj.group("s")
        rels = []
        for q in _PLACE.finditer(m.group("rest")):
            kind = "inside" if q.group("p").lower() in ("inside", "within", "in") else "outside"
            rels += [(kind, who, n) for n in _names(q.group("names"), known) if n != who]
        if not rels:
            continue
        for kind, a, b in rels:
            pre.relations.append((kind, a, b, m.start(), m.end()))
        _blank(chars, m.start(), m.end())
