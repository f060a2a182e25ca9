"""A clause said again of another subject by a pro-form: "Y contains green and blue, as does Z", "R1 goes across the
cell; so does R2", "On 0, q0 loops back to itself; ditto q1" — *do*-substitution and *so*-inversion stand for the
predicate of the clause before (Huddleston & Pullum, *The Cambridge Grammar of the English Language*, 2002, ch. 17
§7.2 "so + auxiliary inversion", §7.1 *do* as a pro-verb; Quirk et al., *A Comprehensive Grammar of the English
Language*, 1985, §12.26 "as does"). Read word by word, the second subject was left unread or drawn apart ("as does
Z": Z drawn without green and blue, verified — requests-33 sets-04 as development data).

``verb_ellipsis`` writes the clause out again with the new subject in place of the old one: the fronted words before
the subject ("On 0,") and the predicate after it are kept, so the science reads the second clause as it reads the
first. The subject and the predicate come from the dependency parse of the clause (the trained English pipeline of
``nesy.parse.nlp``); a clause with no subject the parse finds ("two mitochondria, and ditto for chloroplasts": a
count said again, ``ones_anaphora.ditto_counts``) is left as it is, and so is a predicate holding a pronoun other
than a reflexive ("R1 goes across it; so does R2": written out, "it" would stand after R2 and point to it).
"""
from __future__ import annotations

import re

__all__ = ["verb_ellipsis"]

# the new subject: a noun phrase of a few words, up to the clause's end
_W = r"(?:\d+\.\d+|[\w±µΩ°'’-]+)"
# (never a quantified or generic phrase: "as do most cells", "as does every textbook" compare, they state nothing)
_NOT = r"(?!(?:most|many|all|some|other|others|every|each|no|few|several|any|usual|normal|typical|real|textbooks?)\b)"
_NP = rf"(?P<np>{_NOT}(?:(?:an?|the)\s+{_NOT})?{_W}(?:\s+{_W}){{0,3}}?)"
_END = r"(?=\s*(?:[.;!?]|,\s*(?:and|but)\b|,?\s+and\s+(?:an?|the)\b|$))"
_PRO = re.compile(
    rf"(?i)(?:,\s*|\s+|;\s*)(?P<pro>(?:and\s+)?as\s+(?:does|do|did|is|are|was|were|has|have)\s+{_NP}{_END}"
    rf"|(?:and\s+)?so\s+(?:does|do|did|is|are|was|were|has|have)\s+{_NP.replace('?P<np>', '?P<np2>')}{_END}"
    rf"|(?:and\s+)?ditto(?:\s+for)?\s+{_NP.replace('?P<np>', '?P<np3>')}{_END})")
# where the clause before the pro-form begins
_BOUNDARY = re.compile(r"(?:^|[.;:!?]\s+|,\s+(?:and|but)\s+|\n)")


def _clause_start(text: str, end: int) -> int:
    starts = [m.end() for m in _BOUNDARY.finditer(text, 0, end) if m.end() <= end]
    return max(starts) if starts else 0


def _subject(doc) -> tuple[int, int] | None:
    """Character span of the clause's subject: the main predicate's ``nsubj`` in the parse, else the words between
    the fronted phrase ("On 0,") and the first finite verb ("q0 loops back …", where the parse made q0 a compound)."""
    subj = next((t for t in doc if t.dep_ in ("nsubj", "nsubj:pass") and t.head.dep_ in ("ROOT", "conj", "parataxis")),
                None)
    if subj is not None:
        return min(x.idx for x in subj.subtree), max(x.idx + len(x.text) for x in subj.subtree)
    verb = next((t for t in doc if t.tag_ in ("VBZ", "VBP", "VBD", "MD") and t.i > 0), None)
    if verb is None:
        return None
    first = max([t.i + 1 for t in doc[:verb.i] if t.text == ","], default=0)
    words = [t for t in doc[first:verb.i] if not t.is_space]
    if not words or len(words) > 6 or any(t.pos_ in ("VERB", "AUX", "ADP") for t in words):
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def verb_ellipsis(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, clause)`` for each pro-form ("as does Z", "so does Z", "ditto Z") that stands for the clause
    before it said of a new subject: the pro-form replaced by the clause written out with that subject."""
    if not re.search(r"(?i)\b(?:as|so)\s+(?:does|do|did|is|are|was|were|has|have)\b|\bditto\b", text):
        return []
    from .nlp import get_language
    nlp = get_language()
    out: list[tuple[int, int, str]] = []
    for m in _PRO.finditer(text):
        np = m.group("np") or m.group("np2") or m.group("np3")
        a = _clause_start(text, m.start())
        clause = text[a:m.start()]
        if not clause.strip() or any(x < m.end() and m.start() < y for x, y, _ in out):
            continue
        span = _subject(nlp(clause))
        if span is None:
            continue
        left, right = span
        pred = clause[right:].rstrip(" ,;")
        if not pred.strip() or len(pred.split()) > 25:
            continue
        if re.search(r"(?i)\b(?:it|them|this|that|these|those|its|their|one)\b", pred):
            continue     # a pronoun of the predicate would point elsewhere once a new subject stands before it
        new = f"{clause[:left].strip()} {np}{pred}".strip()
        joint = "and " if not text[:m.start("pro")].rstrip().endswith(";") else ""
        out.append((m.start("pro"), m.end("pro"), joint + new))
    return out
