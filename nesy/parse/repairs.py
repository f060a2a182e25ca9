"""The text as the user meant to write it: self-repairs and contractions without their apostrophe.

Read right after ``nesy.parse.markup.normalize``, before any science reads the text; every change is a
``Correction`` (the user's characters and what they are read as), shown beside the figure and by ``nesy
explain``, and every position still maps back to the user's text.

**Self-repairs** ("with three — no, wait, make it five — chloroplasts", "fcc — sorry, bcc", "Convex — I mean
concave — mirror", "side 9 cm — no, 6 cm", "10k on the bottom — wait, no, the bottom one is 4k7", "~~10~~ 9
nuclei"). A repair is read only when all of these hold, so that nothing else is ever rewritten:

- a repair marker follows a pause (dash, comma, semicolon, colon, full stop, ellipsis or an open
  parenthesis): "no", "sorry", "wait", "oops", "I mean", "actually", "make it", "rather", "correction",
  "scratch that", alone or several ("no, wait, make it"); a bare "no" only when punctuation follows it ("— no,
  6 cm"), never "no nucleus"; or a Markdown strikethrough ``~~…~~`` right before its replacement;
- right after the marker stands ONE item (optionally after "it's", "it should be", "I meant", or a clause
  naming what it corrects, "the bottom one is"): a quantity (number and unit, ``nesy.parse.quantities``), a
  resistor code ("4k7", IEC 60062), a bare number, or a word of a class of ``grammars/common/alternatives.yaml``
  (the values of one property: convex/concave, fcc/bcc);
- the reparandum is the nearest item of the same type before the marker: a quantity of the same dimension, a
  resistance for a resistor code, any number for a bare number (a bare "6" after "9 cm" keeps the unit), a word
  sharing a class; at most ``MAX_GAP_WORDS`` words lie between it and the marker, in the same sentence (a clause
  that names what it corrects, "the bottom one", picks the item whose words it repeats, up to
  ``MAX_CLAUSE_GAP`` words back);
- when words lie between the reparandum and the marker ("3 chloroplasts — no, 5"), the repair ends the clause
  or repeats those words ("— no, 5 chloroplasts"): "3 chloroplasts, I mean one with a nucleus" is no repair,
  nor "5 nuclei. Actually, 3 nuclei touch".

Hesitations "er", "um", "uh" are no markers: "ER" is the endoplasmic reticulum ("nucleus: 1, ER: 1") and "um"
a micrometre typed without "µ". A repair this module cannot match after a marker that is never anything but a
correction ("sorry", "wait", "oops", "scratch that", "correction", "or rather") is refused naming it
(``UnknownWordsError``): read as written, the figure would show what the user took back.

The reparandum, the marker and the repair are then read as the repair in the reparandum's place ("five
chloroplasts", "4k7 on the bottom"). A marker that fits none of this — a repair that adds a condition ("—
actually no, it should also reject …"), a negation ("no, there is no overlap") — changes nothing: the text is
read as written, and refused as it would be.

**Contractions** written without their apostrophe or with it misplaced ("dont", "doesnt", "isnt", "do'nt")
are read as the negation they are ("don't"); "cant" and "wont" not after a determiner ("his wont").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..types import Correction
from .correction_marks import marks
from .markup import Normalized, replace_spans

__all__ = ["read_as_meant", "uncertainties", "self_repairs", "contractions", "hesitations", "echoes", "value_copulas", "count_names", "kind_of", "MAX_GAP_WORDS", "MAX_CLAUSE_GAP"]

MAX_GAP_WORDS = 4     # words between a reparandum and its marker ("10k on the bottom — wait, no, …": 3)
MAX_CLAUSE_GAP = 8    # the same when the repair names what it corrects ("the bottom one is 4k7")

# ---------------------------------------------------------------- contractions
_NT_BASES = ("do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "ca", "wo", "should",
             "must", "could", "would", "need", "might")
_NT_BARE = re.compile(r"(?i)(?<![\w'’])(dont|doesnt|didnt|isnt|arent|wasnt|werent|hasnt|havent|hadnt|cant|wont|"
                      r"shouldnt|mustnt|couldnt|wouldnt|neednt|mightnt)(?![\w'’])")
_NT_MISPLACED = re.compile(rf"(?i)(?<![\w'’])({'|'.join(_NT_BASES)})['’]nt(?![\w'’])")
_DETERMINER = re.compile(r"(?i)\b(?:a|an|the|his|her|its|their|my|our|your|this|that)\s+$")


# texting's "n" for "and" ("2 resistors 100 ohm n 220 ohm", "a nucleus n 3 mitochondria"): a lone lower-case n
# between two words or values, in a text that uses no variable n ("n = 5", "a^n", "n states", "n-gon", "for all n")
_TEXT_AND = re.compile(r"(?<=[\w)Ωµ°%]) n (?=[\w(])")
_VARIABLE_N = re.compile(r"(?<![\w'’])n(?:\s*[=<>≤≥∈≠+*/−-]|[-‐](?:gon|th|ary|fold|dimensional)|\s*(?:states?|"
                         r"sides?|times|elements?|vertices)\b|\s*[,)\]}])|\^\s*\{?n\b|[_(]\s*n\s*[)]|\b(?:all|some|"
                         r"any|each|every|where|with|integer|number|length)\s+n\b|\bn\s+(?:is|are|was|must|be|≥|>)\b")


# a negated disjunction: "no friction or pushing", "without a nucleus or mitochondria" denies each (¬(A ∨ B) = ¬A ∧ ¬B,
# De Morgan; Huddleston & Pullum 2002, ch. 9 §3.2, "or" under negation): read as "no friction and no pushing", which
# every science reads as two denials. A number or a comparative after "or" ("no 5 or more") is no such list.
_NEG_OR = re.compile(r"(?i)(?<![\w'’])(?P<neg>no|without)\s+(?:an?\s+|any\s+)?[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?"
                     r"(?P<or>\s+or\s+)(?=(?:an?\s+|any\s+)?(?!more\b|less\b|fewer\b|not\b|so\b|else\b|"
                     r"anything\b|something\b|other\b)[a-z])")


# "5 mitochondria scattered in the cytoplasm (none over the nucleus)": in a drawing, a thing over another overlaps it,
# so none of them lies in it — the statement the sciences read as "none of them inside the nucleus"
_NONE_OVER = re.compile(r"(?i)(?<![\w'’])none(?:\s+of\s+(?:them|these|those))?\s+(?:over|on\s+top\s+of|overlapping|"
                        r"covering|sitting\s+on|lying\s+on)\s+(?=(?:the|its|their)\s+[a-z])")


# "each of the mitochondria is located within the cell and outside the nucleus": where each of them lies is where all of
# them lie, so the distributive partitive says no more than "the mitochondria" before a place (never before a count or
# a possession: "each of the cells has two nuclei" keeps its "each")
_EACH_OF_PLACED = re.compile(r"(?i)(?<![\w'’])each\s+of\s+(?P<det>the|these|those)\s+(?=[a-z][\w-]*\s+(?:is|are|lies|lie|sits|"
                             r"sit)(?:\s+(?:located|placed|positioned|found|situated|lying|sitting|disposed))?\s+(?:within|inside|"
                             r"in|outside|near|next\s+to|beside|around|away|apart|between|close\s+to|adjacent|against|on)\b)")


def each_of_placed(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, read_as, "wording")``: "each of the X is located in …" read as "the X is located in …"."""
    return [(m.start(), m.end(), m.group("det") + " ", "wording") for m in _EACH_OF_PLACED.finditer(text)]


def none_over(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, read_as, "wording")``: "none over the X" read as "none of them inside the X"."""
    return [(m.start(), m.end(), "none of them inside ", "wording") for m in _NONE_OVER.finditer(text)]


# "disjoint from X or Y" is disjoint from each: the same "or" under a negation ("disjoint": sharing no element)
_DISJOINT_OR = re.compile(r"(?i)(?<![\w'’])disjoint\s+from\s+(?:set\s+)?[A-Za-z][\w']*(?P<or>\s+or\s+)(?=(?:set\s+)?[A-Za-z])")


def negated_disjunctions(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, read_as, "wording")``: the "or" of each negated disjunction read as "and no" / "and without",
    and the "or" of "disjoint from X or Y" as "and"."""
    out = []
    for m in _NEG_OR.finditer(text):
        word = "no" if m.group("neg").lower() == "no" else "without"
        # ("no other planets or moons": "other" is said of both — no other moons, not no moons at all)
        other = " other" if re.match(r"(?i)(?:an?\s+|any\s+)?other\s", text[m.end("neg"):].lstrip()) and not \
            re.match(r"(?i)\s*(?:an?\s+|any\s+)?other\b", text[m.end("or"):]) else ""
        out.append((m.start("or"), m.end("or"), f" and {word}{other} ", "wording"))
    out += [(m.start("or"), m.end("or"), " and ", "wording") for m in _DISJOINT_OR.finditer(text)]
    return sorted(out)


