"""Mentions of a cell noun or an organelle noun that name no thing of the figure.

Three kinds of phrase use a word of the cell vocabulary without asking for one more thing to be drawn:

- an apposition that renames the thing just named: "its large nucleus (the germinal vesicle)", "the
  mitochondria, the powerhouses of the cell, …", "the chloroplast, the site of photosynthesis". A definite noun
  phrase in apposition refers to what it follows (Quirk et al., *A Comprehensive Grammar of the English
  Language*, 1985, §17.65-17.72); read as a mention of its own, its head drew one more thing ("the germinal
  vesicle" drew a vesicle, and the figure passed as verified). An aside whose own noun names the anchor's kind
  again ("liver cells (the hepatocytes)") is left to the grammar, which reads it as the same thing;
- a noun used as the first part of a hyphenated compound: "a cell-biology textbook", "a cell-culture course",
  "a mitochondria-rich fibre" (the compound's head is the last part; the first only modifies it: Huddleston &
  Pullum, *The Cambridge Grammar of the English Language*, 2002, ch. 19 §4). Read as a mention, "cell-biology"
  drew a second cell;
- the standard of a comparison: "Unlike a leaf cell, it has no chloroplasts", "compared with a muscle cell",
  "as in any cell", "more mitochondria than a skin cell": the cell compared with is not in the figure (read as
  one, the figure drew three cells for one). Only a generic or indefinite one: "smaller than the cell" compares
  with the figure's own cell.

Their vocabulary nouns are masked (each letter replaced, same offsets): the grammar does not read them as
things, and lists them as words it did not draw (``cell_size.restore_spans`` gives them back the user's
spelling), so the verdict says the figure is not complete rather than dropping them silently. Hands
``cell_clauses.plain_clauses`` the spans to mask.
"""
from __future__ import annotations

import functools
import re

__all__ = ["masked_spans", "mask", "MASK"]

MASK = "q"   # a letter no word of the vocabulary is made of alone: a masked noun is an unknown word

_IRREGULAR = {"nuclei": "nucleus", "nucleoli": "nucleolus", "mitochondria": "mitochondrion", "bacteria": "bacterium"}
# a count word in an aside: the aside counts things ("(the two nucleoli)"), it renames nothing
_COUNTED = re.compile(r"(?i)\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|"
                      r"several|many|few|some|no|both|each|every|all|pair|couple)\b")
# a word that relates or predicates: the aside says where or what something is ("the peroxisomes are outside of
# the nucleus", "(the vacuole beside it)"), it renames nothing
_RELATING = re.compile(r"(?i)\b(?:outside|inside|in|within|into|near|next|beside|besides|around|along|against|touching|"
                       r"between|above|below|under|over|is|are|was|were|be|being|lie|lies|sit|sits|stay|stays|float|"
                       r"floats|should|must|with|without|has|have|and|or|but|not|than)\b")
_W = r"[a-z][\w'-]*"
# a definite noun phrase of a few words, with at most one "of" phrase after its head
_DEF_NP = (rf"(?:the|its|their)\s+(?:{_W}\s+){{0,3}}?{_W}"
           rf"(?:\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:{_W}\s+){{0,2}}?{_W})?")
_PAREN = re.compile(rf"(?i)\(\s*(?P<body>{_DEF_NP})\s*\)")
# ", the powerhouse of the cell," : a definite description with an "of" phrase, up to a comma or the end
_COMMA = re.compile(rf"(?i),\s+(?P<body>(?:the|its|their)\s+(?:{_W}\s+){{0,2}}?(?P<head>{_W})\s+of\s+"
                    rf"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:{_W}\s+){{0,2}}?{_W})(?=\s*(?:[,.;:!?)\n]|$))")
# the standard of a comparison, a noun phrase that ends its clause (or is followed by a comma)
_COMPARE = re.compile(
    r"(?i)(?<![\w-])(?P<lead>unlike|compared\s+(?:with|to)|in\s+contrast\s+(?:to|with)|as\s+(?:is\s+the\s+case\s+)?in|"
    r"than(?:\s+(?:in|does|do))?|the\s+same\s+as\s+in|similar\s+to|different\s+from|as\s+opposed\s+to|"
    r"rather\s+than|instead\s+of)\s+"
    # a generic or indefinite standard ("a leaf cell", "any cell", "most plant cells"); "than the cell" is the
    # figure's own cell ("a nucleus smaller than the cell": a size relation, read by the grammar)
    r"(?P<np>(?!(?:the|its|their|this|that|these|those|each|both)\b)"
    r"(?:(?:a|an|any|every|most|other|all|typical|ordinary|usual|normal)\s+){{0,2}}(?:[a-z][\w'-]*\s+){{0,2}}?"
    r"(?:{noun})(?:s|es)?)(?=\s*(?:[,.;:!?)\]\n]|$|\s+(?:do|does|did|has|have|would|is|are)\b))")


