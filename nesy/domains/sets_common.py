"""Sets: "nothing in common" — disjointness said of members, with its subject found by the clause's structure.

People say that two sets are disjoint by what their members share: "they have no element in common",
"A and B share no elements", "U … but has no common element with S", "Invertebrates is a separate set
with nothing in common with Vertebrates", "C has no members in common with A". Having no member in
common is A ∩ B = ∅ (Rosen, *Discrete Mathematics and Its Applications*, 7th ed., §2.2 Def. 5: disjoint
sets) — a relation between sets, never a count of zero things to draw.

The predicate is found first; then who it is said of:

* with an object ("… in common with S", "… no common element with S"): the subject is the first set
  named in the predicate's own clause, or — when that clause has none, a second verb coordinated with
  the first ("U overlaps T but has no common element with S") — in the clause before it in the same
  sentence (the subject of coordinated verbs is shared: Huddleston & Pullum, *The Cambridge Grammar of
  the English Language*, 2002, ch. 15 §4);
* without one ("A and B have nothing in common"): the sets named before the predicate in its clause, each
  two of them disjoint; a plural pronoun ("they", "the two sets", "both") stands for the sets named
  before it in the sentence — or in the one before — when they are exactly two.

Read clauses become ``outside`` relations of the pre-reader and are blanked for the shared grammar.
"""
from __future__ import annotations

import re

__all__ = ["read_common"]

_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,15})"
_NOUN = r"(?:elements?|members?|items?|things?|objects?|points?|numbers?|values?|individuals?|people|animals?|[a-z]{3,20})"
_NONE = r"(?:no|not\s+any|zero|not\s+a\s+single)"
# what a pronoun of no members says: "share nothing", "shares nobody with Rust" (of people), "no one", "none"
_NOBODY = r"(?:nothing|nobody|no(?:\s+|-)?one(?![\w])|none(?![\w]))"
_PRED = re.compile(
    rf"(?P<pred>(?:(?:do|does|did)\s*(?:not|n't)\s+(?:have|share)\s+any\s+|(?:have|has|had|having|share|shares|shared|sharing)\s+{_NONE}\s+"
    rf"|(?:with|having|sharing)\s+{_NONE}\s+|(?:have|has|share|shares|with|having|sharing)\s+(?={_NOBODY}))"
    rf"(?:(?:{_NOBODY}|(?:common|shared)\s+{_NOUN}|{_NOUN}(?:\s+in\s+common)?)(?:\s+in\s+common)?)"
    rf"(?:\s+(?:with|to)\s+(?:either\s+(?:of\s+)?|both\s+(?:of\s+)?|each\s+of\s+)?(?P<obj>{_NAME}(?:\s*(?:,|and|or|nor)\s*{_NAME})*))?)"
    rf"(?![\w])", re.IGNORECASE)
# clause breaks inside a sentence: a comma, a conjunction that can join clauses
_BREAK = re.compile(r",|;|\b(?:and|but|while|whereas|yet|so)\b", re.IGNORECASE)
_STRONG = re.compile(r",|;|\b(?:but|while|whereas|yet|so)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:they|these\s+two(?:\s+sets)?|the\s+two(?:\s+sets)?|both(?:\s+sets)?|them)\s+(?:(?:do|does|should|must|will|can)\s+)?$",
                      re.IGNORECASE)


def _named(text: str, a: int, b: int, names: set[str]) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for m in re.finditer(rf"(?<![\w{{]){_NAME}(?![\w}}])", text[a:b]):
        if m.group() in names and all(o[0] != m.group() for o in out):
            out.append((m.group(), a + m.start()))
    return out


_ARTICLE_SET = r"(?:(?:a|an|the|another)\s+)?(?:(?:second\s+|other\s+)?(?:set|group|class|circle|collection)\s+)?"
_JOIN = re.compile(rf"\s*(?:,\s*(?:and\s+)?|(?:and|&|as\s+well\s+as|plus)\s+){_ARTICLE_SET}", re.IGNORECASE)