# an absolute clause after a comma: "…, the chloroplasts being placed in the cytoplasm and apart from the nucleus",
# "…, said resistors being connected in series" — a subject of its own and a participle (Huddleston & Pullum 2002,
# ch. 14 §9.2, absolute constructions): the same statement as a clause of its own ("; the chloroplasts are placed …"),
# which the sciences read. Left as it was, its subject was lost and its place said of the sentence's subject ("the
# cell outside the nucleus").
_ABSOLUTE = re.compile(r"(?i)(?P<comma>,)\s+(?P<np>(?:the|each|all|both|all\s+the|each\s+of\s+the)\s+(?:[a-z][\w-]*\s+){0,2}?"
                       r"(?P<head>[a-z][\w-]*))\s+(?P<being>being)\s+(?=[a-z])")
_PLURAL_HEADS = frozenset("nuclei nucleoli mitochondria bacteria ribosomes criteria phenomena data foci vertices "
                          "radii loci media".split())


def absolute_participles(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, read_as, "wording")``: each absolute clause's comma read as ";" and its "being" as "is" / "are"."""
    out = []
    for m in _ABSOLUTE.finditer(text):
        np_, head = m.group("np").lower(), m.group("head").lower()
        plural = (np_.startswith(("all", "both")) or head in _PLURAL_HEADS or head.endswith("s") and not
                  head.endswith(("ss", "us", "is"))) and not np_.startswith("each")
        out += [(m.start("comma"), m.end("comma"), ";", "wording"),
                (m.start("being"), m.end("being"), "are" if plural else "is", "wording")]
    return out


def contractions(text: str) -> list[tuple[int, ...]]:
    """``(start, end, read_as[, kind])`` for each negation written without its apostrophe ("dont" → "don't") or
    with it misplaced ("does'nt" → "doesn't") in ``text``, and for texting's "n" for "and" (``_TEXT_AND``)."""
    out = []
    if " n " in text and not _VARIABLE_N.search(text):
        out += [(m.start() + 1, m.end() - 1, "and", "wording") for m in _TEXT_AND.finditer(text)]
    for m in _NT_BARE.finditer(text):
        w = m.group(1)
        if w.lower() in ("cant", "wont") and _DETERMINER.search(text[:m.start()]):
            continue  # "his wont", "the cant of the deck": nouns
        out.append((m.start(), m.end(), w[:-2] + "n't"))
    for m in _NT_MISPLACED.finditer(text):
        out.append((m.start(), m.end(), m.group(1) + "n't"))
    return sorted(out)


# ---------------------------------------------------------------- hesitations
# spoken fillers ("um", "uh", "uhm", "hmm") anywhere, and discourse fillers set off by commas on both sides
# (", like,", ", yeah,", ", you know,"): nothing a figure shows, and read in place they split a phrase from its
# value ("the coefficient of kinetic friction is, uh, 0.25"). "er" / "erm" are left alone ("ER" is the
# endoplasmic reticulum; "erm" is a repair marker) and so is "um" after a number ("5 um" is a micrometre).
_FILLER = re.compile(r"(?i)(?:,\s*)?(?<![\w'’])(?<!\d)(?<!\d\s)(?:u+h+m*|u+m+|h+m{2,})(?![\w'’])"
                     r"(?:\s*(?:,|\.\.\.|…|—|–))?")
_DISCOURSE = re.compile(r"(?i),\s*(?:like|yeah|you\s+know|i\s+guess)\s*(?:,|(?=\.|$))")
# "takes like 11.86 years", "is like 5 cm": a spoken hedge between a verb and its value, read as nothing
_LIKE_HEDGE = re.compile(r"(?i)\b(?:takes|take|took|is|are|was|were|has|have|had|about|at|of|around)(?P<h>\s+like,?)"
                         r"(?=\s+(?:\d|\.\d))")


# a word after which a filler interrupts one phrase ("is, uh, 0.25", "with, like, four nuclei"): both commas go;
# after any other word the filler stands between two items ("a nucleus, um, three mitochondria"): one comma stays
_OPEN = frozenset("is are was were be been of at to in on with and or by from about for the a an need needs want "
                  "wants has have had its their his her into onto than like".split())


def hesitations(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, read_as)`` for each spoken filler of ``text`` with the punctuation that sets it off: read as
    nothing, or as one comma where it stood between two items."""
    def edit(m: re.Match) -> tuple[int, int, str]:
        g = m.group(0)
        both = g.lstrip().startswith(",") and g.rstrip()[-1:] in ",…—–." and len(g.strip(" ,.…—–")) < len(g.strip())
        before = re.search(r"(\w+)\W*$", text[:m.start()])
        keep = both and before is not None and before.group(1).lower() not in _OPEN
        return m.start(), m.end(), "," if keep else ""
    out = [edit(m) for m in _FILLER.finditer(text) if not m.group(0).strip(" ,.…—–").isupper()]
    out += [edit(m) for m in _DISCOURSE.finditer(text)]
    out += [(m.start("h"), m.end("h"), "") for m in _LIKE_HEDGE.finditer(text)]
    out.sort()
    keep: list[tuple[int, int, str]] = []
    for e in out:
        if not keep or e[0] >= keep[-1][1]:
            keep.append(e)
    return keep


# a number said again to confirm it ("… with eleven nuclei? yeah, eleven.", "R is 47 ohms. Yes, 47."): a sentence
# of an assent and a number equal to one said before it, nothing else, is read as nothing (it counts nothing new)
_ASSENT = r"(?:yeah|yes|yep|yup|right|exactly|correct|that['’]s\s+right|that\s+is\s+right|ok(?:ay)?)"


def echoes(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "")`` for each sentence of ``text`` that only confirms a number said before it."""
    from .words import number_rx, scan_numbers
    rx = re.compile(rf"(?i)(?:^|(?<=[.?!;]))\s*{_ASSENT}\s*[,!:—–-]?\s*(?P<n>{number_rx()})\s*[.!]*\s*(?=$|\n)")
    out = []
    for m in rx.finditer(text):
        said = scan_numbers(m.group("n"))
        before = {n.value for n in scan_numbers(text[:m.start()]) if n.value is not None}
        if len(said) == 1 and said[0].value is not None and said[0].value in before:
            out.append((m.start(), m.end(), ""))
    # an aside between dashes (or closing the sentence) that confirms the number just said: "radius 5 cm - yes, 5 -",
    # "four chloroplasts - yes, four, I counted them twice -", "about 20 N - yes, 20 N exactly.", "roughly twenty
    # nuclei - the count sheet says exactly 20 -": the assent (or a source that "says" it), the number again with
    # its unit if any, "exactly", and a short remark; the aside goes with its opening dash and its closing one
    aside = re.compile(
        rf"(?i)[ \t]+[-—–]{{1,2}}[ \t]+(?:{_ASSENT}[ \t]*,?|(?:the[ \t]+|my[ \t]+|our[ \t]+)?[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?"
        rf"[ \t]+(?:says|said|shows|showed|reads|read|gives|gave|confirms|confirmed))[ \t]+(?:exactly[ \t]+|precisely[ \t]+)?"
        rf"(?P<n>{number_rx()})(?:[ \t]*(?P<unit>[A-Za-zΩµ°]{{1,3}})(?![\w]))?(?:[ \t]+(?:exactly|precisely|then|for\s+sure))?"
        rf"(?:[ \t]*,[ \t]*(?P<remark>[a-z][^-—–.;:\n]{{0,40}}?))?"
        rf"(?P<close>[ \t]+[-—–]{{1,2}}(?=[ \t])|(?=[ \t]*[.;!](?:\s|$)))")
    for m in aside.finditer(text):
        said = scan_numbers(m.group("n"))
        before = {n.value for n in scan_numbers(text[:m.start()]) if n.value is not None}
        if len(said) != 1 or said[0].value is None or said[0].value not in before:
            continue
        if m.group("unit") and not re.search(rf"{re.escape(str(m.group('n')))}\s*{re.escape(m.group('unit'))}|"
                                             rf"\d\s*{re.escape(m.group('unit'))}(?![\w])", text[:m.start()]):
            continue   # "5 cm … - yes, 5 m": another quantity, not an echo
        if m.group("remark") and re.search(r"\d", m.group("remark")):
            continue
        if not any(a < m.end() and m.start() < b for a, b, _ in out):
            out.append((m.start(), m.end(), ""))
    # the number just said, said again after "i.e.", "that is", "just", "exactly": "10 nuclei, i.e. ten, in two rows",
    # "Exactly 9 nuclei - just nine - and …", "four mitochondria (that is, 4)" — the same count, nothing added
    again = re.compile(
        rf"(?i)(?P<open>\s*,\s*|\s*\(\s*|[ \t]+[-—–]{{1,2}}[ \t]+)(?:i\.\s?e\.|ie|that\s+is|that['’]s|namely|just|only|"
        rf"exactly|precisely)\s*,?\s+(?P<n>{number_rx()})(?:\s+(?:nuclei|of\s+them|in\s+all|in\s+total|total|exactly))?"
        rf"(?P<close>\s*\)|\s*,(?=\s)|[ \t]+[-—–]{{1,2}}(?=[ \t])|(?=\s*[.;!](?:\s|$)))")
    for m in again.finditer(text):
        said = scan_numbers(m.group("n"))
        prior = [n for n in scan_numbers(text[:m.start()]) if n.value is not None]
        if len(said) != 1 or said[0].value is None or not prior or prior[-1].value != said[0].value:
            continue
        if re.search(r"\d\s*[A-Za-zµΩ°]{1,3}\s*$", text[:m.start()]) and not re.search(
                r"(?i)(?:nuclei|cells?|[a-z]{4,})\s*$", text[:m.start()]):
            continue   # ("5 cm, i.e. 5" — a measure, left to the readers of measures)
        if not any(a < m.end() and m.start() < b for a, b, _ in out):
            out.append((m.start(), m.end() - (len(m.group("close")) if m.group("close").strip() == "," else 0), ""))
    # "four (4) peroxisomes", "1 AU (about 149.6 million km)", "0.39 AU = 58 million km", "a = 6.29 Å, i.e. 629 pm"
    from .echoed import bracket_echoes, inline_unit_echoes, unit_echoes
    for e in bracket_echoes(text) + unit_echoes(text) + inline_unit_echoes(text):
        if not any(a < e[1] and e[0] < b for a, b, _ in out):
            out.append(e)
    return sorted(out)