@functools.lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    """Each vocabulary noun of the cell grammar (lower case, singular) → its kind; cell types → ``cell``."""
    from ..resources import load_yaml
    g = load_yaml("grammars", "cell/grammar.yaml")
    out = {str(w).lower(): k for k, ws in g["entities"].items() for w in ws}
    for w in load_yaml("grammars", "cell/cell_types.yaml")["nouns"]:
        out.setdefault(str(w).lower(), "cell")
    return out


def _kind(word: str) -> str | None:
    w = re.sub(r"\s+", " ", word.lower())
    k = _kinds()
    if w in k:
        return k[w]
    if w in _IRREGULAR:
        return k.get(_IRREGULAR[w])
    for suffix in ("es", "s"):
        if w.endswith(suffix) and w[: -len(suffix)] in k:
            return k[w[: -len(suffix)]]
    return None


@functools.lru_cache(maxsize=1)
def _noun_rx() -> str:
    """The vocabulary's nouns (not outlines, not one- or two-letter abbreviations), singular or plural."""
    words = [w for w, k in _kinds().items() if k not in ("membrane", "cell_wall") and len(w) > 2 and w != "body"]
    alts = [re.escape(w).replace(r"\ ", r"\s+") + r"(?:s|es)?" for w in words] + list(_IRREGULAR)
    return "|".join(sorted(alts, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _nouns() -> re.Pattern:
    return re.compile(rf"(?i)(?<![\w-])(?:{_noun_rx()})(?![\w])")


@functools.lru_cache(maxsize=1)
def _hyphen() -> re.Pattern:
    return re.compile(rf"(?i)(?<![\w-])(?P<n>{_noun_rx()})-(?P<w>[a-z][a-z]+)(?![\w])")


@functools.lru_cache(maxsize=1)
def _compare() -> re.Pattern:
    from .cell_members import typed_cell_rx
    return re.compile(_COMPARE.pattern.format(noun=typed_cell_rx()))


def _anchor(text: str, at: int) -> str | None:
    """The kind of the vocabulary noun that ends right before ``at`` (spaces aside), or None."""
    before = text[:at].rstrip()
    best = None
    for m in _nouns().finditer(before, max(0, len(before) - 60)):
        if m.end() == len(before):
            best = _kind(m.group(0))
    return best


def _nouns_in(text: str, a: int, b: int) -> list[tuple[int, int, str | None]]:
    return [(a + m.start(), a + m.end(), _kind(m.group(0))) for m in _nouns().finditer(text[a:b])]


def masked_spans(text: str) -> list[tuple[int, int]]:
    """The spans of vocabulary nouns in ``text`` that name no thing of the figure (see the module)."""
    out: list[tuple[int, int]] = []
    for rx in (_PAREN, _COMMA):
        for m in rx.finditer(text):
            anchor = _anchor(text, m.start())
            body = m.group("body")
            if anchor is None or _COUNTED.search(body) or _RELATING.search(body):
                continue
            if rx is _COMMA and _kind(m.group("head")) is not None:
                continue    # ", the vacuole of …": a list's next item, not a description
            found = _nouns_in(text, *m.span("body"))
            if not found or found[0][2] == anchor:
                continue    # the same kind named again: the grammar reads it as the same thing
            out += [(s, e) for s, e, _ in found]
    for m in _hyphen().finditer(text):
        w = m.group("w").lower()
        if w in ("to", "and", "or", "by", "in", "free") or _kind(f"{m.group('n')} {w}") is not None:
            continue    # "nucleus-to-cell", "cell-wall" (a vocabulary name), "nucleus-free" (an absence)
        out.append(m.span("n"))
    for m in _compare().finditer(text):
        out += [(s, e) for s, e, _ in _nouns_in(text, *m.span("np"))]
    return sorted(set(out))


def mask(out: list[str], spans: list[tuple[int, int]]) -> None:
    """Replace the letters of each span of ``out`` (a list of characters) by ``MASK``."""
    for a, b in spans:
        for i in range(a, b):
            if out[i].isalpha():
                out[i] = MASK
