"""Punctuation and clause structure of a cell text, made plain before the shared grammar reads it.

Each rewrite keeps every character's offset (a mark is replaced by one of the same length, a word by blanks),
so every span the grammar reports still points into the user's text (``cell_size.restore_spans`` reads the
spans' text again from it). What each rewrite reads:

- a paired dash ("a liver cell — two nuclei — with five mitochondria", "–", " -- ") encloses an aside, as
  parentheses do: the phrase after the closing dash belongs to what came before the opening one, not to the
  aside (read as "two nuclei with five mitochondria", five mitochondria went into each nucleus);
- a comma splice that opens a new clause with a definite mention and a finite verb ("… and two mitochondria,
  the peroxisomes are outside of nucleus"): the comma ends a sentence (read as one more item of the list, the
  relation was given to the list's subject, the cell);
- a comma before a fronted place ("Inside is nucleus, inside nucleus is one nucleolus") ends a sentence; the
  comma or "and" between the cytoplasm and a second place ("in the cytoplasm, outside the vacuole") is blank;
- a plus sign between names in telegraphic notes ("nuc + 3 mito + 2 lyso") joins list items; before a count
  it is a list comma, not the sign of a number ("+ 2 … + 1" was read as two numbers for one count);
- "with its two nuclei" is "with two nuclei" (the possessive points back to what "with" attaches them to);
- "line up X along Y" places X along Y; "one such hepatocyte" is one hepatocyte;
- a count written after its noun, in a list's item ("mito ×5", "nuclei x3", "mitochondria: 4", "ribosomes (8)",
  "chloroplasts six") is "5 mito", "3 nuclei", …: the count before its noun (read as a default count of three,
  with the number dropped, the figure looked complete and was wrong). Only where the item ends after the number
  (a comma, "and", the sentence's end), the noun has no count before it, and, with a plain space between them,
  only after a plural ("cell 2" names a cell; "cells 2 and 3" names two);
- "8 ribosomes but no nucleus", "a nucleus but without mitochondria": "but" before a stated absence joins it to
  the list as "and" does (left unread, the absence had no host and was said of every cell in the figure);
- "two red blood cells without a nucleus and one lymphocyte with a large nucleus": a counted or indefinite
  cell after an absence list is the next thing described, not one more thing lacked (no cell lacks a cell):
  the coordinator ends the clause (read as part of the list, the lymphocyte was drawn as absent);
- "Nothing else inside them", "nothing else in the cell": the closure of the contents just listed, which is
  what nesy draws (only what the text states) and verifies (no kind it was not asked for); read as said;
- an instruction not to draw a thing ("Do not draw any chloroplasts.", "don't include a nucleus", "leave out the
  vacuole"), when its clause ends with the thing's noun, is "no chloroplasts": a stated absence (left unread,
  the noun alone was drawn); "don't draw the nucleus too large" is no such instruction and stays as it is;
- an aside that gives the reason for an absence just stated ("Do not draw any chloroplasts (fungi have none).",
  "no nucleus (bacteria lack one)"): it restates the absence of its clause and adds nothing to draw, so it is
  blank; after a clause that states no absence it stays, and its negation is refused as unread;
- a vocabulary noun that names no thing of the figure (an apposition renaming what it follows, the first part
  of a hyphenated compound, the standard of a comparison: ``cell_aside``) is masked, read as an unknown word;
- a counted thing the vocabulary does not name, glossed as one of its kinds ("twelve insulin granules (these are
  secretory vesicles)"): the count is the gloss's (``cell_gloss``);
- a comment after a key's value on its line ("nucleolus: 1   # inside the nucleus") is said of that key: the
  mark is blank (and the count before it read as the key's);
- a negated place with an indefinite object ("not in a nucleus", "never inside a nucleus"), after things of that
  kind are named, is a rule over all of them: the article is blank, the bare noun refers back ("never" is "not");
- a clause after a stated absence that names nothing of the vocabulary ("has no nucleus and no mitochondria: it
  gives them up to make room for haemoglobin"): its pronouns are masked (listed as not drawn with the clause);
- where a cell is shown ("A macrophage is shown in a textbook diagram with a nucleus …", "a neuron, drawn on the
  worksheet, containing …"): the figure it is shown in is no thing to draw and no owner of the "with" after it —
  the contents belong to the cell, the verb's subject (the locative names the medium, not a container: Quirk et
  al. 1985 §9.17); the place phrase is blank, so "with" attaches to the cell as in "a macrophage is shown with …";
- a negative quantifier over the things just named ("four mitochondria (none of them touching the
  nucleus)", "none of which touch it"): negation distributes over the members, so it is read as "not
  touching" said of those things.

Hands ``CellDomain.parse`` the rewritten text; nothing is added that the text does not say.
"""
from __future__ import annotations