# a measurement's uncertainty after its value ("a = 5.43 ± 0.01 Å", "10 cm ± 2 %", "1 kΩ +/- 5%", "(4.05 ± 0.02) Å"):
# the value is what is drawn; the uncertainty is how precisely it is known (the solvers hold the value to it:
# nesy.solve.precision), never a second quantity ("0.01 Å" read as the lattice constant)
_UNCERTAINTY = re.compile(r"(?<=[\d\w.%°Å])(?P<pm>[ \t]*(?:±|\+/-|\+/−|\+-)[ \t]*\d+(?:\.\d+)?(?:[ \t]*(?:%|"
                          r"[A-Za-zÅµΩ°]{1,3}(?![\w])))?)(?=[\s).,;:]|$)")


# "|f| = 15 cm (± 0.5 cm)", "8 µm (±10 %)": an uncertainty alone in brackets right after a value
_BRACKETED_PM = re.compile(r"(?<=[\w%°Å])[ \t]*\([ \t]*(?:±|\+/-|\+/−|\+-)[ \t]*\d+(?:\.\d+)?[ \t]*(?:%|[A-Za-zÅµΩ°]{1,3})?[ \t]*\)")


# a component's tolerance after its value, with no "±" ("a 1 kΩ 5 % resistor", "a 10 kΩ (1 %) resistor", "47 µF
# 20 %"): how precisely the part is made (IEC 60062 tolerance codes), never a part of its own
_TOLERANCE = re.compile(r"(?<=[ΩFVH])(?P<pm>[ \t]*(?:\([ \t]*\d{1,2}(?:\.\d+)?[ \t]*%[ \t]*(?:tolerance[ \t]*)?\)|"
                        r"\d{1,2}(?:\.\d+)?[ \t]*%(?:[ \t]+tolerance)?))(?=[\s,;.)]|$)")


# "10 cm sides (± 2 %, it's for a cut-out)", "a 6 cm circle (±5 %; roughly)": an uncertainty opening a bracket that
# goes on with a remark, after a value and at most two words naming what it measures
_LEADING_PM = re.compile(r"\((?P<pm>[ \t]*(?:±|\+/-|\+/−|\+-)[ \t]*\d+(?:\.\d+)?[ \t]*(?:%|[A-Za-zÅµΩ°]{1,3}(?![\w]))?"
                         r"[ \t]*[,;][ \t]*)(?=[^\s)])")


def uncertainties(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, "", "uncertainty")`` for each "± u" after a stated value, the value being a number
    (with its unit) right before it."""
    out = [(m.start(), m.end(), "", "uncertainty") for m in _BRACKETED_PM.finditer(text)
           if re.search(r"\d(?:\.\d+)?\s*(?:[A-Za-zÅµΩ°%]{1,3})?$", text[:m.start()])]
    out += [(m.start("pm"), m.end("pm"), "", "uncertainty") for m in _LEADING_PM.finditer(text)
            if re.search(r"\d(?:\.\d+)?\s*(?:[A-Za-zÅµΩ°%]{1,3})?(?:[ \t]+[A-Za-z-]+){0,2}[ \t]*$", text[:m.start()])]
    out += [(m.start(), m.end(), "", "uncertainty") for m in _TOLERANCE.finditer(text)
            if re.search(r"\d(?:\.\d+)?\s*(?:[kKMmµμunp]|kilo|mega|micro|milli|nano|pico)?(?:Ω|F|V|H)$", text[:m.start()])
            and not any(a < m.end() and m.start() < b for a, b, *_ in out)]
    for m in _UNCERTAINTY.finditer(text):
        v = re.search(r"(?P<open>\(\s*)?\d(?:\.\d+)?(?P<unit>\s*[A-Za-zÅµΩ°%]{1,3})?$", text[:m.start()])
        if not v:
            continue
        a, b = m.start("pm"), m.end("pm")
        close = re.match(r"\s*\)", text[b:]) if v.group("open") else None
        if v.group("open") and not close:
            continue
        if not v.group("unit"):         # "5.43 ± 0.01 Å", "(2.0 ± 0.3 µm)": the unit after it is the value's too
            u = re.search(r"[ \t]*(?:%|[A-Za-zÅµΩ°]{1,3})$", text[a:b])
            if u and u.group(0).strip() != "%" and not re.fullmatch(r"[ \t]*(?:±|\+/-|\+/−|\+-)[ \t]*\d+(?:\.\d+)?",
                                                                     text[a:b]):
                b = a + u.start()
        out.append((a, b, "", "uncertainty"))
        if close:                       # "(3.615 ± 0.002) Å": the brackets go with the uncertainty
            out.append((v.start("open"), v.end("open"), "", "uncertainty"))
            c = m.end("pm") + close.end()
            out.append((c - 1, c, "", "uncertainty"))
    return sorted(out)


# a count written as a programmer's name for it ("n_nuclei = 12", "num_cells: 5", "nuclei_count = 30"): read as the
# words it abbreviates, "number of nuclei", which every science reads before "=" or ":" and a number
# (a closing "_n" of a count in lower case only: "pull_N: 40", "tension_N = 12" give a force in newtons)
_COUNT_NAME = re.compile(r"(?i)(?<![\w.])(?:(?:n|num|no|number|count)_(?P<a>[a-z]+)|(?P<b>[a-z]+)_(?:count|num|(?-i:n)|"
                         r"number))(?![\w])(?=\s*(?:=|:|is\b)\s*\d)")


def count_names(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "number of <things>")`` for each count written as an identifier before its value."""
    return [(m.start(), m.end(), f"number of {m.group('a') or m.group('b')}") for m in _COUNT_NAME.finditer(text)]


# ---------------------------------------------------------------- value copulas
# a value stated by how it was obtained ("μk measured as 0.10", "the focal length was found to be 20 cm", "g taken
# as 9.8 m/s²", "the period came out at 2 years"): read as "is" right before a number, which every science reads
_VALUE_COPULA = re.compile(
    r"(?i)(?<![\w'’])(?:(?:was|is|were|are|has\s+been|have\s+been|had\s+been|being)\s+)?"
    r"(?:(?:measured|found|determined|estimated|calculated|computed|taken|given)\s+(?:as|at|to\s+be)|"
    r"(?:came|comes|come)\s+out\s+(?:at|as|to)|(?:works|worked)\s+out\s+(?:at|as|to)|"
    r"turned\s+out\s+to\s+be|turns\s+out\s+to\s+be)"
    r"(?:\s+(?:about|approximately|roughly|around))?\s+(?=[-−+]?\.?\d)")
