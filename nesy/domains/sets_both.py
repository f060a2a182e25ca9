"""Sets: "both" said of two sets without naming them again — "a few play both", "no animal is both".

"Some pupils play football, some play cricket, and a few play both": some pupil is in Football and in
Cricket, so the two overlap (Rosen, *Discrete Mathematics and Its Applications*, 7th ed., §2.2: A ∩ B ≠ ∅).
"Vertebrates and Invertebrates - no animal is both", "nobody takes both": no member is in both, so they
are disjoint (A ∩ B = ∅). A count ("5 play both") is the counts reader's (``sets_counts``), read before.

"Both" is the two sets the sentence named before it (its quantifier's own noun — "no *animal*" — is the
universe of discourse, not one of them), else the figure's two sets when it has exactly two; with any
other number of sets the statement is not drawn (which two is a guess).
"""
from __future__ import annotations

import re

__all__ = ["read_both", "read_kind_members"]

_SOME = (r"(?:some|a\s+few|few|a\s+couple(?:\s+of)?|several|many|most|lots\s+of|a\s+lot\s+of|a\s+handful(?:\s+of)?|"
         r"a\s+number\s+of|certain|a\s+small\s+number(?:\s+of)?|others?|"
         # the colloquial "many" (Quirk et al. 1985 §5.25: quantifying nouns): "heaps of", "loads of", "a bunch of"
         r"(?:heaps|loads|tons|plenty|lashings|oodles|a\s+(?:bunch|load|heap|ton|good\s+few|fair\s+few))(?:\s+of)?)")
_NONE = r"(?:no|nobody|no\s+one|no-one|none(?:\s+of\s+them)?|not\s+one(?:\s+of\s+them)?|not\s+a\s+single)"
# the quantifier, at most two words of its noun and verb, then "both" closing the statement (not "both A
# and B", "both of the sets X", which name their sets)
_BOTH = re.compile(
    rf"(?i)\b(?:(?P<none>{_NONE})|(?P<some>{_SOME}))(?=\s)(?P<mid>(?:\s+(?:of\s+(?:them|the\s+\w+)|[a-z][\w'\-]*)){{0,3}}?)"
    rf"\s+(?:(?:is|are|was|were|be)\s+)?(?:(?:in|inside|of)\s+)?both(?:\s+of\s+them|\s+(?:sets|groups|sports|subjects|"
    rf"classes|kinds|things|categories))?(?=\s*(?:[.,;:!?)\-–—]|$|\s+(?:and|but|while|so|though)\b))")
_BAD_MID = re.compile(r"(?i)\b(?:and|or|but|not|n't|never|\d+)\b")


def read_both(text: str, chars: list[str], pre, res, blank) -> None:
    """Add each statement above to ``pre.both`` as (kind, the two sets named before it or (), span) and
    blank it for the shared grammar."""
    masked = "".join(chars)
    for m in _BOTH.finditer(masked):
        if _BAD_MID.search(m.group("mid") or ""):
            continue   # "some like tea and both …", "no one but …": not one statement
        kind = "outside" if m.group("none") else "overlaps"
        s0 = max(masked.rfind(p, 0, m.start()) for p in ".;!?\n") + 1
        named = [n for n, _a, _b in res.mentions(masked, s0, m.start())]
        pre.both.append((kind, tuple(named) if len(named) == 2 else (), m.start(), m.end()))
        blank(chars, m.start(), m.end())


_ART = r"(?:(?:an?|the)\s+)?"
_NM = r"(?-i:[A-Z][A-Za-z0-9_]{0,15})"
# "an element is either a Solid, a Liquid or a Gas", "each pupil is either a Boarder or a DayPupil": the sets
# named as the alternatives of a copula (the subject, "an element", is what their members are: no set);
# "nothing in common with either X or Y" is no such list (``sets_negation`` reads it)
_EITHER = re.compile(
    rf"(?i)(?P<subj>\b(?:(?:an?|each|every|any)\s+[a-z][\w\-]*\s+)?(?:is|are|can\s+be|must\s+be)\s+)either\s+"
    rf"(?P<list>{_ART}{_NM}(?:\s*,\s*{_ART}{_NM})*\s*,?\s+or\s+{_ART}{_NM})(?![\w])")