import re

__all__ = ["plain_clauses"]

# a dash that opens or closes an aside: an em or en dash, "--", or a spaced hyphen that joins no numbers
_DASH = r"(?:\s?[—–]\s?|\s--\s|(?<!\d)\s-\s(?!\d))"
# an aside between two dashes within one sentence, a few words long
_ASIDE = re.compile(rf"(?P<o>{_DASH})(?P<body>[^—–.;:!?()\n-]{{1,60}}?)(?P<c>{_DASH})")
# a finite verb or auxiliary that opens a clause after a definite subject (a closed class of English)
_FINITE = (r"is|are|was|were|should|must|shall|will|would|can|could|may|might|need|needs|do|does|sit|sits|lie|lies|"
           r"stay|stays|remain|remains|belong|belongs|float|floats|touch|touches")
_DEF = r"(?:the|these|those|its|their|all\s+the|both|each\s+of\s+the)"
_NUMBER = (r"\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozen|"
           r"a\s+few|a\s+pair|several|many)\b")
_PLUS = re.compile(rf"(?<=[A-Za-z.)])(?P<p>\s*\+\s*)(?={_NUMBER})", re.IGNORECASE)
_NONE = re.compile(r"\bnone\s+of\s+(?:them|these|those|which|it)\s+(?:(?:are|is|be|being|should\s+be|should|must\s+be|"
                   r"must|may|can|will|do|does)\s+)?(?=(?:touch|overlap|contact|in\s+contact|abut|inside|in\b|within|"
                   r"near|next|adjacent|against))", re.IGNORECASE)


# "line up eight mitochondria along the membrane": the phrasal verb places its object; the place that follows
# ("along …") is the relation, and "line" alone would be read as one ("mitochondria line the membrane")
_LINE_UP = re.compile(r"\b(?:line|lines|lined|lining)\s+(?:them\s+|it\s+)?up\b", re.IGNORECASE)
# "one such hepatocyte": "such" points back, it neither counts nor describes
_SUCH = re.compile(r"\b(?:one|a|an|two|three|four|five|six|\d+)\s+(?P<w>such)\b", re.IGNORECASE)
# "a hepatocyte with its two nuclei": the possessive after "with" points back to what has them, which "with"
# already says (read as a determiner of its own, it lost the cell: nothing was drawn around the two nuclei)
# "is shown in a textbook diagram with …", "drawn on the worksheet, containing …": the figure a cell is shown in,
# before the cell's contents (blank; see the module docstring)
_SHOWN_IN = re.compile(r"(?i)\b(?:shown|drawn|depicted|illustrated|pictured|seen|represented|presented|sketched|"
                       r"labell?ed|printed|found|featured|given|appears?|appearing)\s+(?P<loc>(?:in|on)\s+(?:a|an|the|this|that|one|our|your|my)\s+"
                       r"(?:[a-z-]+\s+){0,2}?(?:diagram|figure|picture|drawing|micrograph|image|sketch|photo(?:graph)?|"
                       r"illustration|textbook|book|slide|worksheet|page|handout|screen|poster)s?\b\s*,?)"
                       r"(?=\s*(?:with|having|containing|showing|has|have|contains|contain|that\s+(?:has|have|contains?|shows?))\b)")