# a value stated as a magnitude ("the focal length has a magnitude of 50 cm", "a force with a magnitude of 12 N", "a
# force whose magnitude is 3 N"): an unsigned number with its unit, read as "is" after "has", else as "of" (each science gives it its sign as it does any
# unsigned value; requests-12 optics-04 read the 50 cm as the object's distance); never before a signed number, nor
# a bare one ("a star with a magnitude of 4.8" is a brightness)
_MAGNITUDE_COPULA = re.compile(
    r"(?i)(?<![\w'’])(?:(?P<v>has|having|with)\s+(?:a\s+|an\s+|the\s+)?(?:magnitude|absolute\s+value)"
    r"(?:\s+(?:of|=|equal\s+to))?|whose\s+(?:magnitude|absolute\s+value)\s+is)"
    r"(?:\s+(?:about|approximately|roughly|around))?\s+(?=\.?\d[\d.,]*\s*(?!(?:in|on|at|of|and|or|to|for|the|an?|is|"
    r"was|with|from|by|times)(?![A-Za-z]))[A-Za-zµΩ])")


def value_copulas(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "is ")`` for each phrase of ``text`` that states a value by how it was obtained."""
    return sorted([(m.start(), m.end(), "is ") for m in _VALUE_COPULA.finditer(text)]
                  + [(m.start(), m.end(), "is " if (m.group("v") or "").lower() == "has" else "of ")
                     for m in _MAGNITUDE_COPULA.finditer(text)])


# ---------------------------------------------------------------- self-repairs
_PAUSE = r"(?:\s*(?:—|–|--|(?<=\s)-(?=\s)|,|;|:|\(|\.\.\.|…|\.|!)\s*)"
# the editing terms (``grammars/common/corrections.yaml``) plus those that correct only right after a pause
_MARK = marks("always", extra=(r"no+", "nope", "erm", r"I\s+mean(?:t)?(?:\s+to\s+say)?", "actually",
                               r"make\s+(?:it|that)", r"(?:or\s+)?rather", r"let\s+me\s+correct\s+that"),
              without=(r"or\s+rather",))   # ("(?:or\s+)?rather" holds it)
# markers that are never anything but a correction (not "no", "actually", "I mean", "make it": "make it big")
_STRONG = re.compile(r"(?i)\b" + marks("always") + r"\b")
_MSEP = r"(?:\s*[,:!]?\s*(?:(?:—|–|--)\s*)?)"
_MARKERS = re.compile(rf"(?i){_PAUSE}(?P<marks>{_MARK}(?:{_MSEP}{_MARK})*)(?![\w'’])(?P<sep>{_MSEP})")
# what may open the repair before its item: "it's 6 cm", "it should be bcc", "I meant concave", "a concave one"
_LEAD = re.compile(r"(?i)(?:(?:it|that|this)(?:['’]s|\s+is|\s+was|\s+should\s+be|\s+has\s+to\s+be|\s+needs\s+to\s+be"
                   r"|\s+must\s+be)\s+|I\s+mean(?:t)?\s+|make\s+(?:it|that)\s+|(?:should|must)\s+be\s+)?(?:(?:an?|the)\s+)?")
# a repair that names what it corrects: "the bottom one is 4k7", "the second resistor should be 2k2"
_CLAUSE = re.compile(r"(?i)(?:the\s+)?(?P<q>[\w-]+(?:\s+[\w-]+)?)\s+(?:one\s+|value\s+)?(?:is|should\s+be|"
                     r"has\s+to\s+be|must\s+be|=|:)\s*")
# what follows a repair that adds to what was said instead of replacing it ("actually, Venus too")
_ADDS = re.compile(r"(?i)\s*,?\s*(?:too|also|as\s+well)(?![\w'’])")
_RKM = re.compile(r"(?<![\w.])(\d+[RKMk]\d*)(?:\s?(?:Ω|ohms?))?(?![\w])")  # IEC 60062 "4k7"
_STRIKE = re.compile(r"~~(?P<x>[^~\n]{1,40}?)~~\s*")
_BOUNDARY = re.compile(r"\s*(?:$|[,.;:!?)\]]|—|–|--|\s-\s)")


@dataclass(frozen=True)
class _Item:
    start: int
    end: int
    kind: str            # "q" quantity, "n" bare number, "w" class word
    dim: str = ""        # a quantity's dimensionality
    classes: frozenset = frozenset()
    number: tuple[int, int] | None = None  # the number's span inside a quantity


@functools.lru_cache(maxsize=1)
def _classes() -> tuple[re.Pattern, dict[str, frozenset]]:
    from ..resources import load_yaml
    table: dict[str, set] = {}
    for name, words in (load_yaml("grammars", "common/alternatives.yaml").get("classes") or {}).items():
        for w in words:
            table.setdefault(str(w).lower(), set()).add(name)
    alts = sorted(table, key=len, reverse=True)
    rx = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alts) + r")(?![\w-])")
    return rx, {w: frozenset(c) for w, c in table.items()}


@functools.lru_cache(maxsize=1)
def _resistance() -> str:
    """pint's dimensionality of the ohm (a resistor code "4k7" is a resistance)."""
    from .quantities import find_quantities
    return find_quantities("1 Ω")[0].dimensionality


def _items(text: str) -> list[_Item]:
    """Every item of ``text`` a repair may replace, in order."""
    from .quantities import find_quantities
    from .words import scan_numbers
    items: list[_Item] = []
    taken: list[tuple[int, int]] = []
    for m in _RKM.finditer(text):
        if re.search(r"[A-Za-z]", m.group(1)):
            items.append(_Item(m.start(), m.end(), "q", _resistance()))
            taken.append((m.start(), m.end()))
    for q in find_quantities(text):
        a, b = q.span
        if any(x < b and a < y for x, y in taken):
            continue
        items.append(_Item(a, b, "q", q.dimensionality, number=q.number_span))
        taken.append((a, b))
    for n in scan_numbers(text):
        if n.value is None or any(x < n.end and n.start < y for x, y in taken):
            continue
        items.append(_Item(n.start, n.end, "n"))
        taken.append((n.start, n.end))
    rx, table = _classes()
    for m in rx.finditer(text):
        if any(x < m.end() and m.start() < y for x, y in taken):
            continue
        key = re.sub(r"\s+", " ", m.group().lower())
        items.append(_Item(m.start(), m.end(), "w", classes=table[key]))
        taken.append((m.start(), m.end()))
    # a quoted string ("containing 'aa', no wait, containing 'bb'"): one item, replaced by another quoted one
    for m in _QUOTED.finditer(text):
        if not any(x < m.end() and m.start() < y for x, y in taken):
            items.append(_Item(m.start(), m.end(), "w", classes=frozenset({"quoted string"})))
    return sorted(items, key=lambda i: (i.start, i.end))


_QUOTED = re.compile(r"(?<![\w'’])(['‘\"“])(?P<s>[^'’\"”\s]{1,12})(['’\"”])(?![\w'’])")


def _same_type(rep: _Item, cand: _Item) -> bool:
    if rep.kind == "w":
        return cand.kind == "w" and bool(rep.classes & cand.classes)
    if rep.kind == "q":
        return cand.kind == "q" and cand.dim == rep.dim
    return cand.kind in ("n", "q") and (cand.kind == "n" or cand.number is not None)  # a bare number: any number


_PRONOUNS = frozenset({"it", "that", "this", "which", "there", "they", "he", "she", "i", "we", "you"})
_AGAIN = re.compile(r"(?i)(in|on|at|of|to|from|with|into|onto)\s+")
# k words said again before the repair's item (checked to stand right before the reparandum too)
_REPEATED = {k: re.compile(r"(?:[A-Za-z][\w'’-]*\s+){%d}" % k) for k in (1, 2, 3, 4)}
_SEPARATOR = re.compile(r"(?i),|;|\band\b|\bwith\b|\bbut\b|—|–|\(|\)")


def _own_words(text: str, cand: _Item, same: list[_Item], stop: int) -> set[str]:
    """The words of ``cand``'s own phrase: from the separator before it to the one after it ("1k on top and 2k
    on the bottom": "on top" is 1k's, "on the bottom" 2k's), never past another item of its type."""
    prev = max((i.end for i in same if i.end <= cand.start), default=0)
    nxt = min([i.start for i in same if i.start >= cand.end] + [stop])
    left = text[prev:cand.start]
    cuts = [x.end() for x in _SEPARATOR.finditer(left)]
    right = text[cand.end:nxt]
    cut = _SEPARATOR.search(right)
    return set(_words(left[cuts[-1] if cuts else 0:])) | set(_words(right[:cut.start() if cut else len(right)]))