def read_either(text: str, chars: list[str], pre, known: set[str], blank) -> None:
    """Read "either X, Y or Z" (``_EITHER``): each name a set (``pre.defined``); the rest blanked, the
    subject phrase set aside as read (``pre.ignored``)."""
    masked = "".join(chars)
    for m in _EITHER.finditer(masked):
        names = [(n.group(), m.start("list") + n.start(), m.start("list") + n.end())
                 for n in re.finditer(_NM, m.group("list"))]
        if len(names) < 2 or any(n not in known for n, _, _ in names):
            continue
        pre.defined.extend(names)
        a = m.start("subj")
        pre.ignored.append((a, m.start("list")))
        keep = {k for _, x, y in names for k in range(x, y)}
        for k in range(a, m.end()):
            if k not in keep and chars[k] != "\n":
                chars[k] = " "


# "graphite conducts but isn't a metal", "a bat is a mammal but not a bird", "tomatoes are fruit, not
# vegetables": an example member named in the text — a member of the first set, outside the second (Rosen §2.1:
# x ∈ A ∧ x ∉ B; the witness that A ⊄ B)
_EXAMPLE = re.compile(
    r"(?i)(?<![\w'])(?:(?:an?|the)\s+)?(?P<x>(?-i:[a-z][a-z\-]{2,20}))\s+(?P<p>(?:is|are)\s+(?:an?\s+)?[a-z]{3,20}|[a-z]{4,20})"
    r"\s*,?\s+(?:but\s+)?(?:(?:is|are)\s*(?:not|n't)|isn't|aren't|not)\s+(?:an?\s+)?(?P<q>[a-z]{3,20})\b")


def read_example_members(text: str, chars: list[str], pre, res, blank) -> None:
    """Read ``_EXAMPLE`` statements whose two predicates each name a set (``res.which``: "conducts" is
    Conductors, "a metal" Metals) into ``pre.loose_members`` and ``pre.members_outside``; blanked."""
    masked = "".join(chars)
    for m in _EXAMPLE.finditer(masked):
        x = m.group("x")
        if x.lower() in ("it", "this", "that", "one", "each", "every", "some", "all", "none", "nothing", "and", "but"):
            continue
        first = res.which(m.group("p").split()[-1])
        second = res.which(m.group("q"))
        if first is None or second is None or first == second or res.which(x) is not None:
            continue
        pre.loose_members.append((x, first, m.start("x"), m.end("x"), m.start("x"), m.start("q") - 1))
        pre.members_outside.append((x, second, m.start("q") - 1, m.end()))
        blank(chars, m.start(), m.end())


# "Y is a consonant", "treat Y as a consonant", "count 1 as odd", "the letter y is a consonant": a member said to be
# of the kind a set collects (its singular or adjective: "consonant" is Consonants) is in that set (Rosen §2.1:
# x ∈ A). Read only when the kind names a set of the figure and the member names none; "(treat Y as a consonant)"
# had made a fourth set Y and dropped what was said of it (requests-14 sets-06, verified but wrong).
_KIND_MEMBER = re.compile(
    r"(?i)(?<![\w'])(?:(?P<v>treat|treating|count|counting|consider|considering|take|taking)\s+)?"
    r"(?:the\s+(?:letter|number|element|word|symbol|item|member)\s+)?(?P<x>[A-Za-z0-9][\w-]{0,15})\s+"
    r"(?:(?(v)as|(?:is|counts\s+as|is\s+counted\s+as|is\s+treated\s+as)))\s+(?:an?\s+)?(?P<q>[a-z]{3,20})"
    r"(?=\s*(?:[.;,!?)]|$))")


def read_kind_members(text: str, chars: list[str], pre, res, blank) -> None:
    """Read ``_KIND_MEMBER`` statements into ``pre.loose_members``; blanked."""
    masked = "".join(chars)
    for m in _KIND_MEMBER.finditer(masked):
        x = m.group("x")
        if x.lower() in ("it", "this", "that", "one", "each", "every", "some", "all", "none", "nothing", "and", "but",
                         "there", "which", "what", "who", "he", "she", "they"):
            continue
        # "every natural number is an integer", "a prime number is an integer": a quantified or generic noun is
        # a class, no member (the quantified readers read it)
        if not m.group("v") and re.search(r"(?i)\b(?:every|each|all|any|no|some|an?|the\s+[a-z]+)\s+(?:[a-z]+\s+)?$",
                                          masked[max(0, m.start() - 40):m.start()]):
            continue
        kind = res.which(m.group("q"))
        # ("treat Y as a consonant" makes Y a member even where a capital letter would name a set: the verb says so)
        if kind is None or (res.which(x) is not None and not m.group("v")):
            continue
        pre.loose_members.append((x, kind, m.start("x"), m.end("x"), m.start(), m.end()))
        blank(chars, m.start(), m.end())