_POSS = re.compile(r"\b(?:with|having|has|have|showing|containing)\s+(?P<w>its|their)\s+(?=[a-z0-9])", re.IGNORECASE)
# "nucleus ×1, mito ×5", "lysosome x2", "ER x 1": a count written after its noun, as a multiplier
# the closure of a cell's contents ("nothing else inside them")
_NOTHING_ELSE = re.compile(r"\bnothing\s+else(?:\s+(?:inside|in|within)(?:\s+(?:them|it|each(?:\s+one)?|the\s+cells?|"
                           r"these\s+cells|this\s+cell|any\s+(?:of\s+them|cell)))?)?\b(?=\s*(?:[,.;:!?]|$))",
                           re.IGNORECASE)
# "but" before an absence: a list's "and" (the same three characters)
_BUT_NO = re.compile(r"\bbut(?=\s+(?:no|without|lacking|not\s+any)\b)", re.IGNORECASE)


# a comment after a key's value on its line ("  nucleolus: 1   # inside the nucleus"): the mark
_COMMENT = re.compile(r"(?m)^[ \t-]*[A-Za-z][\w ]*:[ \t]*[^\s#][^#\n]*?(?P<h>#)(?=[ \t]*\S)")
# a negated place with an indefinite or "any" object: where things never are, a rule over the kind
_GENERIC_PLACE = re.compile(r"(?i)\b(?P<neg>not|never)\s+(?:(?:be|sit|lie|float|found|located|placed)\s+)?"
                            r"(?:in|inside|within|into|touching|in\s+contact\s+with)\s+(?P<art>a|an|any)\s+"
                            r"(?P<n>[a-z]+)\b")


# "in the cytoplasm, outside the vacuole": the cytoplasm (a filler place: every organelle drawn lies in it) and a
# second place after a comma or "and"; the mark joins nothing the grammar reads (left, the second place had no
# subject), so it is blank and the place is said of what the first was
_STACKED = re.compile(r"(?i)\b(?:in|within|inside|throughout)\s+(?:the\s+)?(?:cytoplasm|cytosol)(?P<j>\s*,\s*|\s+and\s+)"
                      r"(?=(?:outside|away\s+from|apart\s+from|not\s+(?:in|inside|touching)|near|next\s+to|beside|around|"
                      r"close\s+to|along|between|clear\s+of)\b)")


def _fronted_splice() -> re.Pattern:
    """"Inside is nucleus, inside nucleus is one nucleolus": a comma before a clause opened by a fronted place
    ("inside (the) nucleus is …", locative inversion: Huddleston & Pullum 2002, ch. 16 §6) ends a sentence."""
    from .cell_aside import _noun_rx
    return re.compile(rf"(?i)(?P<c>,)\s+(?P<and>and\s+)?(?=(?:inside|in|within)\s+(?:the\s+|its\s+|each\s+|every\s+)?"
                      rf"(?:{_noun_rx()})\s+(?:is|are|lies|lie|sits|sit|there\s+is|there\s+are)\b)")


# "… has no nucleus and no mitochondria: it gives them up to make room for haemoglobin": a clause after a stated
# absence whose pronouns point back (the cell, the things it lacks) and that names nothing of the vocabulary
_AFTER_ABSENT = re.compile(r"(?i)\b(?:no|without|lacking|lacks|lack)\s+[^.;:!?\n]*?[a-z](?P<mark>\s*[:;,.(—–-]\s*|\s+(?:and|as|since|because|so)\s+)"
                           r"(?P<cl>(?:it|they|this\s+cell|the\s+cell)\b[^.;!?\n]*)")
_PRONOUN = re.compile(r"(?i)\b(?:it|they|them|its|their)\b")


def _kind_named_before(text: str, noun: str, at: int) -> bool:
    """Whether a thing of ``noun``'s kind (a vocabulary noun) is named in ``text`` before ``at``."""
    from .cell_aside import _kind, _nouns
    k = _kind(noun)
    return k is not None and any(_kind(m.group(0)) == k for m in _nouns().finditer(text[:at]))


def _words() -> set[str]:
    from ..resources import load_yaml
    ws = {w.lower() for vs in load_yaml("grammars", "cell/grammar.yaml")["entities"].values() for w in vs}
    return ws | {w + "s" for w in ws} | {"nuclei", "nucleoli", "mitochondria", "cells"}