def _words(s: str) -> list[str]:
    return re.findall(r"[\w'’-]+", s.lower())


def _repair_at(text: str, items: list[_Item], m: re.Match) -> tuple[tuple[int, int, str] | None, _Item | None]:
    """The edit one marker match stands for (None when it is no repair this module can read) and the item
    right after the marker, if any."""
    pause_start = m.start()
    pos = m.end()
    qualifier: list[str] = []
    at = {i.start: i for i in items}
    pos = _LEAD.match(text, pos).end()
    # "in parallel — no, in series": the repair may repeat the word before the reparandum, or the words ("begin
    # with 1 — sorry, begin with 0 —", "of length at most 2, I mean of length at most 3": up to four words, the
    # same words right before the reparandum)
    again = None if pos in at else _AGAIN.match(text, pos)
    repeated = False
    if pos not in at and not (again and again.end() in at):
        again = next((r for k in (1, 2, 3, 4) for r in [_REPEATED[k].match(text, pos)] if r and r.end() in at), None)
        repeated = again is not None
    if pos not in at and again and again.end() in at:
        pos = again.end()
    else:
        again = None
    # "the bottom one is 4k7", "R2 should be 3k3": a clause naming what it corrects, then the repair
    c = _CLAUSE.match(text, m.end())
    if c and c.end() in at and c.group("q").lower() not in _PRONOUNS:
        qualifier = [w for w in _words(c.group("q")) if w not in ("one", "value")]
        pos = c.end()
    rep = at.get(pos)
    if rep is None:
        return None, rep
    if _ADDS.match(text, rep.end):
        return None, None   # "Earth and Mars; actually, Venus too": one more, nothing taken back
    marks = _words(m.group("marks"))
    if marks and all(re.fullmatch(r"no+", w) for w in marks) and not re.search(r"[,:!—–-]", m.group("sep")):
        return None, rep  # "— no nucleus": a negation, not a repair
    # (a bare number right before the marker is a quantity's too: "legs 3 cm and 4 — no, 5 cm")
    before = [i for i in items if i.end <= pause_start and (_same_type(rep, i) or (
        rep.kind == "q" and i.kind == "n" and not text[i.end:pause_start].strip()))]
    limit = MAX_CLAUSE_GAP if qualifier else MAX_GAP_WORDS
    rd = None
    for cand in reversed(before):
        gap = text[cand.end:pause_start]
        if re.search(r"[.;!?]", gap) or len(_words(gap)) > limit:
            break
        if again and _words(text[:cand.start])[-len(_words(again.group(0))):] != _words(again.group(0)):
            continue
        if qualifier and not all(q in _own_words(text, cand, before, pause_start) for q in qualifier):
            continue
        rd = cand
        break
    if rd is None:
        # words before the item that do not repeat the reparandum's ("no, sorry, only 1 Golgi") were no repeated
        # words: the item is left to the readers after this one, as it was before they were looked for
        return None, (None if repeated else rep)
    # a bare number replaces the number of a quantity and keeps its unit ("9 cm — no, 6")
    rd_start, rd_end = (rd.number if rep.kind == "n" and rd.kind == "q" else (rd.start, rd.end))
    gap = text[rd_end:pause_start]  # what stays after the repair: the unit it keeps, the words after it
    end = rep.end
    opened = text[pause_start:m.start("marks")].strip()
    inner = text[rd.end:pause_start]
    if inner.strip():
        # the repair repeats the words after the reparandum ("3 chloroplasts — no, 5 chloroplasts") or
        # stands for them ("a convex mirror — no, a concave one"), or it must end its clause
        gw = _words(inner)
        k = 0
        while k < len(gw):
            w = re.match(r"\s*([\w'’-]+)", text[end:])
            if not w or w.group(1).lower() != gw[k]:
                break
            end += w.end()
            k += 1
        if k == 0:
            one = re.match(r"(?i)\s+ones?(?![\w])", text[end:])
            if one:
                end += one.end()
        # ("5 nuclei. Actually, 3 nuclei touch": a new statement, not a repair; "3 chloroplasts — no, 5
        # chloroplasts and a nucleus" goes on with the sentence the repair interrupted)
        goes_on = k == len(gw) and opened[:1] not in ".!…" and re.match(r"\s+and\s", text[end:])
        if not _BOUNDARY.match(text, end) and not goes_on:
            return None, rep
    elif rep.kind == "n" and rd.kind == "q":
        # "9 cm — no, 6 cm" after a bare number: the repair's unit restates the one kept
        unit = re.match(r"\s*" + re.escape(text[rd.number[1]:rd.end].strip()), text[end:])
        if unit:
            end += unit.end()
    elif rep.kind == "n" and rd.kind == "n" and opened[:1] == ",":
        # "object 20, make that 15, cm in front": the repair set off by commas inside a measure — its unit after
        # the closing comma is the measure's ("15 cm")
        from .quantities import find_quantities
        unit = re.match(r"\s*,\s*(?=([^\W\d_][\w°µΩ]*))", text[end:])
        q = find_quantities(f"1 {unit.group(1)}") if unit else []
        if q and q[0].unit_text and q[0].end == 2 + len(unit.group(1)):
            return (rd_start, end + unit.end(), text[rep.start:rep.end] + " "), rep
    # a repair set off on both sides closes with what opened it: "three — no, five — chloroplasts", "(sorry, 5)"
    closers = {"—": r"\s*—", "–": r"\s*–", "--": r"\s*--", "(": r"\s*\)", "-": r"\s+-(?=\s)"}
    close = closers.get(opened[:2]) or closers.get(opened[:1])
    if close:
        cm = re.match(close, text[end:])
        end += cm.end() if cm else 0
    return (rd_start, end, text[rep.start:rep.end] + gap), rep


def _strikes(text: str, items: list[_Item]) -> list[tuple[int, int, str]]:
    """"~~10~~ 9 nuclei": struck-through item, then its replacement of the same type → the replacement."""
    out = []
    for m in _STRIKE.finditer(text):
        x0, x1 = m.start("x"), m.end("x")
        struck = [i for i in items if i.start == x0 and i.end == x1]
        rep = next((i for i in items if i.start == m.end()), None)
        # (a struck number, then a quantity: "at ~~25~~ 30 cm" is 30 cm, the unit the new number's)
        if len(struck) != 1 or rep is None or not (_same_type(rep, struck[0]) or
                                                     rep.kind == "q" and struck[0].kind == "n"):
            continue
        if rep.kind == "w" and struck[0].kind == "n":
            continue
        out.append((m.start(), rep.end, text[rep.start:rep.end]))
    return out


# ---------------------------------------------------------------- later corrections
# A correction that comes a sentence or more after what it corrects ("… object at 50 cm. Scratch that: object
# at 75 cm.", "… eight mitochondria?\n\nSorry, I miscounted - make it ten mitochondria, not eight.", a voice
# transcript's "object at fifty centimetres scratch that object at seventy five centimetres"): read only when the
# marker is one that always corrects (``_STRONG``, "make it", "I meant", "correction") and the repair says
# which one item it replaces — by naming it (the words of the item's own phrase: "object at", "the object is
# at"; a count's noun: "ten mitochondria") or by being the text's only earlier item of its type. Anything
# less exact is left to the refusal of an unmatched strong marker.
_BARE_STRONG = re.compile(r"(?i)(?<=\s)(?P<marks>scratch\s+that|scrap\s+that|strike\s+that|(?<=and\s)make\s+(?:that|it)"
                          r"|change\s+(?:that|it)\s+to)(?P<sep>\s*[,:!—–-]?\s*)")
_LATE_MARKS = re.compile(r"(?i)\b" + marks("always", "meant", extra=(r"make\s+(?:it|that)", r"change\s+(?:it|that)\s+to"))
                         + r"\b")
_FUNCTION = frozenset({"the", "a", "an", "is", "are", "was", "were", "be", "should", "must", "it", "that", "this",
                       "now", "then", "so", "ok", "okay", "instead", "actually", "really", "has", "to", "have"})
_GOES_ON = re.compile(r"(?i)\s*(?:$|[,.;:!?)\]\n]|—|–|--|\s-\s|(?:please|draw|show|make|sketch|plot|render|give|and|"
                      r"then|thanks|thank)\b)")
