"""Sets: which capitalised words of a text name sets — by their use, never by their capital alone.

The shared grammar reads any capitalised word as a name, so "Helping my daughter …", "'Let A = {2, 4} …'",
"Could you draw …", "I need three sets …" would each add a set nobody asked for, and a figure with such a
set is wrong however well it is verified. A set the grammar found is kept when the text *uses* it as a set:

* it takes part in a relation, has members or a count, or a definition names it ("F is the set of …");
* the text introduces it as a set: "the set X", "sets A, B and C", "circles F and S", "the universe U",
  "a Venn diagram of Cats and Dogs", "Cats and Pets as two sets" (the grammar's span then holds more than the
  name), or it is listed
  with ("A, B and Cats") a set that is kept;
* it has a set's usual written form, one capital letter with digits or primes (A, B2, A'; Rosen,
  *Discrete Mathematics and Its Applications* 7th ed. §2.1 names sets so) — except the words "A" and "I",
  which are also an article and a pronoun and are kept only as above.

A set the grammar counted without naming ("Draw the two sets", "both sets") refers to the named sets
when the text names at least as many: it adds none. What is dropped is handed back: a word that opens a
sentence (or is a function word) as read with nothing to draw; any other capitalised word as not drawn,
so the figure says it left it out.
"""
from __future__ import annotations

import re

__all__ = ["introduced", "listed_group", "prune_sets"]

_FORM = re.compile(r"[A-Z](?:_?[0-9]+|'+|′+)?")
_LIST_SEP = r"\s*(?:,\s*(?:and\s+|or\s+)?|\band\b|\bor\b|&)\s*"
_INTRO = re.compile(r"(?:\b(?:sets?|subsets?|supersets?|circles?|ellipses?|ovals?|collections?|classes|called|named|"
                    r"label(?:l)?ed|universe|(?:diagram|picture|figure|drawing|illustration)s?\s+(?:of|for|with|showing)"
                    r"(?:\s+(?:the\s+)?(?:sets?|circles?))?|between)\s*)"
                    # "Two circles: Tea and Coffee", "Three circles - Maths, …": the list after a colon or dash
                    r"(?:(?<=s|S)\s*(?::|[-–—]{1,2}|,)\s*)?$", re.IGNORECASE)
# a list drawn as sets named after it: "Draw Cats and Pets as two disjoint sets", "Show Mammals and Birds as circles"
_AS_SETS = re.compile(r"\s+(?:as|are|form)\s+(?:(?:two|three|four|five|2|3|4|5)\s+)?(?:[a-z-]+\s+)?"
                      r"(?:sets|circles|ovals|ellipses|regions|classes)\b", re.IGNORECASE)
_DEFINITE = re.compile(r"^(?:the|these|those|both|all|its|their)\b", re.IGNORECASE)