def _count_words() -> str:
    from ..parse.words import number_rx
    return number_rx()


_IRREGULAR = ("nuclei", "nucleoli", "mitochondria")


def _plural(noun: str) -> bool:
    w = noun.lower().split()[-1]
    return w in _IRREGULAR or (w.endswith("s") and not w.endswith("us"))


def _nouns() -> str:
    """A regex alternation of the cell's organelle and cell nouns, singular or plural (no membrane or wall)."""
    from ..resources import load_yaml
    ents = load_yaml("grammars", "cell/grammar.yaml")["entities"]
    words = [w for k, ws in ents.items() if k not in ("membrane", "cell_wall") for w in ws]
    alts = [re.escape(w).replace(r"\ ", r"\s+") + r"(?:s|es)?" for w in words] + list(_IRREGULAR)
    return "|".join(sorted(alts, key=len, reverse=True))


def _dont_draw_re() -> re.Pattern:
    """"Do not draw any chloroplasts.", "don't include a nucleus", "leave out the vacuole": an instruction not to
    draw a thing, when the clause ends with that thing's noun (group ``v``: the words before "no" stands in)."""
    return re.compile(rf"(?i)\b(?P<v>(?:do\s+not|don't|dont|never)\s+(?:draw|include|show|add|depict|put\s+in)|"
                      rf"leave\s+out|omit)\s+(?:any\s+|the\s+|an?\s+)?(?=(?:{_nouns()})\s*(?:(?:either|too|at\s+all|as\s+well|"
                      rf"anywhere)\s*)?(?:$|[.;!?(,]))")


def _postfix_re() -> re.Pattern:
    """A count after its noun in a list's item: "nuclei x3", "mito ×5", "mitochondria: 4", "ribosomes (8)",
    "chloroplasts six" (group ``num`` for the marked forms, ``bare`` for a plain space)."""
    noun = _nouns()
    n = _count_words()
    return re.compile(rf"(?i)(?<![\w-])(?P<noun>{noun})(?:\s*(?:[×xX]\s?|:\s*|\(\s*)(?P<num>\d{{1,3}}|{n})\s*\)?"
                      rf"|\s+(?P<bare>\d{{1,3}}|{n}))"
                      # the item ends after the number, and no other number follows in a list of names
                      # (or a remark in brackets: "vacuole x1 (large)")
                      rf"(?![\w.,]\d)(?=\s*(?:$|[,.;:!?)\n#]|and\b|&|\+|\((?!\s*\d)))(?!\s*(?:,|and|or|&)\s*(?:\d|{n}))")


def _splice_re() -> re.Pattern:
    from ..resources import load_yaml
    words = [w for ws in load_yaml("grammars", "cell/grammar.yaml")["entities"].values() for w in ws if len(w) > 2]
    words += ["nuclei", "nucleoli", "mitochondria"]   # plurals the grammar reads by lemma
    ent = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))
    return re.compile(rf"(?P<c>,)\s+{_DEF}\s+(?:[a-z-]+\s+){{0,2}}?(?:{ent})(?:s|es)?\s+(?:{_FINITE})\b",
                      re.IGNORECASE)


def _absent_then_cell() -> re.Pattern:
    from .cell_members import typed_cell_rx
    return re.compile(rf"(?i)\b(?:without|lacking|lacks|no)\s+[^.;:!?()]*?(?P<j>,?\s+and|,)\s+(?=(?:{_NUMBER})\s*"
                      rf"{typed_cell_rx()})")


# "(fungi have none)", "(as bacteria lack one)", "(since red blood cells have no nucleus)": why a thing is absent
_WHY_NONE = re.compile(r"\(\s*(?:as\s+|since\s+|because\s+)?(?:[A-Za-z-]+\s+){1,4}?(?:do\s+not\s+have|don't\s+have|"
                       r"have|has|contain|contains|possess|possesses|lack|lacks)\s+(?:none|no\s+[A-Za-z-]+|one|them|it|"
                       r"any(?:\s+[A-Za-z-]+)?)\s*\)", re.IGNORECASE)