_REASON = re.compile(r"(?i)\s*(?:,\s*)?(?:not\s+(?:the\s+)?\w+(?:\.\d+)?(?:\s+[a-zµΩ°]+)?|instead(?:\s+of\s+\w+(?:\.\d+)?)?|"
                     r"rather\s+than\s+[\w.]+)")


def _noun(text: str, at: int) -> str:
    w = re.match(r"\s+([A-Za-z][\w-]*)", text[at:])
    return w.group(1).lower() if w else ""


def _same_noun(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a == b or a.rstrip("s") == b.rstrip("s") or a[:6] == b[:6] and len(a) > 6)


def _late_repair(text: str, items: list[_Item], m: re.Match) -> list[tuple[int, int, str]]:
    """The edits of one later correction at marker ``m`` (see above): the earlier item replaced by the
    repair, the marker and repair blanked; [] when it is no such correction."""
    if not _LATE_MARKS.search(m.group("marks")):
        return []
    pos = _LEAD.match(text, re.compile(r"[\s\-—–:,]*").match(text, m.end()).end()).end()
    # the words that name what is corrected, up to the repair item: at most four, in the same sentence
    after = [i for i in items if i.start >= pos]
    if not after:
        return []
    rep = after[0]
    if rep.kind == "n" and text[rep.start:rep.end].lower() == "one" and len(after) > 1 and \
            not text[rep.end:after[1].start].strip():
        rep = after[1]   # "make that one 150 Ω": "that one" points, the value is the repair
        pos = rep.start
    between = text[pos:rep.start]
    if re.search(r"[.;!?\n]", between) or len(_words(between)) > 4:
        return []
    qual = [w for w in _words(between) if w not in _FUNCTION]
    sent = max(text.rfind(c, 0, m.start("marks")) for c in ".!?\n")
    sent = 0 if sent < 0 else sent
    noun = _noun(text, rep.end) if rep.kind == "n" else ""
    before = [i for i in items if i.end <= m.start("marks") and _same_type(rep, i)]
    if rep.kind == "n":
        if not noun:
            return []
        before = [i for i in before if i.kind == "n" and _same_noun(_noun(text, i.end), noun)]
    if qual:
        # the words right before an item are its own first ("length 25 cm object at 50 cm": "object at" is
        # 50 cm's), then the words of its phrase on either side
        def lead(i: _Item) -> set[str]:
            prev = max((j.end for j in before if j.end <= i.start), default=0)
            return set(_words(text[prev:i.start]))
        led = [i for i in before if all(q in lead(i) for q in qual)]
        before = led if len(led) == 1 else \
            [i for i in before if all(q in _own_words(text, i, before, m.start("marks")) for q in qual)]
    end = rep.end + (len(re.match(r"\s+[A-Za-z][\w-]*", text[rep.end:]).group(0)) if noun else 0)
    reason = _REASON.match(text, end)
    if reason and re.search(r"\d|" + "|".join(("one", "two", "three", "four", "five", "six", "seven", "eight",
                                                 "nine", "ten", "eleven", "twelve")), reason.group(0), re.I):
        end = reason.end()
        if len(before) > 1 and not qual:
            # the reason names the value taken back ("make that one 150 Ω, not 200"): every earlier mention of
            # that value (the statement and its restatements, "the 200 Ω") is the item corrected
            said = re.search(r"[\d.]+", reason.group(0))
            named = [i for i in before if said and re.sub(r"\s+", "", text[slice(*(i.number or (i.start, i.end)))])
                     == said.group(0).rstrip(".")]
            if named:
                before = named if len({text[slice(*(i.number or (i.start, i.end)))] for i in named}) == 1 else before
    if not before or len(before) > 1 and not (reason and re.search(r"[\d.]+", reason.group(0)) and not qual
                                               and all(i.dim == before[0].dim for i in before)):
        return []   # several candidates only when the reason names the value they all share
    rd = before[0]
    if rd.end > sent and not qual and rep.kind != "n" and len(before) == 1 and not reason:
        return []   # in the same sentence: the self-repair reader's, which found none
    if not _GOES_ON.match(text, end):
        return []
    new = text[rep.start:rep.end]
    if rep.kind == "q" and all(i.kind == "q" for i in before) and len(before) > 1:
        # each mention keeps its own unit's writing; the repair's number goes into each
        num = text[rep.number[0]:rep.number[1]] if rep.number else new
        return [(i.number[0], i.number[1], num) if i.number else (i.start, i.end, new) for i in before] + \
            [(m.start("marks"), end, "")]
    a, b = (rd.number if rep.kind == "n" and rd.kind == "q" else (rd.start, rd.end))
    return [(a, b, new), (m.start("marks"), end, "")]


# ---------------------------------------------------------------- named repairs
# A repair that names what it corrects by its noun, after any marker and a pause ("… a 470 ohm resistor …,
# actually make the resistor 330 ohm", "a 2.5 kg lamp hanging from one cord.. actually the lamp is 3.5 kg", "a
# 3 cm object at 12 cm — no wait, put the object at 16 cm"): an imperative that sets it ("make / set / put / move /
# change the X (to / at) V") or a copula ("the X is / should be / = V"), then ONE item and the end of its clause.
# The item corrected is the one earlier item of V's type (a quantity of V's dimension, any number for a bare number,
# a word of V's class) whose own words name X: the word right after it ("470 ohm resistor") or the words of its
# phrase right before it ("object at 12 cm"), anywhere earlier in the text. After a verb of place ("put", "move") or
# "is at", the item is a position ("at 12 cm", "12 cm from the lens") in a phrase naming X, never a size. Two or more
# such items are refused naming the repair (nesy cannot tell which one is taken back); none: read as written
# ("5 nuclei. Actually, 3 nuclei touch" names nothing, it states).
_SETS = r"(?:make|set|put|move|place|shift|change|switch|raise|lower|increase|decrease|reduce|bump|turn|adjust)"
_PLACE_VERBS = frozenset({"put", "move", "place", "shift"})
_NAME = r"[A-Za-z][\w-]*"
_NOT_NAME = frozenset({"it", "that", "this", "them", "those", "these", "one", "ones", "value", "number", "there",
                       "i", "we", "you", "he", "she", "they", "what", "which", "so", "now", "then", "also", "just"})
_NAMED = re.compile(
    rf"(?i)(?:(?P<verb>{_SETS})\s+(?:(?:up|down)\s+)?(?:the\s+)?(?P<x>{_NAME}(?:\s+{_NAME})??)"
    rf"(?:\s+(?P<p>to\s+be|to|at|in|on|from|=))?\s*(?:(?:an?|the)\s+)?"
    rf"|(?:the\s+)?(?P<y>{_NAME}(?:\s+{_NAME})??)\s+(?:one\s+)?(?:is|are|was|were|should\s+be|must\s+be|"
    rf"has\s+to\s+be|needs\s+to\s+be|=|:)\s*(?P<q>at\s+|of\s+)?(?:(?:an?|the)\s+)?)")
_NAMED_END = re.compile(r"(?i)\s*(?:$|[,.;:!?)\]\n(]|—|–|--|\s-\s|(?:please|and|then|thanks|thank|instead)\b)")
_PLACE = frozenset({"at", "to", "from", "in", "on"})
_AWAY = re.compile(r"(?i)\s+(?:away\s+)?(?:from|in\s+front\s+of|behind|before|left\s+of|right\s+of)\b")
_STOP = re.compile(r"(?i)(?:,|;|:|\band\b|\bwith\b|\bbut\b|—|–|\(|\)|\.(?!\d))")


def _names(text: str, items: list[_Item], cand: _Item) -> list[str]:
    """The words that name ``cand``: the words right after it up to a preposition or a separator, at most two
    ("470 ohm resistor", "2.5 kg lamp hanging"), and the last three words of its phrase before it, after the
    previous item or separator ("object at", "resistor of", "R1 =")."""
    after = []
    for w in re.finditer(r"[\w'’-]+|[^\w\s]", text[cand.end:cand.end + 60]):
        if not w.group().isalpha() or w.group().lower() in _PLACE | {"of", "with", "and", "or", "is", "are", "by",
                                                                     "for", "the", "a", "an", "into", "onto"}:
            break
        after.append(w.group().lower())
        if len(after) == 2:
            break
    prev = max((i.end for i in items if i.end <= cand.start), default=0)
    left = text[prev:cand.start]
    cuts = [x.end() for x in _STOP.finditer(left)]
    return after + _words(left[cuts[-1] if cuts else 0:])[-3:]