def _last_pair(text: str, subj: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The sets coordinated last ("a set X and a set Y", "A, B and C"): a plural pronoun after them stands
    for that group (the nearest coordinated antecedent; Huddleston & Pullum 2002, ch. 17 §2.2); [] when
    the last two sets named are not coordinated (the pronoun is then not read here)."""
    k = len(subj) - 1
    while k > 0 and _JOIN.fullmatch(text[subj[k - 1][1] + len(subj[k - 1][0]):subj[k][1]]):
        k -= 1
    return subj[k:] if len(subj) - k >= 2 else []


def read_common(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """Add "X has no member in common with Y" (and its variants above) to ``pre.relations``."""
    masked = "".join(chars)
    for m in _PRED.finditer(masked):
        pred = m.group("pred")
        if re.search(r"\b(?:only|just)\b", pred, re.IGNORECASE) or not re.search(r"common|shar", pred, re.IGNORECASE):
            continue   # "A has no elements" says A is empty, not that it is apart from another set
        sent = max(masked.rfind(c, 0, m.start()) for c in ".;:!?") + 1
        # the predicate's own clause: from the last break before it
        breaks = [b.end() for b in _BREAK.finditer(masked, sent, m.start())]
        own = breaks[-1] if breaks else sent
        pairs: list[tuple[str, str]] = []
        if m.group("obj"):
            objs = [o for o in re.findall(_NAME, m.group("obj")) if o in names]
            if not objs:
                continue
            subj = _named(masked, own, m.start(), names)
            k = len(breaks) - 1
            if not subj:
                # "P shares some with Q but also has some outside Q, and it has nothing in common with R": a
                # subject pronoun or a coordinated verb continues the subject of the clauses before — the set
                # in subject position, not any set they name (``sets_pronoun.clause_subject``)
                from .sets_pronoun import clause_subject
                subj = clause_subject(masked, sent, breaks, names)
                k = -1 if subj else k
            while not subj and k >= 0:      # a coordinated second verb: the subject of the clause before
                start = breaks[k - 1] if k >= 1 else sent
                subj = _named(masked, start, breaks[k], names)
                k -= 1
            if not subj:
                continue
            pairs = [(subj[0][0], o) for o in objs if o != subj[0][0]]
            if k < len(breaks) - 1 and not re.sub(r"(?i)\b(?:it|this(?:\s+set)?|that(?:\s+set)?)\b", "",
                                                   masked[own:m.start()]).strip(" ,"):
                # the conjunction that coordinates the second verb goes with it ("… with T but has …")
                conj = re.search(r"\b(?:and|but|while|whereas|yet|so)\s*(?:(?:it|this|that)(?:\s+set)?\s*)?$",
                                 masked[:m.start()], re.IGNORECASE)
                if conj:
                    blank(chars, conj.start(), m.start())
        else:
            # the subject of a predicate said of several sets is a list: "A and B" is no clause break
            strong = [b.end() for b in _STRONG.finditer(masked, sent, m.start())]
            own = strong[-1] if strong else sent
            subj = _named(masked, own, m.start(), names)
            if len(subj) < 2 and _PRONOUN.search(masked[own:m.start()]):
                subj = _named(masked, sent, own, names)
                if not subj:   # "Draw E and O. They have nothing in common."
                    prev = max(masked.rfind(c, 0, max(sent - 1, 0)) for c in ".;:!?") + 1
                    subj = _named(masked, prev, sent, names)
                if len(subj) > 2:   # "In U there is a set X and a set Y, they …": the sets just coordinated
                    subj = _last_pair(masked, subj)
                if len(subj) < 2:
                    continue
            if len(subj) < 2:
                continue
            pairs = [(subj[i][0], subj[j][0]) for i in range(len(subj)) for j in range(i + 1, len(subj))]
        if not pairs:
            continue
        for x, y in pairs:
            pre.relations.append(("outside", x, y, m.start(), m.end()))
        blank(chars, m.start(), m.end())
        # "…, but Z has nothing in common with X": a clause that is only its subject and the predicate is read
        # whole — its conjunction and subject too (left alone, "…, and J" would join a list before it)
        conj = re.search(r"\b(?:and|but|while|whereas|yet)\s*$", masked[sent:own]) if own > sent else None
        if conj is not None and re.fullmatch(rf"\s*(?:(?:the\s+)?(?:set|group|class|circle)\s+)?{_NAME}\s*",
                                             masked[own:m.start()]):
            blank(chars, sent + conj.start(), m.start())
        # a pronoun subject ("they") is read with its predicate
        pr = _PRONOUN.search(masked[own:m.start()])
        if pr and not m.group("obj"):
            blank(chars, own + pr.start(), m.start())
        masked = "".join(chars)