# an absence stated in the clause before the aside
_ABSENT = re.compile(r"(?i)\b(?:no|not|without|lacking|lacks|never|none|don't|do\s+not|omit|leave\s+out)\b")


def _put(out: list[str], a: int, b: int, mark: str) -> None:
    """``mark`` at the first non-blank place of ``out[a:b]``, blanks in the rest."""
    seg = "".join(out[a:b])
    k = a + (len(seg) - len(seg.lstrip()))
    for i in range(a, b):
        out[i] = " "
    out[k] = mark


def plain_clauses(text: str) -> str:
    """``text`` with the rewrites of the module docstring; same length, same offsets."""
    out = list(text)
    from .cell_aside import mask, masked_spans
    mask(out, masked_spans(text))   # appositions, compounds, comparisons: no thing of the figure (cell_aside)
    for m in _dont_draw_re().finditer(text):
        # "do not draw any chloroplasts" → "no chloroplasts": a stated absence (drawn, the figure showed them)
        a, b = m.span()
        out[a:b] = list("no".ljust(b - a))
    from .cell_gloss import glossed_counts
    for a, b in glossed_counts(text):
        # "twelve insulin granules (these are secretory vesicles)" → "twelve … vesicles": the gloss's count (cell_gloss)
        for i in range(a, b):
            out[i] = " "
    told, text = text, "".join(out)
    for m in _ASIDE.finditer(text):
        if not re.search(r"[A-Za-z]", m.group("body")):
            continue
        _put(out, *m.span("o"), "(")
        # an aside right after another ("a liver cell (hepatocyte) — two nuclei — with …"): one aside
        before = "".join(out[:m.start("o")]).rstrip()
        if before.endswith(")"):
            out[len(before) - 1] = ","
            out[out.index("(", m.start("o"))] = " "
        # the closing parenthesis right after the aside's last word ("(two nuclei) with …")
        a, b = m.span("c")
        for i in range(a, b):
            out[i] = " "
        out[a] = ")"
    for m in _splice_re().finditer(text):
        out[m.start("c")] = "."
    for m in _fronted_splice().finditer(text):
        out[m.start("c")] = "."
        if m.group("and"):
            for i in range(m.start("and"), m.start("and") + 3):
                out[i] = " "
    for m in _STACKED.finditer(text):
        for i in range(*m.span("j")):
            out[i] = " "
    for m in _PLUS.finditer(text):
        # "nuc + 3 mito" → "nuc,  3 mito": the sign is a list comma, kept right after the word
        a, b = m.span("p")
        for i in range(a, b):
            out[i] = " "
        out[a] = ","
    for m in _NOTHING_ELSE.finditer(text):
        for i in range(*m.span()):
            out[i] = " "
    for m in _BUT_NO.finditer(text):
        out[m.start():m.end()] = list("and")
    for m in _absent_then_cell().finditer(text):
        _put(out, *m.span("j"), ";")
    for m in _LINE_UP.finditer(text):
        for i in range(*m.span()):
            out[i] = " "
    for m in _SHOWN_IN.finditer(text):   # "a macrophage is shown in a diagram with …": the cell's contents
        for i in range(*m.span("loc")):
            out[i] = " "
    for m in _POSS.finditer(text):
        for i in range(*m.span("w")):
            out[i] = " "
    for m in _SUCH.finditer(text):
        for i in range(*m.span("w")):
            out[i] = " "
    for m in _postfix_re().finditer(text):
        num = m.group("num") or m.group("bare")
        if m.group("bare") and not _plural(m.group("noun")):
            continue              # "cell 2", "vacuole 1": a name, not a count
        if re.search(rf"(?i)(?:^|[^\w.])(?:{_count_words()})[^\S\n]+(?:(?!(?:and|or|plus)\b)[A-Za-z-]+[^\S\n]+)?$",
                     text[:m.start()]):   # (not across a line's end: "nucleus: 1\n  lysosomes: 3" is two items)
            continue              # "2 vacuoles (2)": counted already; the number is not attached (cell.py)
        dash = re.search(r"\s(-)\s*$", "".join(out[:m.start()]))
        if dash:
            out[dash.start(1)] = ","   # "organelles - nucleus: 1" → "organelles , 1 nucleus": no minus sign
        # "mito ×5" → "5 mito  ", "chloroplasts six" → "six chloroplasts": the count before its noun
        new = f"{num} {m.group('noun')}"
        a, b = m.span()
        out[a:b] = list(new.ljust(b - a))
    for m in _COMMENT.finditer(text):
        # "nucleolus: 1   # inside the nucleus": a comment on a key's line is said of that key
        out[m.start("h")] = " "
    for m in _GENERIC_PLACE.finditer(text):
        # "peroxisomes sit in the cytoplasm, not in a nucleus", "lysosomes are never inside a nucleus": a rule of
        # where things are, said of every one of the kind named before, not one more of it (the bare noun refers
        # back, as "the nucleus" does); read as a count, it drew a third nucleus, or refused two nuclei as one
        if _kind_named_before(text, m.group("n"), m.start()):
            for i in range(*m.span("art")):
                out[i] = " "
        if m.group("neg").lower() == "never":
            out[m.start("neg"):m.end("neg")] = list("not  ")
    from .cell_aside import MASK, _nouns as _vocab
    for m in _AFTER_ABSENT.finditer(text):
        # its pronouns would be refused as ambiguous (the cell, or the things it lacks?) though the clause
        # draws nothing: they are masked, so the clause's words are listed as not drawn, never guessed at
        if _vocab().search(m.group("cl")):
            continue
        for p in _PRONOUN.finditer(m.group("cl")):
            for i in range(m.start("cl") + p.start(), m.start("cl") + p.end()):
                out[i] = MASK
    for m in _WHY_NONE.finditer(text):
        clause = re.split(r"[.;!?:(]", told[:m.start()])[-1]
        if _ABSENT.search(clause):
            for i in range(*m.span()):
                out[i] = " "
    for m in _NONE.finditer(text):
        a, b = m.span()
        for i in range(a, b):
            out[i] = " "
        out[b - 4:b - 1] = list("not")
        # ", none of which touch it": the clause is said of the things just named, as "… not touching it"
        before = "".join(out[:a]).rstrip()
        if before and before[-1] in ",;":
            out[len(before) - 1] = " "
    return "".join(out)