def _named_repair(text: str, items: list[_Item], m: re.Match) -> tuple[list[tuple[int, int, str]],
                                                                        tuple[int, int] | None]:
    """The edits of a repair at marker ``m`` that names what it corrects (see above), and the span of the repair
    when it names several earlier items alike (to be refused); ``([], None)`` when it is no such repair."""
    marks = _words(m.group("marks"))
    if marks and all(re.fullmatch(r"no+", w) for w in marks) and not re.search(r"[,:!—–-]", m.group("sep")):
        return [], None   # "— no lamp is …": a negation
    at = re.compile(r"[\s\-—–:,]*").match(text, m.end()).end()
    c = _NAMED.match(text, at)
    if not c:
        return [], None
    x = c.group("x") or c.group("y")
    named = [w for w in _words(x) if w not in ("the", "a", "an")]
    ordinal = _ordinal_repair(text, items, m, c, named)
    if ordinal is not None:
        return ordinal, None
    if not named or any(w in _NOT_NAME for w in named) or any(w in _FUNCTION for w in named):
        return [], None
    rep = next((i for i in items if i.start == c.end()), None)
    if rep is None:
        return [], None
    end = rep.end
    reason = _REASON.match(text, end)
    if reason and re.search(r"\d", reason.group(0)):
        end = reason.end()   # "make the resistor 330 Ω, not 470": the value taken back, said again
    if not _NAMED_END.match(text, end) or _ADDS.match(text, rep.end):
        return [], None
    prep = (c.group("p") or c.group("q") or "").strip().lower()
    earlier = [i for i in items if i.end <= m.start() and _same_type(rep, i)]

    def has(own: list[str], quals: list[str]) -> bool:
        return all(any(q == w or _same_noun(q, w) for w in own) for q in quals)
    if (c.group("verb") or "").lower() in _PLACE_VERBS or prep in ("at", "from"):
        # "put the object at 16 cm", "the object is at 35 cm": a position is corrected, an item placed by a
        # preposition ("at 12 cm", "12 cm from the lens") whose phrase names the thing ("a 3 cm object at 12 cm")
        def placed(i: _Item) -> bool:
            left = text[:i.start]
            cuts = [x.end() for x in _STOP.finditer(left)]
            return (_words(left)[-1:] or [""])[0] in _PLACE | {"of"} and has(_words(left[cuts[-1] if cuts else 0:]),
                                                                            named) \
                or bool(_AWAY.match(text, i.end)) and has(_names(text, items, i), named)
        cands = [i for i in earlier if placed(i)]
    else:
        quals = named + ([prep] if prep in ("in", "on", "of") else [])
        cands = [i for i in earlier if has(_names(text, items, i), quals)]
    if not cands:
        return [], None
    if len(cands) > 1:
        return [], (m.start("marks"), end)
    rd = cands[0]
    a, b = (rd.number if rep.kind == "n" and rd.kind == "q" and rd.number else (rd.start, rd.end))
    return [(a, b, text[rep.start:rep.end]), (m.start("marks"), end, "")], None


_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1, "final": -1}


def _ordinal_repair(text: str, items: list[_Item], m: re.Match, c: re.Match,
                    named: list[str]) -> list[tuple[int, int, str]] | None:
    """"100 Ω, 200 Ω and 300 Ω, sorry, the last one is 330 Ω": a repair that names its item by its place in the
    list the sentence gave (first, second, third, last), with "one" or no noun: that item of the repair's type,
    counted among the sentence's items before the marker; ``None`` when the repair names no place."""
    places = [w for w in named if w in _ORDINALS]
    if len(places) != 1 or any(w not in _ORDINALS and w not in ("one", "value", "number") for w in named):
        return None
    rep = next((i for i in items if i.start == c.end()), None)
    if rep is None or not _NAMED_END.match(text, rep.end):
        return None
    cut = max([x.end() for x in re.finditer(r"[.!?;](?:\s|$)", text[:m.start()])], default=0)
    listed = [i for i in items if cut <= i.start and i.end <= m.start() and _same_type(rep, i)]
    k = _ORDINALS[places[0]]
    if not listed or k >= len(listed):
        return None
    rd = listed[k]
    a, b = (rd.number if rep.kind == "n" and rd.kind == "q" and rd.number else (rd.start, rd.end))
    return [(a, b, text[rep.start:rep.end]), (m.start("marks"), rep.end, "")]


_TOKEN = r"(?:'[^'\s]{1,8}'|\"[^\"\s]{1,8}\"|[\w]+)"


def _phrase_repair(text: str, m: re.Match) -> list[tuple[int, int, str]]:
    """A later correction that repeats the words before what it corrects and gives a new last word ("strings
    ending in a. Sorry - ending in b."; "accepting state q2. Wait, accepting state q3."): the repeated words
    (at least two) must stand exactly once before the marker, followed by one word other than the new one; that
    word is replaced, the marker and repair blanked. Only after a marker that always corrects."""
    if not _LATE_MARKS.search(m.group("marks")):
        return []
    at = re.compile(r"[\s\-—–:,]*").match(text, m.end()).end()
    r = re.compile(r"((?:[A-Za-z][\w'-]*\s+){2,4})(" + _TOKEN + r")(?=\s*(?:$|[.;!?\n]))").match(text, at)
    if not r:
        return []
    words = r.group(1).split()
    if any(w.lower() in _FUNCTION and w.lower() not in ("in", "on", "with", "of") for w in words[:1]):
        return []
    new = r.group(2)
    rx = re.compile(r"(?i)(?<![\w'])" + r"\s+".join(re.escape(w) for w in words) + r"\s+(" + _TOKEN + r")(?![\w'])")
    olds = [x for x in rx.finditer(text, 0, m.start("marks"))]
    if len(olds) != 1 or olds[0].group(1).strip("'\"").lower() == new.strip("'\"").lower():
        return []
    o = olds[0]
    return [(o.start(1), o.end(1), new), (m.start("marks"), r.end(), "")]


_COORD = re.compile(r"(?i)\s*(?:,\s*(?:and|or)\s+|,\s*|\s+(?:and|or|&)\s+)")


def _list_repair(text: str, items: list[_Item], m: re.Match) -> tuple[int, int, str] | None:
    """A list repaired by a list: "1 kΩ and 2 kΩ, no, 1 kΩ and 4.7 kΩ", "sides 3, 4 and 6 cm — sorry, 3, 4 and 5
    cm". After the marker stand k ≥ 2 items of one type joined by commas and "and"/"or", ending their clause;
    right before the pause stand k items of that type joined the same way: the whole list is read as the repair's
    (a one-item repair would replace only the last item and keep the rest: two lists in one)."""
    pos = _LEAD.match(text, m.end()).end()
    at = {i.start: i for i in items}
    if pos not in at:
        return None
    rep = [at[pos]]
    while True:
        c = _COORD.match(text, rep[-1].end)
        nxt = at.get(c.end()) if c else None
        if nxt is None or not (_same_type(rep[0], nxt) or (rep[0].kind in "nq" and nxt.kind in "nq")):
            break
        rep.append(nxt)
    if len(rep) < 2 or not _BOUNDARY.match(text, rep[-1].end):
        return None
    before = [i for i in items if i.end <= m.start()]
    if not before or text[before[-1].end:m.start()].strip():
        return None
    # the whole list before the pause, however long ("1, 2 and 3 kΩ, I mean 1 and 2 kΩ": the list is restated)
    old = [before[-1]]
    for i in reversed(before[:-1]):
        c = _COORD.match(text, i.end)
        if c is None or c.end() != old[0].start or not (_same_type(rep[0], i) or (rep[0].kind in "nq" and i.kind in "nq")):
            break
        old.insert(0, i)
    if len(old) < 2 or not all(_same_type(rep[0], o) or (rep[0].kind in "nq" and o.kind in "nq") for o in old):
        return None
    return old[0].start, rep[-1].end, text[rep[0].start:rep[-1].end]


_DEFINED = r"(?P<name>[A-Z][A-Za-z]{0,2}\d{0,2})\s*(?:=|:=)\s*(?P<val>\{[^{}\n]{0,200}\})"


def _redefinition(text: str, m: re.Match) -> tuple[int, int, str] | None:
    """A definition repaired by the same name defined again: "N = {b, c}, sorry, I meant N = {c, d}" — the
    repair's definition in the first one's place (a one-item repair would take the first member alone)."""
    pos = _LEAD.match(text, m.end()).end()
    new = re.compile(_DEFINED).match(text, pos)
    if new is None or not _BOUNDARY.match(text, new.end()):
        return None
    old = None
    for d in re.finditer(_DEFINED, text[:m.start()]):
        old = d if d.end() == len(text[:m.start()].rstrip()) else old
    if old is None or old.group("name") != new.group("name"):
        return None
    return old.start(), new.end(), new.group()