# "I" as the speaker: before a verb that no set takes ("I think", "I remember", "I'd like"), not "I and J overlap"
_PRONOUN_I = re.compile(r"I(?:'[a-z]{1,2}|\s+(?!(?:and|or|is|are|has|have|overlaps?|contains?|meets?|intersects?|lies|"
                        r"sits|inside|within|in|with|as|nor|but|both|each|must|should|shares?|touches?|equals?)\b)[a-z]+)")


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``text[at:]`` opens the text or a sentence (after . ! ? : ; and any quotes or brackets)."""
    before = text[:at].rstrip(" \t\n'\"‘“([")
    return not before or before[-1] in ".!?:;"


def _lists(text: str, name: str) -> list[tuple[int, int, list[str]]]:
    """Each list of capitalised names ``name`` stands in ("A, B and Cats"): its span and its names
    (a lone mention is a list of one)."""
    nm = r"[A-Z][A-Za-z0-9_'′]{0,15}"
    out = []
    for m in re.finditer(rf"(?<![\w{{]){nm}(?:{_LIST_SEP}{nm})*(?![\w}}])", text):
        names = re.findall(rf"(?<![\w{{]){nm}(?![\w}}])", m.group())
        if name in names:
            out.append((m.start(), m.end(), names))
    return out


def introduced(text: str, name: str, kept: tuple[str, ...] = ()) -> bool:
    """Whether ``name`` has a set's written form, or the text introduces it as a set, or lists it with
    one of ``kept``."""
    if _FORM.fullmatch(name) and name not in ("A", "I"):
        return True
    if name in ("A", "I") and any(not re.match(r"\s+(?!(?:and|or|is|are|has|have|with|in|inside|within|contains|lies|"
                                                r"overlaps|intersects|meets|but)\b)[a-z]", text[m.end():])
                                  for m in re.finditer(rf"(?<![\w{{]){name}(?![\w}}])", text)):
        return True    # "Draw A." is a set; "A Venn diagram …", "I need …" are an article and a pronoun
    if re.search(rf"(?<![\w{{]){re.escape(name)}\s+(?:is|are)\s+(?:also\s+)?(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?"
                 r"(?:sets?|circles?|collections?)\b", text):
        return True    # "Cats is a set.", "Fish is a nonempty set"
    lists = _lists(text, name)
    return any(_INTRO.search(text[:a]) or _AS_SETS.match(text, b) or any(n != name and n in kept for n in names)
               for a, b, names in lists)


def listed_group(text: str, group: tuple[str, ...]) -> set[str]:
    """The names of ``group`` (two or more sets a statement relates: "Cats and Dogs, no overlap") when the
    text lists them together ("Cats and Dogs"): a list the statement is about names sets, whatever their
    capitals; a group gathered from every capitalised word of a sentence ("I need sets A, B …") is none."""
    if len(group) < 2:
        return set()
    for _, _, names in _lists(text, group[0]):
        if set(group) <= set(names) and len(names) == len(group):
            return set(group)
    return set()


def prune_sets(text: str, ents: list, rels: list, used: set[str]) -> tuple[list, list, list[tuple[int, int]],
                                                                           list[tuple[int, int]]]:
    """``ents``/``rels`` without the sets the text does not use as sets (see the module docstring);
    ``used`` holds the names other statements use (definitions, counts, groups). Returns the entities,
    the relations, the spans read with nothing to draw, and the spans not drawn."""
    related = {r.source for r in rels} | {r.target for r in rels}
    sets = [e for e in ents if e.kind == "set"]
    named = [e for e in sets if e.name]
    keep: set[str] = set()
    from .sets_words import _FUNCTION
    for e in named:
        span = e.span.text if e.span is not None else ""
        # a function word that opens its sentences, or the pronoun "I" ("If I remember right the teacher said …
        # Draw both inside U"): a relation another phrase resolved onto it does not make it a set
        at = [m.start() for m in re.finditer(rf"(?<![\w{{]){re.escape(e.name)}(?![\w}}])", text)]
        weak = (e.name == "I" and all(_PRONOUN_I.match(text, k) for k in at)) or (
            len(e.name) > 1 and e.name.lower() in _FUNCTION and all(_opens_sentence(text, k) for k in at))
        if (e.id in related and not weak) or e.name in used or introduced(text, e.name):
            keep.add(e.id)
        elif span.strip() != e.name and re.search(rf"(?<![\w{{]){re.escape(e.name)}(?![\w}}])", span):
            keep.add(e.id)   # the grammar read it inside an introducing phrase ("sets A, B and C")
    changed = True
    while changed:   # listed with a kept set: a set too
        changed = False
        for e in named:
            if e.id in keep:
                continue
            if any(any(n != e.name and any(k.name == n and k.id in keep for k in named) for n in names)
                   for _, _, names in _lists(text, e.name) if len(names) > 1):
                keep.add(e.id)
                changed = True
    drop = {e.id for e in named if e.id not in keep}
    ignored: list[tuple[int, int]] = []
    unknown: list[tuple[int, int]] = []
    from .sets_words import _common_filler
    for e in named:
        if e.id not in drop:
            continue
        for m in re.finditer(rf"(?<![\w{{]){re.escape(e.name)}(?![\w}}])", text):
            word = m.group().lower()
            if _opens_sentence(text, m.start()) or word in _FUNCTION or word in _common_filler() or word == "i":
                ignored.append((m.start(), m.end()))
            else:
                unknown.append((m.start(), m.end()))
    # "the two sets", "both sets": the sets the text names, when it names enough of them
    anon = [e for e in sets if not e.name and e.id not in related and e.span is not None
            and _DEFINITE.match(e.span.text.strip())]
    if anon and len([e for e in named if e.id not in drop]) >= len(anon):
        drop |= {e.id for e in anon}
        ignored += sorted({(e.span.start, e.span.end) for e in anon})
    # "Sets: F and P", "sets F, G and H": a bare plural with no number introduces the sets the text names (the
    # grammar's default count for a plural would add sets nobody named)
    bare = [e for e in sets if not e.name and e.id not in related and e.id not in drop and e.span is not None
            and re.fullmatch(r"(?i)(?:sets|circles|classes|collections|groups|ovals)", e.span.text.strip())]
    if bare and len([e for e in named if e.id not in drop]) >= 2:
        drop |= {e.id for e in bare}
        ignored += sorted({(e.span.start, e.span.end) for e in bare})
    # a bare lower-case letter the text relates to nothing ("Teacher says forget about y"): no member the text
    # places, so none is drawn — handed back as not drawn ("the element y", "members x and y" introduce one)
    for e in ents:
        if e.kind == "element" and e.id not in related and e.span is not None and e.span.text.strip() == (e.name or e.id) \
                and not re.search(r"(?i)\b(?:elements?|members?|points?|items?)\s+(?:\w+\s*,\s*|\w+\s+and\s+)*"
                                  + re.escape(e.span.text.strip()) + r"\b", text):
            drop.add(e.id)
            unknown.append((e.span.start, e.span.end))
    ents = [e for e in ents if e.id not in drop]
    rels = [r for r in rels if r.source not in drop and r.target not in drop]
    return ents, rels, ignored, unknown