def check_postfix_left(scene, text: str) -> None:
    """Refuse a number written right after a noun that no count reading attached ("3 vacuoles 4",
    "ribosomes 6 7"): drawn without it, the noun keeps another count (a default, or one read as a name), and
    the figure would look complete while showing a number the text does not state. ``InputError`` names it."""
    from ..errors import InputError
    num = re.compile(rf"(?i)\s*(?:[×xX:(]\s*)?(?P<n>\d{{1,3}}|{_count_words()})(?![\w])")
    spans = {(s.start, s.end) for s in tuple(scene.ignored) + tuple(scene.unknown)}
    for e in scene.entities:
        if e.span is None:
            continue
        words = e.span.text.split()
        if e.name is not None and re.fullmatch(r"\d{1,3}", e.name) and words and _plural(words[0] if len(words) == 1
                                                                                        else words[-2]):
            raise InputError(f"'{e.span.text}' at {e.span.start}-{e.span.end} gives a number after a plural noun that "
                             f"nesy cannot attach as its count: put the count before its noun, e.g. "
                             f"'{e.name} {words[-2] if len(words) > 1 else words[0]}'")
        m = num.match(text, e.span.end)
        if m and (m.start("n"), m.end("n")) in spans:
            from ..parse.words import read_number
            if read_number(m.group("n")) == sum(1 for o in scene.entities if o.span == e.span):
                continue          # "2 vacuoles (2)": the same count said again
            a, b = e.span.start, m.end()
            raise InputError(f"'{text[a:b]}' at {a}-{b} gives a number nesy cannot attach as a count: drawn without "
                             f"it, the figure would show another number; put the count before its noun")