def self_repairs(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, read_as)``: each self-repair of ``text`` (see the module docstring), disjoint, in order."""
    return _find(text)[0]


def _find(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """The self-repairs of ``text`` and the spans of the unmatched ones (an unmistakable marker, "sorry",
    "wait", "scratch that", then an item no earlier one of its type is close enough to be corrected by)."""
    from .restated import _OPENERS, restated_repairs
    if "~~" not in text and not _MARKERS.search(text) and not _BARE_STRONG.search(text) and not _OPENERS.search(text):
        return [], []
    # items are found in the text with struck-through markup read as plain (same length)
    plain = text.replace("~~", "  ")
    items = _items(plain)
    edits = _strikes(text, items)
    unmatched = []
    pending: list[tuple[int, int]] = []   # markers no one-item repair reads: a restatement may (``restated``)
    for m in list(_MARKERS.finditer(text)) + [x for x in _BARE_STRONG.finditer(text) if not _MARKERS.match(
            text, max(0, x.start() - 3))]:
        # a repair restating several items ("— wait, I meant tungsten, a = 3.165 Å") is read whole, before a
        # one-item repair could take its first item alone
        whole, _ = restated_repairs(plain, items, [(m.start("marks"), m.end())])
        if len(whole) > 2:
            edits.extend(whole)
            continue
        listed = (_redefinition(text, m) or _list_repair(text, items, m)) if m.re is _MARKERS else None
        if listed is not None:
            edits.append(listed)
            continue
        e, rep = _repair_at(text, items, m) if m.re is _MARKERS else (None, None)
        if e is not None:
            edits.append(e)
            continue
        named, unclear = _named_repair(text, items, m)
        late = named or (_late_repair(text, items, m) or _phrase_repair(text, m) if unclear is None else [])
        if late:
            edits.extend(late)
            continue
        pending.append((m.start("marks"), m.end()))
        if unclear is not None:
            unmatched.append(unclear)
        elif rep is not None and _STRONG.search(m.group("marks")):
            unmatched.append((m.start("marks"), rep.end))
    more, read = restated_repairs(plain, items, [p for p in pending if not any(a <= p[0] < b for a, b, _ in edits)])
    if more:
        edits.extend(more)
        unmatched = [u for u in unmatched if not any(a <= u[0] < b for a, b in read)]
    out: list[tuple[int, int, str]] = []
    for e in sorted(edits):
        if out and e[0] < out[-1][1]:
            continue  # overlapping repairs: the first is read, the rest as written
        out.append(e)
    return out, [u for u in unmatched if not any(a < u[1] and u[0] < b for a, b, _ in out)]


_REPAIR_WORDS = re.compile(rf"(?i)~~|{_PAUSE}{_MARK}(?![\w'’])")


def kind_of(c: Correction) -> str:
    """What kind of reading a correction is: "filler", "wording", "comparison", "self-repair", "contraction",
    "correction", "standard" (a thing read as the figure its standard fixes: ``named_standards``) or "spelling";
    a correction that says its own kind (``Correction.kind``) is that."""
    if c.kind:
        return c.kind       # said by the step that read it ("wording": a patent's "said", texting's "n", …)
    if c.read_as in ("", ",") and _FILLER.fullmatch(c.text.strip()) or _DISCOURSE.fullmatch(c.text.strip()):
        return "filler"
    if not c.read_as and (re.match(rf"(?i)[\s—–-]*(?:{_ASSENT}|[^\d]{{0,30}}\b(?:says|said|shows|showed|reads|read|"
                                   rf"gives|gave|confirms|confirmed)\b)", c.text)
                          or re.fullmatch(r"\s*\([^()]*\d[^()]*\)", c.text)):
        return "confirmation"   # (or a number said again in brackets: "four (4)", "(recounted, 7 is right)")
    if c.read_as.startswith("number of ") and _COUNT_NAME.match(c.text + "=1"):
        return "wording"
    if c.read_as == "is " and _VALUE_COPULA.match(c.text + "1"):
        return "wording"
    from .comparatives import is_comparison
    if is_comparison(c.text):
        return "comparison"   # a value worked out from another ("three times as far … as": "60 cm from the lens")
    if _REPAIR_WORDS.search(c.text) or not c.read_as and re.match(
            r"(?i)\s*(?:actually|on\s+second\s+thoughts?|instead\s+of|sorry|wait|correction|no)\b", c.text):
        return "self-repair"   # (a later correction read whole, its marker opening it: nesy.parse.restated)
    if c.read_as.replace("'", "") == re.sub(r"['’]", "", c.text):
        return "contraction"
    if re.search(r"\d|->|→", c.text + c.read_as):
        return "correction"  # a value or a transition replaced by a later correction (an edit, a tutor's)
    if not c.read_as and _LATE_MARKS.match(c.text) or c.read_as and any(
            i.kind in ("n", "q") and i.start == 0 and i.end == len(c.read_as) for i in _items(c.read_as)):
        return "correction"  # a later correction in words ("fifty centimetres" read as "seventy five …")
    if len(c.text.strip("'\"")) <= 2 and len(c.read_as.strip("'\"")) <= 2:
        return "correction"  # a symbol replaced by a later correction ("ending in a" read as "ending in b")
    return "spelling"


# a count and its noun corrected in brackets right after it: "two nucleoli (correction: just one nucleolus)",
# "five lysosomes (wait, I miscounted: four lysosomes)", "two nucleoli (no, one nucleolus)" — the bracket's count
# and noun replace the ones before it, when the nouns are one (the same lemma)
_COUNT_WORD = (r"\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
               r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty")
_BRACKETED = re.compile(
    rf"(?i)(?<![\w-])(?P<old>(?:{_COUNT_WORD})\s+(?P<n1>[a-z][a-z-]*))\s*\(\s*"
    r"(?:(?:correction|no|nope|sorry|wait|oops|actually|i\s+mean|i\s+meant|make\s+(?:it|that)|rather|scratch\s+that)"
    r"\s*[,:;!.]?\s*)+(?:i\s+(?:miscounted|mean|meant|counted\s+again|recounted)\s*[,:;!.]?\s*)?"
    rf"(?:(?:it'?s|it\s+is|there\s+(?:is|are)|just|only|exactly)\s+)*(?P<new>(?:{_COUNT_WORD})\s+(?P<n2>[a-z][a-z-]*))"
    r"\s*[.!]?\s*\)")


def bracketed_repairs(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, new)`` for each count corrected in brackets right after it (see ``_BRACKETED``)."""
    from .lemmas import lemma_table
    lem = lemma_table()
    out = []
    for m in _BRACKETED.finditer(text):
        a, b = m.group("n1").lower(), m.group("n2").lower()
        if lem.get(a, a) == lem.get(b, b) or a.rstrip("s") == b.rstrip("s"):
            out.append((m.start(), m.end(), m.group("new")))
    return out


def read_as_meant(norm: Normalized) -> tuple[Normalized, list[Correction]]:
    """``norm`` with its contractions and self-repairs read as meant, and one ``Correction`` per change
    (positions in the user's text)."""
    found: list[Correction] = []
    from .correct_value import correct_values   # "… 18 nuclei. The correct count is 13."
    from .radians import radians                # "π/3 rad" read as "60°"
    from .worked import worked_values           # "a = 2d/√3 ≈ 3.16 Å" read as "a = 3.16 Å"
    for step in (hesitations, uncertainties, radians, worked_values, echoes, value_copulas, count_names, contractions, bracketed_repairs, _find, correct_values,
                 negated_disjunctions, absolute_participles, none_over, each_of_placed):
        edits, unmatched = step(norm.text), []
        if isinstance(edits, tuple):
            edits, unmatched = edits
        if unmatched:
            # a correction read nowhere would leave the figure showing what the user took back
            from ..errors import UnknownWordsError
            spans = [norm.span(a, b) for a, b in unmatched]
            raise UnknownWordsError([(norm.original[a:b], a, b) for a, b in spans], norm.original, why=(
                "a self-correction nesy cannot match to the one thing it corrects (write the text as meant, "
                "e.g. 'five chloroplasts' for 'three — sorry, five — chloroplasts')"))
        for a, b, new, *kind in edits:      # (a step may say what kind of reading its edits are)
            s, e = norm.span(a, b)
            found.append(Correction(s, e, norm.original[s:e], new, *kind))
        norm = replace_spans(norm, [e_[:3] for e_ in edits])
    return norm, sorted(found, key=lambda c: c.start)
